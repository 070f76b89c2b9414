/**
 * Which matrix rows become firewall rules, and how they are grouped. Every
 * rule-set format starts here, so they all leave out (and warn about) the
 * same rows: a rule set must never drop a requested flow silently.
 *
 * - Only firewall-relevant rows, unless the export includes internal ones.
 * - Scope `all`: every such row; `crossing`: rows between zones only;
 *   `zone-pair`: one rule set per (source zone, destination zone).
 * - A row needs a concrete port and an address at both ends. Hosts without
 *   an IP are left out and named, unless placeholder addresses are asked
 *   for: then each such host gets an RFC 5737 documentation address
 *   (192.0.2.0/24, then 198.51.100.0/24 and 203.0.113.0/24), which no
 *   network routes, and every file says so.
 * - Endpoints known only by an autonomous system (Firebase: AS15169) or by
 *   name (1E Cloud Services) are left out: a rule needs prefixes, and
 *   inventing them would open the wrong ones.
 * - Rows between the members of one group of machines (`withinGroup`) are
 *   for firewalls on each member: rule sets enforced on the hosts (Windows,
 *   AWS security groups, Kubernetes) keep them; network rule sets leave them
 *   out with a note, since a network firewall never sees that traffic.
 * - Broadcast and multicast discovery keeps its rules, marked local-segment
 *   on every rule line and in the header.
 * - A rule whose source and destination are both any address (0.0.0.0/0,
 *   ::/0) would open everything: it is refused and named, whatever asked
 *   for it. (Components with identical addresses are one group of machines,
 *   and derivation already marks flows between them local.)
 * - Every user string a rule carries is capped (`userText`), so no rule file
 *   line can grow with a label.
 * - Rows with the same source addresses, destination addresses, protocol and
 *   port range become one rule carrying every purpose and reference.
 */
import { checkAddress } from '../address';
import type { Endpoint } from '../matrix';
import { familyText, familyViews, minimalAddresses, normalise, type RuleAddress } from './addresses';
import { hostKey } from '../design/checks';
import { LeftOut, REASONS } from './left-out';
import type { Enforcement, Placeholder, Rule, RuleEnd, RuleNote, RuleSet, Selection } from './rules';
import { plainText, slug, userText } from './sanitise';
import type { ExportContext } from './types';

// The rule-set generators import everything about rules from here.
export type { Enforcement, Placeholder, Rule, RuleEnd, RuleNote, RuleSet, Selection } from './rules';
export { familyViews, type Family, type FamilyView, type RuleAddress } from './addresses';
export { byDestination, groupPorts, mergeRanges, outboundToInternet, refRanges, type PortGroup } from './grouping';

/** What a row between the members of one group is: a rule for the firewalls on the members, in no network rule set. */
export const HOST_FIREWALLS_ONLY = 'Host firewalls only';

type Resolved = { ok: true; addresses: RuleAddress[] } | { ok: false; why: keyof typeof REASONS };

/** The documentation ranges of RFC 5737, in the order placeholders are handed out. */
const PLACEHOLDER_NETWORKS = ['192.0.2', '198.51.100', '203.0.113'];

export function selectRules(
  context: Pick<ExportContext, 'rows' | 'scope' | 'includeInternal' | 'placeholderAddresses' | 'catalogue'> & {
    base: string;
    /** Default `network`: rows within a group are left out. */
    enforcement?: Enforcement;
  },
): Selection {
  const { scope, includeInternal, placeholderAddresses, base, catalogue } = context;
  const enforcement = context.enforcement ?? 'network';
  const external = (end: Endpoint) => catalogue.components.get(end.type)?.external !== undefined;
  const rows = context.rows.filter((r) => (includeInternal || r.firewall) && (scope !== 'crossing' || r.crossesZones));
  const warnings: string[] = [];
  const left = new LeftOut();
  const placeholders = new Map<string, RuleAddress>();
  const placeholderList: Placeholder[] = [];
  const hostBits = new Map<string, string>();
  const rowNotes = new Map<string, string[]>();
  const noteRow = (ref: string, text: string) => {
    const list = rowNotes.get(ref) ?? [];
    if (!list.includes(text)) list.push(text);
    rowNotes.set(ref, list);
  };

  const resolve = (end: Endpoint): Resolved => {
    if (end.addresses.length === 0) {
      if (end.knownAs) return { ok: false, why: end.knownAs.kind };
      if (end.asn !== undefined) return { ok: false, why: 'asn' };
      if (!placeholderAddresses) return { ok: false, why: 'no-ip' };
      const key = hostIdentity(end);
      let address = placeholders.get(key);
      if (!address) {
        const n = placeholders.size;
        const network = PLACEHOLDER_NETWORKS[Math.floor(n / 254)];
        if (network === undefined) return { ok: false, why: 'no-ip' };
        const ip = `${network}.${(n % 254) + 1}`;
        address = { cidr: `${ip}/32`, address: ip, prefix: 32, family: 'ipv4', host: true, placeholder: true };
        placeholders.set(key, address);
        placeholderList.push({ host: plainText(endName(end)), address: ip, key });
      }
      return { ok: true, addresses: [address] };
    }
    const out: RuleAddress[] = [];
    for (const text of end.addresses) {
      const address = normalise(text);
      if (!address) return { ok: false, why: 'invalid' };
      const check = checkAddress(text);
      if (check.ok && check.hint) hostBits.set(text.trim(), address.cidr);
      out.push(address);
    }
    return { ok: true, addresses: minimalAddresses(out) };
  };

  const merged = new Map<string, Rule>();
  for (const row of rows) {
    if (row.withinGroup !== undefined && enforcement === 'network') {
      left.add('group', `${plainText(endName(row.source))} (${row.withinGroup})`, row.ref);
      noteRow(
        row.ref,
        `${HOST_FIREWALLS_ONLY}: between the members of the group ${row.withinGroup}, which no network firewall sees; network rule sets leave it out`,
      );
      continue;
    }
    if (row.portFrom === null || row.portTo === null) {
      left.add('unspecified', `${row.ref} (${row.purpose}: ${row.port.replace(/^unspecified: ?/, '') || 'no port given'})`, row.ref);
      noteRow(row.ref, 'Not in rule sets: the document gives no port number');
      continue;
    }
    const source = resolve(row.source);
    const destination = resolve(row.destination);
    for (const [end, resolved] of [
      [row.source, source],
      [row.destination, destination],
    ] as const) {
      if (resolved.ok) continue;
      // Warnings reach a terminal or a dialog: no control or bidi characters from a label.
      const label = plainText(end.knownAs && end.knownAs.text !== end.component ? `${endName(end)} (${end.knownAs.text})` : endName(end));
      left.add(resolved.why, label, row.ref);
      noteRow(row.ref, `Not in rule sets: ${label} ${REASONS[resolved.why]}`);
    }
    for (const [end, resolved] of [
      [row.source, source],
      [row.destination, destination],
    ] as const) {
      if (resolved.ok && resolved.addresses.some((a) => a.placeholder))
        noteRow(row.ref, `Placeholder address ${resolved.addresses[0]!.address} for ${endName(end)}`);
    }
    if (!source.ok || !destination.ok) continue;
    const key = `${addressKey(source.addresses)}|${addressKey(destination.addresses)}|${row.protocol}|${row.portFrom}-${row.portTo}`;
    const note: RuleNote = {
      ref: row.ref,
      purpose: userText(row.purpose),
      reference: userText(row.reference),
      product: userText(row.product),
      app: userText(row.app),
      condition: userText(row.condition),
      // Short on every rule line; the file header says what each means.
      scope: [
        ...(row.withinGroup !== undefined ? [`within group ${row.withinGroup}`] : []),
        ...(row.segment !== undefined ? [`local segment (${row.segment})`] : []),
      ].join('; '),
    };
    const rule = merged.get(key);
    if (rule) {
      rule.refs.push(row.ref);
      rule.notes.push(note);
      addName(rule.source, row.source);
      addName(rule.destination, row.destination);
      continue;
    }
    const candidate: Rule = {
      id: row.ref,
      refs: [row.ref],
      source: toEnd(row.source, source.addresses, external(row.source)),
      destination: toEnd(row.destination, destination.addresses, external(row.destination)),
      protocol: row.protocol,
      from: row.portFrom,
      to: row.portTo,
      notes: [note],
      placeholder: [...source.addresses, ...destination.addresses].some((a) => a.placeholder),
    };
    if (familyViews(candidate).some((v) => v.sources.some(isAny) && v.destinations.some(isAny))) {
      left.add('any', `${row.ref} (${plainText(endName(row.source))} to ${plainText(endName(row.destination))})`, row.ref);
      noteRow(row.ref, 'Not in rule sets: source and destination are both any address, and an any-to-any rule would open everything');
      continue;
    }
    if (familyViews(candidate).length === 0) {
      left.add('family', `${row.ref} (${familyText(source.addresses)} to ${familyText(destination.addresses)})`, row.ref);
      noteRow(row.ref, 'Not in rule sets: source and destination share no address family');
      continue;
    }
    merged.set(key, candidate);
  }
  const rules = [...merged.values()];

  warnings.push(...left.warnings(placeholderAddresses ?? false));
  if (hostBits.size > 0) {
    warnings.push(
      `These addresses have host bits set; the rules use their network: ${[...hostBits].map(([a, n]) => `${a} -> ${n}`).join(', ')}.`,
    );
  }
  if (placeholderList.length > 0) {
    warnings.push(
      `Placeholder addresses (RFC 5737 documentation ranges, never routed) stand in for hosts with no IP: ` +
        `${placeholderList.map((p) => `${p.host} = ${p.address}`).join(', ')}. Replace them before loading the rules.`,
    );
  }
  if (rows.length === 0) warnings.push('No flows are in scope: the rule set is empty.');

  return {
    sets:
      scope === 'zone-pair'
        ? zonePairs(rules, base)
        : [{ name: '', stem: base, title: scope === 'crossing' ? 'flows between zones' : 'all zones', rules }],
    rules,
    rows,
    placeholders: placeholderList,
    rowNotes,
    scopeText: `${scope === 'crossing' ? 'flows that cross zones' : scope === 'zone-pair' ? 'one rule set per zone pair' : 'every flow'}${includeInternal ? ', including those the documents call internal' : ', firewall-relevant only'}`,
    warnings,
  };
}

/** Host identity for placeholders: the host name (as hosts compare, see `hostKey`), else the component. */
export function hostIdentity(end: Pick<Endpoint, 'host' | 'componentId'>): string {
  const host = hostKey(end.host);
  return host ? `host:${host}` : `component:${end.componentId}`;
}

/** `Component (host)`, each part capped: what rule files call an endpoint. */
export function endName(end: Pick<Endpoint, 'component' | 'host'>): string {
  const component = userText(end.component);
  const host = userText(end.host);
  return host && host !== component ? `${component} (${host})` : component;
}

const isAny = (a: RuleAddress) => a.prefix === 0;

/** A host name as rule files key it: normalised (NFC, no invisible characters), capped. */
function hostName(end: Endpoint): string {
  return userText(end.host.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, ''));
}

function toEnd(end: Endpoint, addresses: RuleAddress[], external: boolean): RuleEnd {
  const host = hostName(end);
  return {
    zone: userText(end.zone),
    zoneId: end.zoneId,
    names: [endName(end)],
    external,
    hosts: host ? [host] : [],
    key: addressKey(addresses),
    addresses,
  };
}

function addName(target: RuleEnd, end: Endpoint): void {
  const name = endName(end);
  if (!target.names.includes(name)) target.names.push(name);
  const host = hostName(end);
  if (host && !target.hosts.some((h) => hostKey(h) === hostKey(host))) target.hosts.push(host);
}

function addressKey(addresses: readonly RuleAddress[]): string {
  return addresses.map((a) => a.cidr).join(',');
}

function zonePairs(rules: readonly Rule[], base: string): RuleSet[] {
  const zoneSlugs = new Map<string, string>();
  const taken = new Set<string>();
  const zoneSlug = (id: string, name: string) => {
    let s = zoneSlugs.get(id);
    if (s === undefined) {
      const wanted = id === '' ? 'no-zone' : slug(name, 30) || slug(id, 30) || 'zone';
      s = wanted;
      for (let n = 2; taken.has(s); n += 1) s = `${wanted}-${n}`;
      taken.add(s);
      zoneSlugs.set(id, s);
    }
    return s;
  };
  const sets = new Map<string, RuleSet>();
  for (const rule of rules) {
    const key = `${rule.source.zoneId}\u0000${rule.destination.zoneId}`;
    let set = sets.get(key);
    if (!set) {
      const name = `${zoneSlug(rule.source.zoneId, rule.source.zone)}-to-${zoneSlug(rule.destination.zoneId, rule.destination.zone)}`;
      set = {
        name,
        stem: `${base}-${name}`,
        title: `${rule.source.zone || 'no zone'} -> ${rule.destination.zone || 'no zone'}`,
        rules: [],
      };
      sets.set(key, set);
    }
    set.rules.push(rule);
  }
  // With nothing to export there is still one (empty, explained) file rather than none.
  return sets.size > 0 ? [...sets.values()] : [{ name: '', stem: base, title: 'no zone pairs', rules: [] }];
}
