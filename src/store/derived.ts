/**
 * Everything computed from the design: derived flows, the flow matrix, and
 * the edges (one per component pair and direction). Cached per design
 * object, so every component reading it shares one computation, and an
 * unchanged design is never derived twice. A design that differs from the
 * last one only in where things are drawn (a drag, an auto-layout) keeps the
 * last result: positions and sizes never change a flow or a matrix row, and
 * the same objects let every reader skip re-rendering.
 */
import type { Catalogue } from '../model/catalogue/load';
import type { DerivedFlow } from '../model/derive';
import { rederiveFlows } from '../model/derive-incremental';
import { flowLimitProblem } from '../model/design/budget';
import type { Design } from '../model/design/schema';
import { direction, directionsOf, directionText, portListText, unorderedPairs, type LinkPair } from '../model/diagram';
import { buildMatrix, type MatrixRow } from '../model/matrix';
import { designCatalogue, useDesignStore } from './design-store';
import { repairPairs, type Paired } from './pairs-incremental';

export interface FlowPair {
  /** `from>to`: the edge id. */
  id: string;
  from: string;
  to: string;
  flows: DerivedFlow[];
  /** `tcp 443, 5701–5703 · udp 1434` over the flows not switched off, summarised when long (`tcp 80, 443 +3`). */
  label: string;
  /** The same, every port written out: for hover, selection and the inspector. */
  fullLabel: string;
  conditional: boolean;
  crossesZones: boolean;
  local: boolean;
  /** Every flow of the pair is switched off by the user. */
  allExcluded: boolean;
  /** Only flows the documents say need no firewall rule. */
  internalOnly: boolean;
  hasUserFlow: boolean;
}

/**
 * What the canvas draws: one edge per unordered component pair (`a~b`),
 * carrying both directions, with an arrowhead at each listening end.
 */
export interface DrawnEdge extends LinkPair<FlowPair> {
  conditional: boolean;
  crossesZones: boolean;
  local: boolean;
  allExcluded: boolean;
  internalOnly: boolean;
  hasUserFlow: boolean;
}

export interface Derived {
  /** Set when the design would produce more flows than Portolan derives: then there are none, and this says what to narrow. */
  overLimit?: string;
  flows: DerivedFlow[];
  rows: MatrixRow[];
  /** One per component pair and direction (`from>to`): what the inspector and the matrix select. */
  pairs: FlowPair[];
  pairById: ReadonlyMap<string, FlowPair>;
  /** One per unordered pair: what the canvas draws. */
  edges: DrawnEdge[];
  edgeById: ReadonlyMap<string, DrawnEdge>;
}

interface Derivation {
  design: Design;
  derived: Derived;
  catalogue: Catalogue;
}

const cache = new WeakMap<Design, Derivation>();
/**
 * The design last read, with its derivation (the next edit starts from it).
 * Read, not derived: a panel that trails the design asks first for an empty
 * one (deferred.ts) and then finds the opened design derived already, and
 * the first edit after opening must start from the opened design, not from
 * nothing (that was a full derivation and pairing, about 160 ms at 1000
 * components).
 */
let last: Derivation | undefined;

export function derivedOf(design: Design): Derived {
  const cached = cache.get(design);
  if (cached) {
    last = cached;
    return cached.derived;
  }
  // The design's own catalogue: the built-in one with the packs it embeds (one object per set of packs).
  const catalogue = designCatalogue(design);
  const derived = last && onlyPlacementDiffers(last.design, design) ? last.derived : runToEnd(deriveSteps(design, catalogue, last));
  remember(design, derived, catalogue);
  return derived;
}

/**
 * The same derivation, a browser task per step (`pause` between them), for
 * a large design about to be shown (src/ui/opening.ts): none of its steps
 * freezes the page for long, and the store's first read finds it done. The
 * matrix is built too, in a step of its own, since the matrix panel reads it
 * on its first render.
 */
export async function deriveInSteps(design: Design, pause: () => Promise<void>): Promise<void> {
  if (cache.has(design)) return;
  const catalogue = designCatalogue(design);
  const steps = deriveSteps(design, catalogue, undefined);
  let step: IteratorResult<void, Derived>;
  do {
    await pause();
    step = steps.next();
  } while (!step.done);
  const derived = step.value;
  await pause();
  void derived.rows;
  remember(design, derived, catalogue);
}

function remember(design: Design, derived: Derived, catalogue: Catalogue) {
  last = { design, derived, catalogue };
  cache.set(design, last);
}

function runToEnd<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

const nothing: Omit<Derived, 'overLimit'> = { flows: [], rows: [], pairs: [], pairById: new Map(), edges: [], edgeById: new Map() };

/**
 * Counted before anything is made: a design past the flow limit opens, stays
 * editable, and derives nothing. After an edit only the touched components'
 * flows are derived again (src/model/derive-incremental.ts), and every pair
 * and edge whose flows are the same objects stays the same object, so the
 * canvas re-renders only the edges the edit changed. The matrix is built
 * when first read: the canvas never reads it. Yields between steps that
 * take tens of milliseconds at 2000 components (see deriveInSteps).
 */
function* deriveSteps(design: Design, catalogue: Catalogue, previous?: Derivation): Generator<void, Derived> {
  const overLimit =
    previous && previous.catalogue === catalogue && !previous.derived.overLimit && sameFlowCount(previous.design, design)
      ? undefined
      : flowLimitProblem(design, catalogue);
  if (overLimit) return { ...nothing, overLimit };
  const before =
    previous && !previous.derived.overLimit
      ? { design: previous.design, catalogue: previous.catalogue, flows: previous.derived.flows }
      : undefined;
  const flows = rederiveFlows(before, design, catalogue);
  yield;
  const paired =
    (before && repairPairs(before.flows, flows, previous!.derived, pairOf, edgeOf)) ?? (yield* pairAll(flows, previous?.derived));
  let rows: MatrixRow[] | undefined;
  return {
    flows,
    get rows() {
      rows ??= buildMatrix(design, catalogue, flows);
      return rows;
    },
    ...paired,
  };
}

/** Every flow grouped again (a first derivation, or an edit that changed too much to follow). */
function* pairAll(flows: readonly DerivedFlow[], before: Derived | undefined): Generator<void, Paired<FlowPair, DrawnEdge>> {
  const pairs = yield* pairFlows(flows, before?.pairById);
  const edges = drawnEdges(pairs, before?.edgeById);
  return { pairs, pairById: new Map(pairs.map((p) => [p.id, p])), edges, edgeById: new Map(edges.map((e) => [e.id, e])) };
}

/**
 * Whether the flow limit's count (src/model/design/budget.ts) is the same:
 * it reads only each component's id, type, scoping and address (a network
 * address makes a group), and how many user flows there are.
 */
function sameFlowCount(a: Design, b: Design): boolean {
  if (a.components === b.components) return a.flows.length === b.flows.length;
  if (a.components.length !== b.components.length || a.flows.length !== b.flows.length) return false;
  return a.components.every((x, i) => {
    const y = b.components[i]!;
    // The address too: a component whose address is a network (a group) also talks to itself.
    return x === y || (x.id === y.id && x.type === y.type && x.servedBy === y.servedBy && x.ip === y.ip);
  });
}

/** Whether two designs differ only in positions and sizes (and the title block), which no flow or row reads. */
export function onlyPlacementDiffers(a: Design, b: Design): boolean {
  if (a === b) return true;
  // Packs change the catalogue: every flow may change with them.
  if (a.flows !== b.flows || a.excluded !== b.excluded || a.packs !== b.packs) return false;
  return sameBut(a.zones, b.zones) && sameBut(a.components, b.components);
}

const PLACEMENT = new Set(['position', 'size']);

/** Same items in the same order, each the same object or equal in every field but its placement (fields compared by identity). */
function sameBut(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Record<string, unknown>;
    const y = b[i] as Record<string, unknown>;
    if (x === y) continue;
    for (const key in x) if (!PLACEMENT.has(key) && x[key] !== y[key]) return false;
    for (const key in y) if (!PLACEMENT.has(key) && !(key in x)) return false;
  }
  return true;
}
export const useDerived = (): Derived => useDesignStore((s) => derivedOf(s.design));

export const pairId = (from: string, to: string) => `${from}>${to}`;

/** Pairs labelled between two pauses of deriveSteps. */
const PAIRS_PER_STEP = 1000;

/** Pairs in first-flow order; a pair whose flows are the very same objects as before is the same object as before. */
function* pairFlows(flows: readonly DerivedFlow[], before?: ReadonlyMap<string, FlowPair>): Generator<void, FlowPair[]> {
  const pairs: FlowPair[] = [];
  for (const [id, list] of directionsOf(flows)) {
    if (pairs.length % PAIRS_PER_STEP === PAIRS_PER_STEP - 1) yield;
    pairs.push(pairOf(id, list, before?.get(id)));
  }
  return pairs;
}

function pairOf(id: string, list: DerivedFlow[], was: FlowPair | undefined): FlowPair {
  if (was && was.flows.length === list.length && was.flows.every((f, i) => f === list[i])) return was;
  const whole = direction(list);
  const { ports, unspecified: _unspecified, ...pair } = whole;
  const text = portListText(ports, LABEL_PORTS);
  return { id, ...pair, label: directionText(whole, text.short), fullLabel: directionText(whole, text.full) };
}

/** Ranges an edge label shows before it summarises (`tcp 9080, 9443, 9763 +3`). */
const LABEL_PORTS = 3;

/** The pair's two directions on one edge; a style holds when it holds for either direction. */
function drawnEdges(pairs: readonly FlowPair[], before?: ReadonlyMap<string, DrawnEdge>): DrawnEdge[] {
  return unorderedPairs(pairs).map((link) => edgeOf(link, before?.get(link.id)));
}

function edgeOf(link: LinkPair<FlowPair>, was: DrawnEdge | undefined): DrawnEdge {
  if (was && was.ab === link.ab && was.ba === link.ba) return was;
  const both = [link.ab, link.ba].filter((p): p is FlowPair => p !== undefined);
  return {
    ...link,
    conditional: both.every((p) => p.conditional || p.allExcluded) && both.some((p) => p.conditional),
    crossesZones: both.some((p) => p.crossesZones),
    local: both.every((p) => p.local),
    allExcluded: both.every((p) => p.allExcluded),
    internalOnly: both.every((p) => p.internalOnly || p.allExcluded) && both.some((p) => p.internalOnly),
    hasUserFlow: both.some((p) => p.hasUserFlow),
  };
}

/**
 * The steps deriving `edited` from `design`'s derivation, as an edit does,
 * remembered nowhere (rehearse-edits.ts runs them on copies); undefined when
 * `design` has no derivation to start from.
 */
export function unrememberedSteps(design: Design, edited: Design): Generator<void, Derived> | undefined {
  const from = cache.get(design);
  return from && !from.derived.overLimit ? deriveSteps(edited, from.catalogue, from) : undefined;
}
