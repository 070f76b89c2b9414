/**
 * The ports a placed component really opens: its services and its roles'
 * services whose conditions hold, and the listener side of every documented
 * flow to its roles whose listener-side conditions hold. (`listeningPorts`
 * lists every port a type can open, for the editor; a clash needs the open ones.)
 */
import type { Catalogue } from '../catalogue/load';
import type { Condition, PortSpec, Protocol } from '../catalogue/schema';
import { resolvePorts, type PortRange } from '../ports';
import type { PlacedComponent } from './types';

export interface OpenPort {
  protocol: Protocol;
  range: PortRange;
  /** The catalogue flow ids this port serves (empty for a service). */
  flowIds: string[];
}

export function openPorts(component: PlacedComponent, catalogue: Catalogue): OpenPort[] {
  const roles = new Set(component.type.roles);
  const holds = (when: readonly Condition[]) => when.every((c) => c.side !== 'to' || component.options[c.option] === c.is);
  const entries: { protocols: Protocol[]; ports: PortSpec; flowId?: string }[] = [
    ...component.type.services.filter((s) => holds(s.when)),
    ...component.type.roles.flatMap((r) => catalogue.roles.get(r)?.services.filter((s) => holds(s.when)) ?? []),
    ...catalogue.flows.filter((f) => roles.has(f.to) && holds(f.when)).map((f) => ({ ...f, flowId: f.id })),
  ];
  const out = new Map<string, OpenPort>();
  for (const entry of entries) {
    const resolved = resolvePorts(entry.ports, component.params, component.offset);
    if (!resolved.ok) continue;
    for (const protocol of entry.protocols) {
      for (const range of resolved.ranges) {
        const key = `${protocol}/${range.from}-${range.to}`;
        const port = out.get(key) ?? { protocol, range, flowIds: [] };
        if (entry.flowId) port.flowIds.push(entry.flowId);
        out.set(key, port);
      }
    }
  }
  return [...out.values()];
}

export function overlaps(a: PortRange, b: PortRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}
