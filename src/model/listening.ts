/**
 * What a placed component listens on: its documented services and the
 * listener side of every documented flow to its roles, resolved with its own
 * parameters and port offset. Shown on the node and offered when a user
 * draws a flow to it.
 */
import type { Catalogue } from './catalogue/load';
import type { Protocol } from './catalogue/schema';
import { effectiveParams, portOffsetOf } from './design/instance';
import type { ComponentInstance } from './design/schema';
import { resolvePorts, type PortRange } from './ports';

export interface ListeningPort {
  protocol: Protocol;
  range: PortRange;
}

/** Unique protocol/port pairs, tcp before udp, in port order. */
export function listeningPorts(instance: ComponentInstance, catalogue: Catalogue): ListeningPort[] {
  const type = catalogue.components.get(instance.type);
  if (!type) return [];
  const params = effectiveParams(instance, type);
  const offset = portOffsetOf(params, type);
  const roles = new Set(type.roles);
  const specs = [
    ...type.services,
    ...type.roles.flatMap((r) => catalogue.roles.get(r)?.services ?? []),
    ...catalogue.flows.filter((f) => roles.has(f.to)),
  ];
  const seen = new Map<string, ListeningPort>();
  for (const entry of specs) {
    const resolved = resolvePorts(entry.ports, params, offset);
    if (!resolved.ok) continue;
    for (const protocol of entry.protocols) {
      for (const range of resolved.ranges) seen.set(`${protocol}/${range.from}-${range.to}`, { protocol, range });
    }
  }
  return [...seen.values()].sort((a, b) => a.protocol.localeCompare(b.protocol) || a.range.from - b.range.from || a.range.to - b.range.to);
}

/** `tcp 80, 443, 3144 · udp 137`, at most `limit` ports, then `+N`. */
export function formatPortList(ports: readonly ListeningPort[], limit = Infinity): string {
  const byProtocol = new Map<Protocol, string[]>();
  for (const { protocol, range } of ports) {
    byProtocol.set(protocol, [
      ...(byProtocol.get(protocol) ?? []),
      range.from === range.to ? `${range.from}` : `${range.from}-${range.to}`,
    ]);
  }
  let budget = limit;
  let hidden = 0;
  const parts: string[] = [];
  for (const [protocol, list] of byProtocol) {
    const unique = [...new Set(list)];
    const shown = unique.slice(0, Math.max(0, budget));
    hidden += unique.length - shown.length;
    budget -= shown.length;
    if (shown.length > 0) parts.push(`${protocol} ${shown.join(', ')}`);
  }
  return `${parts.join(' · ')}${hidden > 0 ? ` +${hidden}` : ''}`;
}
