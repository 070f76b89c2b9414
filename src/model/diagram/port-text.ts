/**
 * Port lists as people read them on a diagram: consecutive ports collapsed
 * into ranges (`tcp 5701–5703`), protocols kept apart (`tcp 443 · udp 1434`),
 * and a long list summarised (`tcp 9080, 9443 +3`) with the full text kept
 * for hover, selection and the inspector.
 */
import type { Protocol } from '../catalogue/schema';
import type { PortRange } from '../ports';

export interface ProtocolPorts {
  protocol: Protocol;
  range: PortRange;
}

/** Sorted, merged ranges: overlapping or adjacent ranges (5701, 5702, 5703) become one (5701–5703). */
export function collapseRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: PortRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
    else merged.push({ from: range.from, to: range.to });
  }
  return merged;
}

/** `5701–5703` (en dash), or `443` for a single port. */
export const rangeText = (range: PortRange): string => (range.from === range.to ? `${range.from}` : `${range.from}–${range.to}`);

/** Each protocol's collapsed ranges, tcp before udp (alphabetical), in port order. */
export function groupByProtocol(ports: readonly ProtocolPorts[]): [Protocol, PortRange[]][] {
  const byProtocol = new Map<Protocol, PortRange[]>();
  for (const { protocol, range } of ports) {
    const ranges = byProtocol.get(protocol);
    if (ranges) ranges.push(range);
    else byProtocol.set(protocol, [range]);
  }
  // Protocol names are lower-case ASCII: a plain comparison orders them as localeCompare would, without its cost per edge label.
  return [...byProtocol].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([protocol, ranges]) => [protocol, collapseRanges(ranges)]);
}

export interface PortText {
  /** What fits on an edge: at most `limit` ranges, then `+N`. */
  short: string;
  /** Every range. */
  full: string;
  /** How many ranges the short text leaves out. */
  hidden: number;
}

/**
 * `tcp 80, 443, 5701–5703 · udp 1434`. Ranges count as one item each
 * toward `limit`; what is left out is counted at the end (`+3`).
 */
export function portListText(ports: readonly ProtocolPorts[], limit = Infinity): PortText {
  const groups = groupByProtocol(ports);
  const full = groups.map(([protocol, ranges]) => `${protocol} ${ranges.map(rangeText).join(', ')}`).join(' · ');
  let budget = limit;
  let hidden = 0;
  const parts: string[] = [];
  for (const [protocol, ranges] of groups) {
    const shown = ranges.slice(0, Math.max(0, budget));
    hidden += ranges.length - shown.length;
    budget -= shown.length;
    if (shown.length > 0) parts.push(`${protocol} ${shown.map(rangeText).join(', ')}`);
  }
  return { short: `${parts.join(' · ')}${hidden > 0 ? ` +${hidden}` : ''}`, full, hidden };
}
