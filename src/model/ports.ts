/**
 * Port forms: turning a catalogue `PortSpec` into concrete port ranges for one
 * listener (its parameters and port offset applied), and into text.
 */
import type { PortRef, PortSpec } from './catalogue/schema';

/** An inclusive port range; a single port has `from === to`. */
export interface PortRange {
  from: number;
  to: number;
}

export type ParamValues = Readonly<Record<string, number>>;

/**
 * Ports resolved for one listener: concrete ranges, or why there are none,
 * told apart by `kind`: the document gives no number (`unspecified`, with its
 * words), or the listener's settings push a port outside 1-65535.
 */
export type ResolvedPorts = { ok: true; ranges: PortRange[] } | { ok: false; kind: 'unspecified' | 'out-of-range'; note: string };

/**
 * Concrete ranges for a spec. `params` are the listener's parameter values;
 * `offset` is the listener's port offset (WSO2), applied to every port.
 */
export function resolvePorts(spec: PortSpec, params: ParamValues, offset = 0): ResolvedPorts {
  const value = (ref: PortRef) => (typeof ref === 'number' ? ref : (params[ref.param] ?? Number.NaN) + ref.add) + offset;
  let ranges: PortRange[];
  switch (spec.kind) {
    case 'unspecified':
      return { ok: false, kind: 'unspecified', note: spec.note };
    case 'ports':
      ranges = spec.ports.map((ref) => ({ from: value(ref), to: value(ref) }));
      break;
    case 'range':
      ranges = [{ from: value(spec.from), to: value(spec.to) }];
      break;
    case 'openRange': {
      const from = value(spec.from);
      ranges = [{ from, to: from + count(params, spec.countParam) - 1 }];
      break;
    }
    case 'perMember': {
      const first = value(spec.first);
      ranges = Array.from({ length: count(params, spec.countParam) }, (_, i) => ({
        from: first + i * spec.step,
        to: first + i * spec.step,
      }));
      break;
    }
  }
  const bad = ranges.find((r) => !isPort(r.from) || !isPort(r.to) || r.from > r.to);
  if (bad) return { ok: false, kind: 'out-of-range', note: `${formatRange(bad)} is outside 1-65535` };
  return { ok: true, ranges };
}

function count(params: ParamValues, id: string): number {
  const n = params[id];
  return n === undefined || !Number.isInteger(n) || n < 1 ? Number.NaN : n;
}

export function isPort(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 65535;
}

/** `443` or `5900-5930`; formats that write ranges otherwise pass their separator (iptables: `:`). */
export function formatRange(range: PortRange, separator = '-'): string {
  return range.from === range.to ? String(range.from) : `${range.from}${separator}${range.to}`;
}

/** Compact text for concrete ranges, e.g. `443, 4000-4005`. */
export function formatRanges(ranges: readonly PortRange[]): string {
  return ranges.map((r) => formatRange(r)).join(', ');
}

/** `tcp 443, 8443`, `tcp/udp 53`, or `tcp: port unspecified (Varies)`: how the editor and the exports name a flow's ports. */
export function flowPortsText(flow: { protocols: readonly string[]; ports: ResolvedPorts }): string {
  const protocols = flow.protocols.join('/');
  return flow.ports.ok ? `${protocols} ${formatRanges(flow.ports.ranges)}` : `${protocols}: port unspecified (${flow.ports.note})`;
}

/**
 * The spec as the catalogue states it, e.g. `4000, 4002, ... (one per member)`.
 * With `defaults`, a parameter shows its default value too: `4001 (switch-port + 1)`.
 */
export function formatPortSpec(spec: PortSpec, defaults?: ParamValues): string {
  const ref = (r: PortRef) => {
    if (typeof r === 'number') return String(r);
    const name = r.add ? `${r.param} + ${r.add}` : r.param;
    const value = defaults?.[r.param];
    return value === undefined ? name : `${value + r.add} (${name})`;
  };
  switch (spec.kind) {
    case 'ports':
      return spec.ports.map(ref).join(', ');
    case 'range':
      return `${ref(spec.from)}-${ref(spec.to)}`;
    case 'openRange':
      return `${ref(spec.from)} and above (${spec.countParam} ports)`;
    case 'perMember':
      return `${ref(spec.first)}, ${ref(spec.first)} + ${spec.step}, ... (one per member: ${spec.countParam})`;
    case 'unspecified':
      return `unspecified (${spec.note})`;
  }
}
