/**
 * Bounded work: how many flows a design would produce, counted before any is
 * made. Every catalogue flow connects each instance filling its initiator
 * role with each filling its listener role (or those its `servedBy` names),
 * so 500 clients and 500 servers of one product make 250,000 flows per
 * documented connection. Counting is initiators × listeners per catalogue
 * flow: cheap, and an upper bound (conditions may switch some off).
 */
import type { Catalogue } from '../catalogue/load';
import { isGroup } from '../peers';
import type { Design } from './schema';

/**
 * The most flows a design may produce: about three times the largest estate
 * the benchmark measures (2000 components, about 7,000 matrix rows), and far
 * more rows than any firewall request can be read with. Derivation and the
 * matrix run on the editor's main thread; on the loaded 2-core test machine
 * 30,000 flows took 1.9 s to derive and 2.8 s for the matrix, so the limit
 * stays well below that.
 */
export const MAX_FLOWS = 20_000;

export interface FlowCount {
  /** Upper bound on the derived flows (catalogue and drawn). */
  total: number;
  /** The largest contributions, by initiating component type and listening role. */
  biggest: { from: string; to: string; initiators: number; listeners: number; flows: number }[];
}

export function countFlows(design: Design, catalogue: Catalogue): FlowCount {
  const fillers = new Map<string, string[]>();
  for (const c of design.components) {
    for (const role of catalogue.components.get(c.type)?.roles ?? []) {
      const list = fillers.get(role);
      if (list) list.push(c.id);
      else fillers.set(role, [c.id]);
    }
  }
  const typeOf = new Map(design.components.map((c) => [c.id, c.type]));
  const groups = new Set(design.components.filter(isGroup).map((c) => c.id));
  const byPair = new Map<string, FlowCount['biggest'][number]>();
  let total = design.flows.length;
  for (const flow of catalogue.flows) {
    const initiators = fillers.get(flow.from);
    const listeners = fillers.get(flow.to);
    if (!initiators || !listeners) continue;
    const listenerSet = new Set(listeners);
    for (const id of initiators) {
      const scope = servedByOf(design, id, flow.to);
      // A group of machines (a CIDR) with the same role at both ends also talks to itself (`peers.ts`).
      const self = flow.from === flow.to && groups.has(id);
      const count = scope
        ? new Set(scope.filter((s) => listenerSet.has(s) && (s !== id || self))).size
        : listeners.length - (listenerSet.has(id) && !self ? 1 : 0);
      if (count === 0) continue;
      total += count;
      const from = typeOf.get(id)!;
      const key = `${from}\u0000${flow.to}`;
      const pair = byPair.get(key) ?? { from, to: flow.to, initiators: 0, listeners: listeners.length, flows: 0 };
      pair.flows += count;
      byPair.set(key, pair);
    }
  }
  // Initiators per pair: the instances of its type (counted once, not once per pair).
  const ofType = new Map<string, number>();
  for (const c of design.components) ofType.set(c.type, (ofType.get(c.type) ?? 0) + 1);
  for (const pair of byPair.values()) pair.initiators = ofType.get(pair.from) ?? 0;
  const biggest = [...byPair.values()].sort((a, b) => b.flows - a.flows).slice(0, 3);
  return { total, biggest };
}

let servedByIndex: { design: Design; byId: Map<string, Design['components'][number]> } | undefined;
function servedByOf(design: Design, id: string, role: string): string[] | undefined {
  if (servedByIndex?.design !== design) servedByIndex = { design, byId: new Map(design.components.map((c) => [c.id, c])) };
  const servedBy = servedByIndex.byId.get(id)?.servedBy;
  return servedBy && Object.hasOwn(servedBy, role) ? servedBy[role] : undefined;
}

/** The message for a design past the limit, naming what to narrow; undefined when it is within. */
export function flowLimitProblem(design: Design, catalogue: Catalogue, limit = MAX_FLOWS): string | undefined {
  const count = countFlows(design, catalogue);
  if (count.total <= limit) return undefined;
  const name = (type: string) => catalogue.components.get(type)?.name ?? type;
  const role = (id: string) => `${catalogue.roles.get(id)?.name ?? id} (${id})`;
  const pairs = count.biggest.map(
    (p) =>
      `${p.initiators.toLocaleString('en-US')} × ${name(p.from)} to ${p.listeners.toLocaleString('en-US')} × ${role(p.to)}: ${p.flows.toLocaleString('en-US')} flows`,
  );
  return (
    `This design would produce up to ${count.total.toLocaleString('en-US')} flows, more than the ${limit.toLocaleString('en-US')} Portolan derives, so no flows are shown or exported. ` +
    `Narrow the biggest pairs with "served by" (which instances serve each role): ${pairs.join('; ')}.`
  );
}
