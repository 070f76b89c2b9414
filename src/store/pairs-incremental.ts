/**
 * Pairs and edges after an edit, from the last ones, without grouping every
 * flow again: incremental derivation keeps every flow the edit did not touch
 * as the same object, in the same relative order, so only the directions
 * with a flow added or removed get a new pair, and only their edges a new
 * edge. The result is what grouping all flows gives (store/derived.ts:
 * pairs in the order of their first flow, edges in the order of their first
 * pair), checked against it in test/ui/pairs-incremental.test.ts. Grouping
 * all 3000 flows of a 1000-component estate by string keys, and indexing
 * the pairs and edges again, was most of an option change's derivation.
 */
import type { DerivedFlow } from '../model/derive';
import { unorderedPairId, type LinkPair } from '../model/diagram';

interface Pair {
  id: string;
  from: string;
  to: string;
  flows: DerivedFlow[];
}

export interface Paired<P, E> {
  pairs: P[];
  pairById: ReadonlyMap<string, P>;
  edges: E[];
  edgeById: ReadonlyMap<string, E>;
}

/** Past this many flows added or removed, grouping everything again is as quick. */
const MOST = 400;

/**
 * The pairs and edges for `flows`, from `before` (the pairs and edges of
 * `previousFlows`); undefined when the edit changed too much to follow.
 * `pairOf` and `edgeOf` build (or keep) one pair or edge.
 */
export function repairPairs<P extends Pair, E extends LinkPair<P>>(
  previousFlows: readonly DerivedFlow[],
  flows: readonly DerivedFlow[],
  before: Paired<P, E>,
  pairOf: (id: string, flows: DerivedFlow[], was: P | undefined) => P,
  edgeOf: (link: LinkPair<P>, was: E | undefined) => E,
): Paired<P, E> | undefined {
  const old = new Set(previousFlows);
  const now = new Set(flows);
  const changed: DerivedFlow[] = [];
  for (const flow of flows) if (!old.has(flow) && changed.push(flow) > MOST) return undefined;
  for (const flow of previousFlows) if (!now.has(flow) && changed.push(flow) > MOST) return undefined;
  if (changed.length === 0) return before;

  // The directions an added or removed flow belongs to, and their flows now, in order.
  const touched = new Set(changed.map((f) => `${f.from}>${f.to}`));
  const initiators = new Set(changed.map((f) => f.from));
  const lists = new Map<string, DerivedFlow[]>();
  for (const flow of flows) {
    if (!initiators.has(flow.from)) continue;
    const id = `${flow.from}>${flow.to}`;
    if (!touched.has(id)) continue;
    const list = lists.get(id);
    if (list) list.push(flow);
    else lists.set(id, [flow]);
  }
  // Each pair by its first flow: the kept ones as they were, the touched ones anew.
  const byFirstFlow = new Map<DerivedFlow, P>();
  for (const pair of before.pairs) if (!touched.has(pair.id)) byFirstFlow.set(pair.flows[0]!, pair);
  for (const [id, list] of lists) byFirstFlow.set(list[0]!, pairOf(id, list, before.pairById.get(id)));
  const pairs: P[] = [];
  for (const flow of flows) {
    const pair = byFirstFlow.get(flow);
    if (pair) pairs.push(pair);
  }

  // Edges: a kept edge (neither of its directions touched) stays; a touched one is built from its pairs now.
  const touchedEdges = new Set(changed.map((f) => unorderedPairId(f.from, f.to)));
  const links = new Map<string, LinkPair<P>>();
  const order: (E | LinkPair<P>)[] = [];
  const edgeOfPair = new Map<P, E>();
  for (const edge of before.edges) {
    if (touchedEdges.has(edge.id)) continue;
    if (edge.ab) edgeOfPair.set(edge.ab, edge);
    if (edge.ba) edgeOfPair.set(edge.ba, edge);
  }
  const placed = new Set<E>();
  for (const pair of pairs) {
    if (pair.from === pair.to) continue;
    const kept = edgeOfPair.get(pair);
    if (kept) {
      if (!placed.has(kept)) order.push(kept);
      placed.add(kept);
      continue;
    }
    const id = unorderedPairId(pair.from, pair.to);
    let link = links.get(id);
    if (!link) {
      const [a, b] = pair.from < pair.to ? [pair.from, pair.to] : [pair.to, pair.from];
      link = { id, a, b, ab: undefined, ba: undefined };
      links.set(id, link);
      order.push(link);
    }
    if (pair.from === link.a) link.ab = pair;
    else link.ba = pair;
  }
  const edges = order.map((item) => (links.get(item.id) === item ? edgeOf(item, before.edgeById.get(item.id)) : (item as E)));

  const pairById = new Map(before.pairById);
  for (const id of touched) {
    const pair = lists.has(id) ? byFirstFlow.get(lists.get(id)![0]!) : undefined;
    if (pair) pairById.set(id, pair);
    else pairById.delete(id);
  }
  const edgeById = new Map(before.edgeById);
  for (const id of touchedEdges) edgeById.delete(id);
  for (const edge of edges) if (links.has(edge.id)) edgeById.set(edge.id, edge);
  return { pairs, pairById, edges, edgeById };
}
