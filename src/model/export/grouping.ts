/**
 * Rules written together: ports of one purpose on one line, references as
 * ranges, and the flows host-based formats cannot express.
 */
import type { Protocol } from '../catalogue/schema';
import type { PortRange } from '../ports';
import { plainText } from './sanitise';
import type { Rule, RuleEnd, RuleNote } from './scope';

/** `R001-R003, R007`: consecutive references as ranges. */
export function refRanges(refs: readonly string[]): string {
  const numbered = refs.map((r) => ({ ref: r, n: Number(r.slice(1)) }));
  const out: string[] = [];
  for (let i = 0; i < numbered.length;) {
    let j = i;
    while (j + 1 < numbered.length && numbered[j + 1]!.n === numbered[j]!.n + 1) j += 1;
    out.push(
      j - i >= 2
        ? `${numbered[i]!.ref}-${numbered[j]!.ref}`
        : numbered
            .slice(i, j + 1)
            .map((x) => x.ref)
            .join(', '),
    );
    i = j + 1;
  }
  return out.join(', ');
}

/**
 * Rules that differ only in their port, share both ends, the protocol and
 * the same purposes and references: written as one line with a port list
 * (multiport, an nftables set, an ASA service group) so a flow documented as
 * "135 and 445" stays one reviewable entry.
 */
export interface PortGroup {
  id: string;
  rules: Rule[];
  refs: string[];
  source: RuleEnd;
  destination: RuleEnd;
  protocol: Protocol;
  /** Sorted; overlapping ranges merged. */
  ranges: PortRange[];
  notes: RuleNote[];
  placeholder: boolean;
}

export function groupPorts(rules: readonly Rule[]): PortGroup[] {
  const groups = new Map<string, PortGroup>();
  for (const rule of rules) {
    const notes = rule.notes
      .map((n) => `${n.purpose}\u0000${n.reference}`)
      .sort()
      .join('\u0001');
    const key = `${rule.source.key}|${rule.destination.key}|${rule.protocol}|${notes}`;
    const group = groups.get(key);
    if (group) {
      group.rules.push(rule);
      group.refs.push(...rule.refs);
      group.notes.push(...rule.notes);
      group.ranges.push({ from: rule.from, to: rule.to });
      group.placeholder ||= rule.placeholder;
      for (const name of rule.source.names) if (!group.source.names.includes(name)) group.source.names.push(name);
      for (const name of rule.destination.names) if (!group.destination.names.includes(name)) group.destination.names.push(name);
    } else {
      groups.set(key, {
        id: rule.id,
        rules: [rule],
        refs: [...rule.refs],
        source: { ...rule.source, names: [...rule.source.names], hosts: [...rule.source.hosts] },
        destination: { ...rule.destination, names: [...rule.destination.names], hosts: [...rule.destination.hosts] },
        protocol: rule.protocol,
        ranges: [{ from: rule.from, to: rule.to }],
        notes: [...rule.notes],
        placeholder: rule.placeholder,
      });
    }
  }
  return [...groups.values()].map((g) => ({ ...g, refs: sortRefs(g.refs), notes: sortNotes(g.notes), ranges: mergeRanges(g.ranges) }));
}

const refNumber = (ref: string) => Number(ref.slice(1));
const sortRefs = (refs: string[]) => [...new Set(refs)].sort((a, b) => refNumber(a) - refNumber(b));
const sortNotes = (notes: RuleNote[]) => [...notes].sort((a, b) => refNumber(a.ref) - refNumber(b.ref));

/** Sorted ranges with overlaps joined (80, 443, 400-500 -> 80, 400-500). */
export function mergeRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

/**
 * Host-based formats (security groups, Windows Firewall, NetworkPolicies)
 * are installed on the host that receives a flow; a documented Internet
 * service is not one of ours. Such flows are named in a warning instead.
 */
export function outboundToInternet(rules: readonly Rule[], format: string, how: string): { inbound: Rule[]; warning?: string } {
  const inbound = rules.filter((r) => !r.destination.external);
  const outbound = rules.filter((r) => r.destination.external);
  if (outbound.length === 0) return { inbound };
  const names = [...new Set(outbound.flatMap((r) => r.destination.names.map(plainText)))].join(', ');
  const refs = refRanges(sortRefs(outbound.flatMap((r) => r.refs)));
  return {
    inbound,
    warning: `${format}: ${refs} go to Internet services (${names}), where no rule of ours can be installed, so they are not written here: ${how}`,
  };
}

/** Rules grouped by what they are enforced at: a destination (host) or a destination zone. */
export function byDestination<K>(rules: readonly Rule[], key: (end: RuleEnd) => K): Map<K, Rule[]> {
  const out = new Map<K, Rule[]>();
  for (const rule of rules) {
    const k = key(rule.destination);
    out.set(k, [...(out.get(k) ?? []), rule]);
  }
  return out;
}
