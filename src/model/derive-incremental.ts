/**
 * Incremental derivation: after an edit, re-derive only the flows with an end
 * in a component the edit touched, and keep every other flow object as it was
 * (same identity, so pairs, edges and rows built from it can be reused).
 *
 * The result always equals `deriveFlows(next, catalogue)`, in the same order
 * (test/model/derive-incremental.test.ts checks it over random edit
 * sequences). Where that cannot be shown cheaply the full derivation runs:
 * another catalogue, duplicate or reordered ids, a design field no rule here
 * knows, or an edit touching many components. A zone edit touches every
 * component in that zone, before and after, so a rule that reads zones (or
 * their CIDRs) stays right.
 */
import type { Catalogue } from './catalogue/load';
import { deriveFlows, type DerivedFlow } from './derive';
import type { Design } from './design/schema';

export interface Derivation {
  design: Design;
  catalogue: Catalogue;
  flows: readonly DerivedFlow[];
}

/** Design fields no flow depends on: an edit of these keeps every flow. */
const NOT_DERIVED = new Set(['$schema', 'schemaVersion', 'meta', 'approvals', 'acknowledgements', 'zonePolicy', 'request', 'comments']);
/** Fields the rules below follow item by item. */
const FOLLOWED = new Set(['components', 'zones', 'flows', 'excluded']);
/** Fields that only say where a thing is drawn. */
const PLACEMENT = new Set(['position', 'size']);
/** Past this share of touched components a full derivation is as quick. */
const MOST = 0.25;

export function rederiveFlows(previous: Derivation | undefined, design: Design, catalogue: Catalogue): DerivedFlow[] {
  if (!previous || previous.catalogue !== catalogue) return deriveFlows(design, catalogue);
  if (previous.design === design) return [...previous.flows];
  const touched = touchedComponents(previous.design, design);
  if (!touched || touched.size > Math.max(8, design.components.length * MOST)) return deriveFlows(design, catalogue);
  const excludedNow = design.excluded === previous.design.excluded ? undefined : new Set(design.excluded);
  const flipped = excludedNow && symmetricDifference(new Set(previous.design.excluded), excludedNow);
  const kept: DerivedFlow[] = [];
  for (const flow of previous.flows) {
    if (touched.has(flow.from) || touched.has(flow.to)) continue;
    kept.push(flipped?.has(flow.key) ? { ...flow, excluded: excludedNow!.has(flow.key) } : flow);
  }
  if (touched.size === 0) return kept;
  // Filtered again, in case a rule does not follow `only`: the kept flows already hold every other pair.
  const fresh = deriveFlows(design, catalogue, touched).filter((f) => touched.has(f.from) || touched.has(f.to));
  return mergeInOrder(kept, fresh, design, catalogue) ?? deriveFlows(design, catalogue);
}

/**
 * The components whose flows may have changed, or undefined when the edit
 * cannot be followed item by item (then everything is derived again).
 */
export function touchedComponents(before: Design, after: Design): Set<string> | undefined {
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (b[key] !== a[key] && !NOT_DERIVED.has(key) && !FOLLOWED.has(key)) return undefined;
  }
  const touched = new Set<string>();
  if (before.components !== after.components && !followItems(before.components, after.components, touched, (c) => [c.id])) return undefined;
  if (before.zones !== after.zones) {
    const zones = new Set<string>();
    if (!followItems(before.zones, after.zones, zones, (z) => [z.id])) return undefined;
    for (const c of [...before.components, ...after.components]) if (c.zone !== undefined && zones.has(c.zone)) touched.add(c.id);
  }
  if (before.flows !== after.flows && !followItems(before.flows, after.flows, touched, (f) => [f.from, f.to])) return undefined;
  return touched;
}

/**
 * Adds to `touched` the ends of every item added, removed or changed (in
 * more than its placement). False when ids repeat or the kept items changed
 * order, which moves flows in the derived order.
 */
function followItems<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  touched: Set<string>,
  ends: (item: T) => string[],
): boolean {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  if (old.size !== before.length || now.size !== after.length) return false;
  const keptBefore = before.filter((item) => now.has(item.id));
  const keptAfter = after.filter((item) => old.has(item.id));
  for (let i = 0; i < keptAfter.length; i++) if (keptBefore[i]!.id !== keptAfter[i]!.id) return false;
  for (const item of before) if (!now.has(item.id)) for (const end of ends(item)) touched.add(end);
  for (const item of after) {
    const was = old.get(item.id);
    if (was === item) continue;
    if (was && onlyPlacement(was, item)) continue;
    for (const end of ends(item)) touched.add(end);
    if (was) for (const end of ends(was)) touched.add(end);
  }
  return true;
}

function onlyPlacement(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) if (!PLACEMENT.has(key) && x[key] !== y[key]) return false;
  for (const key in y) if (!PLACEMENT.has(key) && !(key in x)) return false;
  return true;
}

function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) if (!b.has(x)) out.add(x);
  for (const x of b) if (!a.has(x)) out.add(x);
  return out;
}

const flowIndexes = new WeakMap<Catalogue, Map<string, number>>();

/**
 * The two lists, each already in derived order, merged into it: catalogue
 * flows by catalogue flow, initiator and listener position in the design,
 * then the user's flows in their order. Undefined for a flow it cannot place.
 */
function mergeInOrder(kept: DerivedFlow[], fresh: DerivedFlow[], design: Design, catalogue: Catalogue): DerivedFlow[] | undefined {
  let byFlow = flowIndexes.get(catalogue);
  if (!byFlow) {
    byFlow = new Map(catalogue.flows.map((f, i) => [f.id, i]));
    flowIndexes.set(catalogue, byFlow);
  }
  const component = new Map(design.components.map((c, i) => [c.id, i]));
  const userFlow = new Map(design.flows.map((f, i) => [f.id, i]));
  const order = (flow: DerivedFlow): [number, number, number] | undefined => {
    const from = component.get(flow.from);
    const to = component.get(flow.to);
    if (from === undefined || to === undefined) return undefined;
    if (flow.origin === 'user') {
      const at = userFlow.get(flow.sourceId);
      return at === undefined ? undefined : [byFlow.size + at, 0, 0];
    }
    const at = byFlow.get(flow.sourceId);
    return at === undefined ? undefined : [at, from, to];
  };
  const out: DerivedFlow[] = [];
  let i = 0;
  let j = 0;
  let left = kept.length > 0 ? order(kept[0]!) : undefined;
  let right = fresh.length > 0 ? order(fresh[0]!) : undefined;
  if ((kept.length > 0 && !left) || (fresh.length > 0 && !right)) return undefined;
  while (i < kept.length || j < fresh.length) {
    if (j >= fresh.length || (i < kept.length && comesFirst(left!, right!))) {
      out.push(kept[i++]!);
      left = i < kept.length ? order(kept[i]!) : undefined;
      if (i < kept.length && !left) return undefined;
    } else {
      out.push(fresh[j++]!);
      right = j < fresh.length ? order(fresh[j]!) : undefined;
      if (j < fresh.length && !right) return undefined;
    }
  }
  return out;
}

const comesFirst = (a: readonly number[], b: readonly number[]) => (a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!) < 0;
