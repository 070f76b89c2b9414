/**
 * The flows one way between two components, as every drawing of them reads
 * them: the canvas's edges (src/store/derived.ts) and the pictures
 * (src/model/picture/pairs.ts) label and style a direction from this.
 */
import type { DerivedFlow } from '../derive';
import type { EdgeFlags } from '../theme';
import type { ProtocolPorts } from './port-text';

export interface Direction extends EdgeFlags {
  from: string;
  to: string;
  flows: DerivedFlow[];
  /** Every port of the flows not switched off, unsorted (port-text.ts groups and sorts them). */
  ports: ProtocolPorts[];
  /** Some flow not switched off names no port number. */
  unspecified: boolean;
}

/** The flows grouped by direction (`from>to`), in first-flow order. */
export function directionsOf(flows: readonly DerivedFlow[]): Map<string, DerivedFlow[]> {
  const groups = new Map<string, DerivedFlow[]>();
  for (const flow of flows) {
    const id = `${flow.from}>${flow.to}`;
    const list = groups.get(id);
    if (list) list.push(flow);
    else groups.set(id, [flow]);
  }
  return groups;
}

/** One direction's flows (at least one, all from one component to one other). */
export function direction(flows: DerivedFlow[]): Direction {
  const active = flows.filter((f) => !f.excluded);
  const ports = active.flatMap((f) =>
    f.ports.ok ? f.protocols.flatMap((protocol) => (f.ports.ok ? f.ports.ranges.map((range) => ({ protocol, range })) : [])) : [],
  );
  const first = flows[0]!;
  return {
    from: first.from,
    to: first.to,
    flows,
    ports,
    unspecified: active.some((f) => !f.ports.ok),
    conditional: active.some((f) => f.condition !== undefined),
    crossesZones: first.crossesZones,
    local: first.local,
    allExcluded: active.length === 0,
    internalOnly: active.length > 0 && active.every((f) => !f.firewall),
    hasUserFlow: flows.some((f) => f.origin === 'user'),
  };
}

/** `tcp 443, 5701–5703 · port varies`: the direction's port text (`portsText`, from port-text.ts) with the ports no document gives, or `off` when every flow is switched off. */
export function directionText(d: Pick<Direction, 'ports' | 'unspecified'>, portsText: string): string {
  return `${portsText}${d.unspecified ? `${d.ports.length ? ' · ' : ''}port varies` : ''}` || 'off';
}
