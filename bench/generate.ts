/**
 * Deterministic estates for the benchmark: N components, a realistic mix of
 * the five products and shared infrastructure, spread over sites with their
 * own zones (users, DMZ, application, data, management) and one Internet
 * zone.
 *
 * Derivation connects every filler of a flow's initiator role to every
 * filler of its listener role, so an estate is built as many small,
 * independent deployments: each component's `servedBy` names, for every
 * role it connects to, only its own deployment's members and its site's
 * shared services (domain controller, DNS, SMTP, databases), as a designer
 * would scope them. That keeps the edges at about 1.5 to 3 per component.
 *
 * `npx tsx bench/generate.ts 1000` prints the component, flow and edge
 * counts of a generated design; `--out file.json` writes it.
 */
import { writeFileSync } from 'node:fs';
import { bundledCatalogue } from '../src/model/catalogue/bundled';
import type { Catalogue } from '../src/model/catalogue/load';
import { deriveFlows } from '../src/model/derive';
import { unorderedPairs } from '../src/model/diagram';
import {
  DESIGN_SCHEMA_VERSION,
  type ComponentInstance,
  type Design,
  type OptionValue,
  type Zone,
  type ZoneKind,
} from '../src/model/design/schema';

/** Mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type SiteZone = 'users' | 'dmz' | 'app' | 'data' | 'mgmt';

interface Member {
  key: string;
  type: string;
  zone: SiteZone;
  label: string;
  /** A client population is a subnet, not one host. */
  subnet?: boolean;
  options?: Record<string, OptionValue>;
  params?: Record<string, number>;
}

interface Template {
  product: string;
  /** Relative frequency in the mix. */
  weight: number;
  members: (rand: () => number) => Member[];
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

/** One deployment per product, with the variations real designs have. */
export const TEMPLATES: readonly Template[] = [
  {
    product: 'tarantella',
    weight: 2,
    members: (rand) => {
      const apps = 1 + Math.floor(rand() * 3);
      const appOptions = pick<Record<string, OptionValue>>(rand, [
        { ssh: true },
        { 'terminal-services': true },
        { ssh: true, 'load-balancing': true },
      ]);
      return [
        { key: 'users', type: 'infra.workstation', zone: 'users', label: 'Tarantella users', subnet: true },
        ...(rand() < 0.5
          ? [{ key: 'admins', type: 'infra.workstation', zone: 'mgmt', label: 'Tarantella administrators', subnet: true } as Member]
          : []),
        {
          key: 'sgd',
          type: 'tarantella.tarantella-host',
          zone: 'dmz',
          label: 'Secure Global Desktop server',
          options: { 'security-pack': true, 'nt-login-authority': rand() < 0.5, directory: pick(rand, ['none', 'ldaps']) },
        },
        ...Array.from({ length: apps }, (_, i): Member => ({
          key: `app${i + 1}`,
          type: 'tarantella.application-host',
          zone: 'app',
          label: `Application server ${i + 1}`,
          options: appOptions,
        })),
      ];
    },
  },
  {
    product: 'tachyon',
    weight: 2,
    members: (rand) => [
      { key: 'tachyon', type: 'tachyon.server', zone: 'app', label: 'Tachyon server', options: { 'sql-named-instance': rand() < 0.3 } },
      ...(rand() < 0.7 ? [{ key: 'catalog', type: 'tachyon.catalog-server', zone: 'app', label: 'Catalog server' } as Member] : []),
      { key: 'sql', type: 'infra.sql-server', zone: 'data', label: 'SQL Server (Tachyon)' },
      { key: 'clients', type: 'tachyon.1e-client', zone: 'users', label: '1E Clients', subnet: true },
      { key: 'portal', type: 'infra.browser', zone: 'mgmt', label: 'Tachyon portal users', subnet: true },
    ],
  },
  {
    product: 'spotfire',
    weight: 3,
    members: (rand) => {
      const servers = rand() < 0.4 ? 2 : 1;
      return [
        ...Array.from({ length: servers }, (_, i): Member => ({
          key: `sf${i + 1}`,
          type: 'spotfire.spotfire-server',
          zone: 'app',
          label: `Spotfire Server ${i + 1}`,
          options: { ldap: 'ldaps', kerberos: rand() < 0.5 },
        })),
        { key: 'webplayer', type: 'spotfire.web-player-node', zone: 'app', label: 'Node: Web Player' },
        ...(rand() < 0.5
          ? [
              {
                key: 'automation',
                type: 'spotfire.automation-services-node',
                zone: 'app',
                label: 'Node: Automation Services',
                options: { smtp: 'secure-587' },
              } as Member,
            ]
          : []),
        { key: 'db', type: 'infra.postgresql', zone: 'data', label: 'Spotfire database' },
        { key: 'analysts', type: 'spotfire.analyst-client', zone: 'users', label: 'Spotfire Analyst clients', subnet: true },
      ];
    },
  },
  {
    product: 'wso2',
    weight: 1.5,
    members: (rand) => {
      const gateways = rand() < 0.5 ? 2 : 1;
      return [
        ...Array.from({ length: gateways }, (_, i): Member => ({
          key: `apim${i + 1}`,
          type: 'wso2.api-manager',
          zone: 'dmz',
          label: `API Manager ${i + 1}`,
        })),
        { key: 'analytics', type: 'wso2.apim-analytics-server', zone: 'app', label: 'API Manager Analytics' },
        { key: 'is', type: 'wso2.identity-server', zone: 'app', label: 'Identity Server', params: { 'port-offset': 1 } },
        { key: 'jmx', type: 'infra.jmx-client', zone: 'mgmt', label: 'Monitoring (JMX)' },
        ...(rand() < 0.4
          ? [
              { key: 'emm', type: 'wso2.emm', zone: 'app', label: 'Enterprise Mobility Manager', params: { 'port-offset': 2 } } as Member,
              { key: 'ios', type: 'wso2.ios-device', zone: 'users', label: 'iOS devices', subnet: true } as Member,
            ]
          : []),
      ];
    },
  },
  {
    product: 'open-cobalt',
    weight: 1.5,
    members: () => [
      { key: 'cobalt1', type: 'open-cobalt.app', zone: 'users', label: 'Open Cobalt installation 1' },
      { key: 'cobalt2', type: 'open-cobalt.app', zone: 'users', label: 'Open Cobalt installation 2' },
      { key: 'web', type: 'open-cobalt.web-server', zone: 'dmz', label: 'Open Cobalt web server' },
      { key: 'directory', type: 'open-cobalt.space-directory-server', zone: 'app', label: 'Space directory' },
    ],
  },
];

/** Shared by every deployment of a site: the services real estates run once per site. */
const SITE_SHARED: readonly Member[] = [
  { key: 'dc', type: 'infra.ad-domain-controller', zone: 'mgmt', label: 'Domain controller' },
  { key: 'dns', type: 'infra.dns-server', zone: 'mgmt', label: 'DNS server' },
  { key: 'smtp', type: 'infra.smtp-relay', zone: 'mgmt', label: 'SMTP relay' },
];

/** On the Internet, shared by every site. */
const GLOBAL_SHARED: readonly Member[] = [
  { key: 'google-dns', type: 'infra.google-public-dns', zone: 'users', label: 'Google Public DNS' },
  { key: 'apns', type: 'infra.apns', zone: 'users', label: 'Apple Push Notification service' },
  { key: '1e-cloud', type: 'infra.1e-cloud-services', zone: 'users', label: '1E Cloud Services' },
];

const SITE_ZONES: readonly { key: SiteZone; name: string; kind: ZoneKind }[] = [
  { key: 'users', name: 'User networks', kind: 'internal' },
  { key: 'dmz', name: 'DMZ', kind: 'dmz' },
  { key: 'app', name: 'Application tier', kind: 'internal' },
  { key: 'data', name: 'Data tier', kind: 'internal' },
  { key: 'mgmt', name: 'Management', kind: 'management' },
];

const NODE = { width: 220, height: 96 };
const GAP = { x: 60, y: 50 };
const ZONE_PAD = { x: 40, top: 56, bottom: 40 };
const ZONE_GAP = 120;

/** Roles each component type connects to (the listener role of every flow it can start). */
function reachableRoles(catalogue: Catalogue): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const type of catalogue.components.values()) {
    const roles = new Set(type.roles);
    out.set(type.id, [...new Set(catalogue.flows.filter((f) => roles.has(f.from)).map((f) => f.to))]);
  }
  return out;
}

export interface GenerateOptions {
  seed?: number;
  /** Components per site: each site has its own five zones and shared services. */
  perSite?: number;
}

/** A design of exactly `size` components, the same for the same size and seed. */
export function generateDesign(size: number, catalogue: Catalogue = bundledCatalogue(), options: GenerateOptions = {}): Design {
  const rand = prng(options.seed ?? 20_240_601 + size);
  const perSite = options.perSite ?? 250;
  const sites = Math.max(1, Math.round(size / perSite));
  const reach = reachableRoles(catalogue);
  const totalWeight = TEMPLATES.reduce((sum, t) => sum + t.weight, 0);

  type Placed = Member & { id: string; site: number; group: string };
  const placed: Placed[] = [];
  const groups: Placed[][] = [];
  const global: Placed[] = GLOBAL_SHARED.map((m) => ({ ...m, id: `inet-${m.key}`, site: -1, group: 'internet' }));
  placed.push(...global);
  const shared: Placed[][] = [];
  for (let s = 0; s < sites; s++) {
    const own = SITE_SHARED.map((m) => ({ ...m, id: `s${s + 1}-${m.key}`, site: s, group: `s${s + 1}-shared` }));
    shared.push(own);
    placed.push(...own);
  }
  // Deployments round-robin over the sites until the estate has its size.
  let counter = 0;
  while (placed.length < size) {
    let roll = rand() * totalWeight;
    const template = TEMPLATES.find((t) => (roll -= t.weight) < 0) ?? TEMPLATES[0]!;
    const site = counter % sites;
    counter += 1;
    const group = `s${site + 1}-${template.product}${counter}`;
    const members = template.members(rand).slice(0, size - placed.length);
    const list = members.map((m) => ({ ...m, id: `${group}-${m.key}`, site, group }));
    groups.push(list);
    placed.push(...list);
  }
  // A tiny estate keeps its shared services only if there is room for them.
  const kept = placed.slice(0, size);
  const keptIds = new Set(kept.map((p) => p.id));

  // Zones: one row of five per site, an Internet zone on top.
  const zones: Zone[] = [{ id: 'internet', name: 'Internet', kind: 'internet' }];
  const zoneOf = (p: Placed) => (p.site < 0 ? 'internet' : `s${p.site + 1}-${p.zone}`);
  for (let s = 0; s < sites; s++) {
    SITE_ZONES.forEach((z, i) =>
      zones.push({ id: `s${s + 1}-${z.key}`, name: `Site ${s + 1} ${z.name}`, kind: z.kind, cidr: `10.${s + 1}.${i * 32}.0/19` }),
    );
  }
  const members = new Map<string, Placed[]>();
  for (const p of kept) {
    const zone = zoneOf(p);
    members.set(zone, [...(members.get(zone) ?? []), p]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  let y = 0;
  const rows: Zone[][] = [[zones[0]!], ...Array.from({ length: sites }, (_, s) => zones.filter((z) => z.id.startsWith(`s${s + 1}-`)))];
  for (const row of rows) {
    let x = 0;
    let rowHeight = 0;
    for (const zone of row) {
      const list = members.get(zone.id) ?? [];
      const columns = Math.max(2, Math.ceil(Math.sqrt(list.length / 2)));
      const lines = Math.max(1, Math.ceil(list.length / columns));
      list.forEach((p, i) =>
        positions.set(p.id, {
          x: ZONE_PAD.x + (i % columns) * (NODE.width + GAP.x),
          y: ZONE_PAD.top + Math.floor(i / columns) * (NODE.height + GAP.y),
        }),
      );
      const width = 2 * ZONE_PAD.x + columns * NODE.width + (columns - 1) * GAP.x;
      const height = ZONE_PAD.top + ZONE_PAD.bottom + lines * NODE.height + (lines - 1) * GAP.y;
      zone.position = { x, y };
      zone.size = { width, height };
      x += width + ZONE_GAP;
      rowHeight = Math.max(rowHeight, height);
    }
    y += rowHeight + ZONE_GAP;
  }

  // Addresses: hosts count up from .10 of their zone's /19, client subnets are /26 blocks from its top half.
  const nextHost = new Map<string, number>();
  const nextSubnet = new Map<string, number>();
  const address = (p: Placed): string | undefined => {
    if (p.site < 0) return undefined; // documented Internet endpoints carry their own addresses
    const base = SITE_ZONES.findIndex((z) => z.key === p.zone) * 32;
    const zone = zoneOf(p);
    if (p.subnet) {
      const n = nextSubnet.get(zone) ?? 0;
      nextSubnet.set(zone, n + 1);
      return `10.${p.site + 1}.${base + 16 + Math.floor(n / 4)}.${(n % 4) * 64}/26`;
    }
    const n = (nextHost.get(zone) ?? 0) + 10;
    nextHost.set(zone, n - 9);
    return `10.${p.site + 1}.${base + Math.floor(n / 256)}.${n % 256}`;
  };

  const fillers = (role: string, candidates: readonly Placed[]) =>
    candidates.filter((c) => keptIds.has(c.id) && catalogue.components.get(c.type)!.roles.includes(role)).map((c) => c.id);
  const groupOf = new Map<string, Placed[]>();
  for (const list of groups) for (const p of list) groupOf.set(p.id, list);

  const components: ComponentInstance[] = kept.map((p) => {
    const scopeTo = [...(groupOf.get(p.id) ?? []), ...(p.site >= 0 ? shared[p.site]! : []), ...global];
    const servedBy: Record<string, string[]> = {};
    // Scope every role the component connects to; shared services and Internet endpoints start nothing.
    if (groupOf.has(p.id)) for (const role of reach.get(p.type) ?? []) servedBy[role] = fillers(role, scopeTo).filter((id) => id !== p.id);
    const ip = address(p);
    return {
      id: p.id,
      type: p.type,
      label: p.site < 0 ? p.label : `${p.label} (site ${p.site + 1}, ${p.group.replace(/^s\d+-/, '')})`,
      ...(!p.subnet && p.site >= 0 && { host: p.id.replace(/[^a-z0-9-]/gi, '').slice(0, 60) }),
      ...(ip !== undefined && { ip }),
      zone: zoneOf(p),
      options: p.options ?? {},
      params: p.params ?? {},
      servedBy,
      position: positions.get(p.id)!,
    };
  });

  return {
    schemaVersion: DESIGN_SCHEMA_VERSION,
    meta: {
      title: `Benchmark estate: ${size} components`,
      owner: 'Portolan benchmark',
      description: `Generated by bench/generate.ts: ${sites} site(s), ${groups.length} deployments.`,
    },
    zones: zones.filter((z) => (z.id === 'internet' ? members.has('internet') : true)),
    components,
    flows: [],
    excluded: [],
  };
}

/** Edges as the canvas draws them: one per component pair and direction. */
export function edgePairs(design: Design, catalogue: Catalogue = bundledCatalogue()): { from: string; to: string }[] {
  const seen = new Set<string>();
  const out: { from: string; to: string }[] = [];
  for (const flow of deriveFlows(design, catalogue)) {
    const id = `${flow.from}>${flow.to}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ from: flow.from, to: flow.to });
  }
  return out;
}

/**
 * Edges as the canvas draws them: one per unordered component pair (`a~b`,
 * the canvas's edge id), carrying both directions. The bare pages draw the
 * same edges, so every page draws as many.
 */
export function drawnEdges(design: Design, catalogue: Catalogue = bundledCatalogue()): { id: string; a: string; b: string }[] {
  return unorderedPairs(edgePairs(design, catalogue)).map(({ id, a, b }) => ({ id, a, b }));
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const args = process.argv.slice(2);
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
  const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--out').map(Number);
  const catalogue = bundledCatalogue();
  for (const size of sizes.length > 0 ? sizes : [100, 500, 1000, 2000]) {
    const design = generateDesign(size, catalogue);
    const flows = deriveFlows(design, catalogue);
    const edges = edgePairs(design, catalogue);
    console.log(
      `${size} components, ${design.zones.length} zones: ${flows.length} flows, ${edges.length} edges, ${(edges.length / design.components.length).toFixed(2)} edges per component`,
    );
    if (out) writeFileSync(out, `${JSON.stringify(design, null, 2)}\n`);
  }
}
