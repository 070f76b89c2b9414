/**
 * Zone aggregation: the design seen the way a security reviewer checks it
 * first, zone to zone. Every flow a firewall could see (not local to one
 * host, not switched off by the user) is counted once, under the ordered
 * pair of its two ends' zones. Components outside every zone fall in the
 * "Unzoned" pseudo-zone, whose id is the empty string (the same id the flow
 * matrix's zone-pair filter uses for them).
 */
import type { Protocol } from '../catalogue/schema';
import type { DerivedFlow } from '../derive';
import type { Design, ZoneKind } from '../design/schema';

export const UNZONED_ID = '';
export const UNZONED_NAME = 'Unzoned';

export interface ZoneRef {
  id: string;
  name: string;
  kind: ZoneKind | 'unzoned';
}

/** One protocol and a port range, after consecutive and overlapping ports are merged. */
export interface ZoneService {
  protocol: Protocol;
  from: number;
  to: number;
}

export interface ZonePair {
  /** `<from zone id>><to zone id>`: the key the flow matrix's zone-pair filter takes. */
  key: string;
  from: string;
  to: string;
  services: ZoneService[];
  /** Flows whose document gives no port number (they still need a rule). */
  unspecified: number;
  flows: number;
  /** How many of the flows the documents say a firewall must allow. */
  firewallFlows: number;
  /** Product ids, in first-seen order. */
  products: string[];
}

export const zonePairKey = (from: string, to: string) => `${from}>${to}`;

/**
 * Trust order, outside in: traffic mostly flows from the left of this list to
 * the right, so drawing zones in this order makes most arrows point one way.
 */
const TRUST_ORDER: readonly ZoneRef['kind'][] = ['internet', 'partner', 'cloud', 'dmz', 'internal', 'other', 'management', 'unzoned'];

/** The design's zones in trust order (design order within a kind), plus "Unzoned" when a component has no zone. */
export function zonesOf(design: Design): ZoneRef[] {
  const zones: ZoneRef[] = design.zones.map((z) => ({ id: z.id, name: z.name, kind: z.kind }));
  if (design.components.some((c) => !c.zone)) zones.push({ id: UNZONED_ID, name: UNZONED_NAME, kind: 'unzoned' });
  return zones
    .map((zone, index) => ({ zone, index }))
    .sort((a, b) => TRUST_ORDER.indexOf(a.zone.kind) - TRUST_ORDER.indexOf(b.zone.kind) || a.index - b.index)
    .map(({ zone }) => zone);
}

/** Merges ranges per protocol: `5701, 5702, 5703` becomes `5701–5703`; tcp before udp, in port order. */
export function collapseServices(services: readonly ZoneService[]): ZoneService[] {
  // Protocols are lower-case ASCII: a plain comparison orders them as localeCompare would, at a fraction of its cost.
  const sorted = [...services].sort((a, b) =>
    a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : a.from - b.from || a.to - b.to,
  );
  const merged: ZoneService[] = [];
  for (const service of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.protocol === service.protocol && service.from <= last.to + 1) last.to = Math.max(last.to, service.to);
    else merged.push({ ...service });
  }
  return merged;
}

/** `tcp 443, 5701–5703 · udp 53`, at most `limit` ranges, then `+N`. */
export function formatServices(services: readonly ZoneService[], limit = Infinity): string {
  const parts: string[] = [];
  let shown = 0;
  let current: { protocol: Protocol; ports: string[] } | undefined;
  for (const s of services) {
    if (shown >= limit) break;
    if (current?.protocol !== s.protocol) {
      current = { protocol: s.protocol, ports: [] };
      parts.push('');
    }
    current.ports.push(s.from === s.to ? `${s.from}` : `${s.from}–${s.to}`);
    parts[parts.length - 1] = `${current.protocol} ${current.ports.join(', ')}`;
    shown++;
  }
  const hidden = services.length - shown;
  return `${parts.join(' · ')}${hidden > 0 ? ` +${hidden}` : ''}`;
}

/** The services of a pair as one line, with the flows that give no port number. */
export function pairServicesText(pair: ZonePair, limit = Infinity): string {
  const ports = formatServices(pair.services, limit);
  const varies = pair.unspecified > 0 ? `port varies${pair.unspecified > 1 ? ` ×${pair.unspecified}` : ''}` : '';
  return [ports, varies].filter(Boolean).join(' · ');
}

/** Whether a firewall could see the flow: the same flows the flow matrix lists. */
export const isFirewallVisible = (flow: DerivedFlow) => !flow.local && !flow.excluded;

/**
 * One entry per ordered zone pair with at least one flow (a zone to itself
 * included), in trust order of the source zone, then of the destination.
 */
export function zonePairs(design: Design, flows: readonly DerivedFlow[]): ZonePair[] {
  const zoneOf = new Map(design.components.map((c) => [c.id, c.zone ?? UNZONED_ID]));
  // Each range once per pair: on a large estate thousands of flows between two zones share a few ports.
  const raw = new Map<string, { pair: ZonePair; ranges: ZoneService[]; seen: Set<string> }>();
  for (const flow of flows) {
    if (!isFirewallVisible(flow)) continue;
    const from = zoneOf.get(flow.from) ?? UNZONED_ID;
    const to = zoneOf.get(flow.to) ?? UNZONED_ID;
    const key = zonePairKey(from, to);
    let entry = raw.get(key);
    if (!entry) {
      entry = {
        pair: { key, from, to, services: [], unspecified: 0, flows: 0, firewallFlows: 0, products: [] },
        ranges: [],
        seen: new Set(),
      };
      raw.set(key, entry);
    }
    const { pair } = entry;
    pair.flows++;
    if (flow.firewall) pair.firewallFlows++;
    if (!pair.products.includes(flow.product)) pair.products.push(flow.product);
    if (flow.ports.ok)
      for (const protocol of flow.protocols)
        for (const range of flow.ports.ranges) {
          const id = `${protocol} ${range.from} ${range.to}`;
          if (entry.seen.has(id)) continue;
          entry.seen.add(id);
          entry.ranges.push({ protocol, from: range.from, to: range.to });
        }
    else pair.unspecified++;
  }
  const order = new Map(zonesOf(design).map((z, i) => [z.id, i]));
  const rank = (id: string) => order.get(id) ?? order.size;
  return [...raw.values()]
    .map(({ pair, ranges }) => ({ ...pair, services: collapseServices(ranges) }))
    .sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to));
}

/** The zone-to-zone matrix: zones as rows and columns, each cell the pair from row to column (or undefined). */
export function zoneMatrix(
  design: Design,
  flows: readonly DerivedFlow[],
): { zones: ZoneRef[]; cell(from: string, to: string): ZonePair | undefined; pairs: ZonePair[] } {
  const pairs = zonePairs(design, flows);
  const byKey = new Map(pairs.map((p) => [p.key, p]));
  return { zones: zonesOf(design), pairs, cell: (from, to) => byKey.get(zonePairKey(from, to)) };
}
