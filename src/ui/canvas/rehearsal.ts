/**
 * The detail view rehearsed while a large estate sits in the overview. The
 * first switch from the overview into detail runs code the page has never
 * run: React Flow's node wrappers and handles, the components' and edges'
 * renders, their measuring and their unmounting. Cold, that code made the
 * switch's frame 100–117 ms at 2000 components where the same switch took
 * 33 ms the second time and 17 ms the third (`npx tsx bench/overview.ts
 * --size 2000 --repeat 3`), the DOM work being the same each time.
 *
 * So, once the overview is idle, the switch is rehearsed (three times, the
 * code reaching its quickest by the third): the components nearest the
 * view's centre and the far ends of their edges are shown in React Flow for
 * a frame with the edges between them, invisible under the overview
 * (canvas.css, `.rehearsal`), their labels are laid out, the switch's own
 * reckoning runs for a view at 100 %, and all of it is hidden again. The
 * switch the user makes later runs code that has run before. Any move of the
 * view ends a rehearsal at once (a move into detail then hands React Flow its
 * nodes as usual).
 */
import type { Edge, InternalNode } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { DrawnEdge } from '../../store/derived';
import { edgesInView, viewRect, widened } from './edge-reveal';
import { computeLabelLayout } from './label-layout';
import { inView, Reveal } from './reveal';
import { mergeNodes, type ViewNode } from './view-nodes';

/**
 * How many components each rehearsal shows, at most: code runs faster the second time and reaches
 * its quickest by the third. The first, cold, shows a few, so that its task stays short; the last
 * about a view at 100 % (21 components at 1440×900).
 */
const SIZES = [6, 24, 24];
/** A rehearsal starts when the page is idle, or after this long at the latest (ms). */
const IDLE_WITHIN_MS = 2000;
/**
 * After a first rehearsal that took longer than this, from its start to a task after its render
 * (its labels' task and the frame between included), there is no other. Cold, the first takes
 * 50–61 ms here at 1x and 176 ms at 4x CPU throttling, where the later ones were long tasks of
 * 70–250 ms each: 2000 components were interactive 1.4 s later than without any rehearsal, which
 * costs a slow machine more than it saves its switch.
 */
const TOO_SLOW_MS = 100;

interface RehearsalStore {
  getState(): {
    nodes: readonly ViewNode[];
    nodeLookup: ReadonlyMap<string, InternalNode<ViewNode>>;
    transform: readonly [number, number, number];
    width: number;
    height: number;
  };
  subscribe(listener: (state: { transform: unknown }, previous: { transform: unknown }) => void): () => void;
}

/**
 * The `most` components nearest the centre of the view (those a zoom to 100 % there would show, or
 * the nearest ones when the centre is empty), and as many again of those they have edges to: the
 * edges React Flow draws between them are rehearsed too, and in detail most edges in view lead to a
 * component out of it.
 */
export function componentsAtDetail(
  state: ReturnType<RehearsalStore['getState']>,
  edges: readonly Edge[],
  most: number,
): ReadonlySet<string> {
  const centre = viewCentre(state);
  const distances: [string, number][] = [];
  for (const node of state.nodeLookup.values()) {
    if (node.type !== 'component') continue;
    const { x, y } = node.internals.positionAbsolute;
    const dx = Math.max(x - centre.x, 0, centre.x - x - (node.measured.width ?? 0));
    const dy = Math.max(y - centre.y, 0, centre.y - y - (node.measured.height ?? 0));
    distances.push([node.id, dx * dx + dy * dy]);
  }
  distances.sort((a, b) => a[1] - b[1]);
  const inView = new Set(distances.slice(0, most).map(([id]) => id));
  const ids = new Set(inView);
  for (const edge of edges) {
    if (ids.size >= 2 * most) break;
    if (inView.has(edge.source)) ids.add(edge.target);
    else if (inView.has(edge.target)) ids.add(edge.source);
  }
  return ids;
}

/** The edges React Flow can draw between rehearsed components (both ends shown). */
export function rehearsedEdges(edges: readonly Edge[], ids: ReadonlySet<string>): Edge[] {
  return edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
}

/**
 * The switch's own reckoning for a view at 100 % around the centre, its results dropped: which
 * components to show (Reveal.limit, mergeNodes) and which edges are in view (edgesInView). At the
 * first switch these ran cold as well: 5–7 ms each at 2000 components.
 */
export function rehearseCrossing(state: ReturnType<RehearsalStore['getState']>, edges: readonly Edge[]): void {
  const detail = atDetail(state);
  const view = viewRect(detail);
  if (!view) return;
  const dry = new Reveal();
  const near = inView(state.nodes, widened(view));
  mergeNodes(
    dry.limit(state.nodes, state.nodes, false, () => undefined, inView(state.nodes, view), near),
    state.nodes,
    new Set(),
  );
  dry.stop();
  edgesInView(edges, detail);
}

type ViewOf = { transform: readonly [number, number, number]; width: number; height: number };

/** The point at the centre of the pane, in canvas coordinates. */
function viewCentre({ transform: [tx, ty, zoom], width, height }: ViewOf): { x: number; y: number } {
  return { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom };
}

/** The state as a zoom to 100 % around the centre of the view would leave it. */
function atDetail<T extends ViewOf>(state: T): T {
  const centre = viewCentre(state);
  return { ...state, transform: [state.width / 2 - centre.x, state.height / 2 - centre.y, 1] as const };
}

/**
 * The labels of the rehearsed edges laid out as the detail view lays them out, the layout dropped:
 * in a task of its own while the rehearsed components are shown (the layout places labels among
 * the components React Flow shows). Cold, the first layout after the switch took 18 ms, 14 ms after.
 */
export function rehearseLabels(state: ReturnType<RehearsalStore['getState']>, edges: readonly DrawnEdge[]): void {
  const view = viewRect(atDetail(state));
  if (view) computeLabelLayout(state.nodeLookup, edges, view);
}

/** What a rehearsal hands React Flow: components and the edges between them. */
export interface Rehearsal {
  ids: ReadonlySet<string>;
  edges: readonly Edge[];
}

/**
 * While `idle` (a large estate in the overview), rehearses the switch into detail once per entry of
 * SIZES, per canvas. `show` hands React Flow a rehearsal's components and edges, and with undefined
 * takes them away again, both in one store update (React Flow draws an edge whose ends are hidden).
 * The rehearsal returned is the one shown now: the edges to hand React Flow, and the class that
 * keeps it all invisible.
 */
export function useDetailRehearsal(
  idle: boolean,
  store: RehearsalStore,
  edges: readonly Edge[],
  show: (rehearsal: Rehearsal | undefined) => void,
): Rehearsal | undefined {
  const latestEdges = useRef(edges);
  useEffect(() => {
    latestEdges.current = edges;
  }, [edges]);
  const [shown, setShown] = useState<Rehearsal | undefined>(undefined);
  // Each rehearsal's end asks for the next, once the page is idle again; none after a slow one.
  const [rehearsed, setRehearsed] = useState(0);
  const tooSlow = useRef(false);
  useEffect(() => {
    if (!idle || rehearsed >= SIZES.length || tooSlow.current || typeof requestIdleCallback !== 'function') return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    const end = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      unsubscribe?.();
      unsubscribe = undefined;
      show(undefined);
      setShown(undefined);
      setRehearsed((count) => count + 1);
    };
    const handle = requestIdleCallback(
      () => {
        const started = performance.now();
        const ids = componentsAtDetail(store.getState(), latestEdges.current, SIZES[rehearsed]!);
        if (ids.size === 0) return;
        const rehearsal = { ids, edges: rehearsedEdges(latestEdges.current, ids) };
        // From the second on: the first, the smallest, tells whether the machine is fast enough.
        if (rehearsed > 0) rehearseCrossing(store.getState(), latestEdges.current);
        // Any move of the view ends it (a move into detail hands React Flow its own nodes anyway).
        unsubscribe = store.subscribe((state, previous) => state.transform !== previous.transform && end());
        setShown(rehearsal);
        show(rehearsal);
        timer = setTimeout(() => {
          // Showing it (its render and commit, and the labels laid out meanwhile) took this long.
          if (performance.now() - started > TOO_SLOW_MS) tooSlow.current = true;
          // Hidden again once the rehearsed components have been drawn and measured (a task after the next frame).
          frame = requestAnimationFrame(() => {
            timer = setTimeout(end, 0);
          });
        }, 0);
      },
      { timeout: IDLE_WITHIN_MS },
    );
    return () => {
      cancelIdleCallback(handle);
      if (unsubscribe) end();
    };
  }, [idle, store, show, rehearsed]);
  return shown;
}
