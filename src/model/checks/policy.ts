/**
 * Rule 9, zone policy: the user ticks which zone may open connections to
 * which; every firewall-relevant flow between two zones outside the ticked
 * pairs is a finding. No policy, no finding (nothing was stated).
 *
 * The shipped starting point is a classic three-tier layout, read from each
 * zone's kind (and, for internal zones, a name that says "data" or "users"):
 * Internet and partner → DMZ; users → DMZ and → internal (application);
 * DMZ → internal and → Internet; internal → internal, → DMZ and → data;
 * management → every zone. Nothing else: not Internet, DMZ or users → data,
 * not internal → Internet directly, not data → anything.
 */
import type { Design, Zone } from '../design/schema';
import type { ZonePolicy } from './schema';
import type { CheckContext, Finding } from './types';

export type Tier = 'untrusted' | 'dmz' | 'users' | 'internal' | 'data' | 'management';

const DATA_NAME = /\b(data|db|database|databases|sql|storage)\b/i;
const USERS_NAME = /\b(users?|clients?|office|offices|workstations?|desktops?|branch|branches)\b/i;

export function tierOf(zone: Zone): Tier {
  switch (zone.kind) {
    case 'internet':
    case 'partner':
      return 'untrusted';
    case 'dmz':
      return 'dmz';
    case 'management':
      return 'management';
    default:
      if (DATA_NAME.test(zone.name) || DATA_NAME.test(zone.id)) return 'data';
      return USERS_NAME.test(zone.name) || USERS_NAME.test(zone.id) ? 'users' : 'internal';
  }
}

const THREE_TIER: ReadonlySet<string> = new Set([
  'untrusted>dmz',
  'users>dmz',
  'users>internal',
  'dmz>internal',
  'dmz>untrusted',
  'internal>internal',
  'internal>dmz',
  'internal>data',
  'management>users',
  'management>untrusted',
  'management>dmz',
  'management>internal',
  'management>data',
  'management>management',
]);

/** The three-tier starting policy for the design's zones. */
export function threeTierPolicy(zones: readonly Zone[]): ZonePolicy {
  const allow: ZonePolicy['allow'] = [];
  for (const from of zones) {
    for (const to of zones) {
      if (from.id !== to.id && THREE_TIER.has(`${tierOf(from)}>${tierOf(to)}`)) allow.push({ from: from.id, to: to.id });
    }
  }
  return { allow };
}

export function isAllowed(policy: ZonePolicy, from: string, to: string): boolean {
  return from === to || policy.allow.some((p) => p.from === from && p.to === to);
}

/** The policy with one pair ticked or unticked; pairs stay in zone order so the file diffs well. */
export function withPair(design: Design, from: string, to: string, allowed: boolean): ZonePolicy {
  const current = design.zonePolicy ?? { allow: [] };
  const others = current.allow.filter((p) => !(p.from === from && p.to === to));
  const allow = allowed ? [...others, { from, to }] : others;
  const order = new Map(design.zones.map((z, i) => [z.id, i]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return { allow: allow.sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to)) };
}

export function zonePolicy(context: CheckContext): Finding[] {
  const policy = context.design.zonePolicy;
  if (!policy) return [];
  const zones = new Map(context.design.zones.map((z) => [z.id, z]));
  const byEdge = new Map<string, { from: string; to: string; fromZone: Zone; toZone: Zone; ports: Set<string> }>();
  for (const row of context.matrix) {
    if (!row.firewall || !row.crossesZones) continue;
    const fromZone = zones.get(row.source.zoneId);
    const toZone = zones.get(row.destination.zoneId);
    if (!fromZone || !toZone || isAllowed(policy, fromZone.id, toZone.id)) continue;
    const key = `${row.source.componentId}>${row.destination.componentId}`;
    const entry = byEdge.get(key) ?? {
      from: row.source.componentId,
      to: row.destination.componentId,
      fromZone,
      toZone,
      ports: new Set<string>(),
    };
    entry.ports.add(`${row.protocol} ${row.port}`);
    byEdge.set(key, entry);
  }
  return [...byEdge.values()].map((e) => {
    const from = context.placed.get(e.from)?.name ?? e.from;
    const to = context.placed.get(e.to)?.name ?? e.to;
    const ports = [...e.ports];
    return {
      id: `zone-policy:${e.from}>${e.to}`,
      rule: 'zone-policy' as const,
      severity: 'error' as const,
      message: `${from} in "${e.fromZone.name}" connects to ${to} in "${e.toZone.name}" (${ports.slice(0, 6).join(', ')}${ports.length > 6 ? ', …' : ''}), but the zone policy does not allow ${e.fromZone.name} → ${e.toZone.name}.`,
      fix: `Move one of them to a zone the policy allows, route the traffic through a component in an allowed zone, or tick ${e.fromZone.name} → ${e.toZone.name} in the zone policy if the exception is wanted.`,
      target: { kind: 'edge' as const, from: e.from, to: e.to },
      reference: 'The zone policy stated in this design',
    };
  });
}
