/**
 * React Flow's edges on a large estate. Leaving the overview, the edges in
 * view (the ones it would draw) join a chunk per task, after the components
 * they link. Handing React Flow all 1767 edges of a 1000-component estate in
 * the frame that also draws the components cost that frame its connection
 * index and every edge and label in view at once: well over the 50 ms of a
 * frame.
 *
 * Then React Flow has the edges of a window: the view widened by one view on
 * every side, every edge whose two ends' box meets it. React Flow walks every
 * edge it has on each store change (its culling) and indexes them all on each
 * new list: 3680 edges at 2000 components were a task of 60–70 ms when they
 * joined, and that walk on every drag and pan frame. The window moves when
 * the view leaves it (a pan past one view, a zoom out), so every edge React
 * Flow would draw is always among those it has.
 *
 * The edges joining are not drawn until the last has joined (`hidden`, the
 * canvas's `joining` class): each chunk drawn at once made the browser paint
 * again most of the view under it, the zones, components, labels and dashed
 * curves already there, 15–40 ms of software raster a frame on top of the
 * chunk's script (2000 components, 2 cores). Hidden, they are painted once.
 * On a slow machine, whose reveal takes a second or more, they show after
 * SHOW_AFTER_MS, and the rest join in sight, those of the components in view
 * first.
 */
import type { Edge, InternalNode } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ViewRect } from './reveal';

/**
 * Edges in view mounted per frame: each costs its path, arrowheads and label (0.3–0.5 ms at 1x, four
 * times that on a slow laptop), so the chunk is sized from what the last one cost, to about
 * CHUNK_BUDGET_MS. With the frame's drawing that makes two frames, and a garbage collection or another
 * task landing on top still keeps it within three (50 ms).
 */
const FIRST_CHUNK = 20;
const CHUNK_BUDGET_MS = 12;
const MIN_CHUNK = 6;
const MAX_CHUNK = 60;

/** The next chunk's size, from the last one's and what it cost: grown at most twofold. */
export function nextChunk(size: number, costMs: number): number {
  const fitted = costMs > 0 ? Math.floor((size * CHUNK_BUDGET_MS) / costMs) : MAX_CHUNK;
  return Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, size * 2, fitted));
}

/** How long the edges joining may stay out of sight. */
const SHOW_AFTER_MS = 500;

interface Stage {
  /** The edges in view, in the order they join: reckoned by the first chunk, not in the frame that leaves the overview. */
  order?: readonly string[];
}

/** What the view and its nodes are (React Flow's store state). */
export interface ViewState {
  nodeLookup: ReadonlyMap<string, InternalNode>;
  transform: readonly [number, number, number];
  width: number;
  height: number;
}

/** React Flow's store, as far as the window reads it. */
interface ViewStore {
  getState(): ViewState & { nodes: readonly unknown[]; setEdges(edges: Edge[]): void };
  subscribe(
    listener: (state: ViewState & { nodes: readonly unknown[] }, previous: ViewState & { nodes: readonly unknown[] }) => void,
  ): () => void;
}

/** The part of the canvas in view; undefined before the pane has a size. */
export function viewRect({ transform, width, height }: Omit<ViewState, 'nodeLookup'>): ViewRect | undefined {
  const [tx, ty, zoom] = transform;
  if (!(width > 0 && height > 0 && zoom > 0)) return undefined;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** A view widened by one view on every side (three views wide and high). */
export const widened = (view: ViewRect): ViewRect => ({
  x: view.x - view.width,
  y: view.y - view.height,
  width: view.width * 3,
  height: view.height * 3,
});

/** Whether `inner` lies wholly inside `outer`. */
export const contains = (outer: ViewRect, inner: ViewRect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** The edges React Flow would draw at this view (those whose two ends' bounding box meets it), as it culls them. */
export function edgesInView(edges: readonly Edge[], state: ViewState): string[] {
  const view = viewRect(state);
  return view ? edgesInRect(edges, state.nodeLookup, view) : edges.map((edge) => edge.id);
}

/**
 * The edges whose two ends' bounding box meets `rect`; with `ends`, those with an end (its own box)
 * meeting it first, then those that only cross it.
 */
export function edgesInRect(edges: readonly Edge[], nodeLookup: ViewState['nodeLookup'], rect: ViewRect, ends = false): string[] {
  const left = rect.x;
  const top = rect.y;
  const right = rect.x + rect.width;
  const bottom = rect.y + rect.height;
  const ids: string[] = [];
  const crossing: string[] = [];
  for (const edge of edges) {
    const a = nodeLookup.get(edge.source);
    const b = nodeLookup.get(edge.target);
    if (!a || !b) continue;
    const pa = a.internals.positionAbsolute;
    const pb = b.internals.positionAbsolute;
    const ra = pa.x + (a.measured.width ?? a.initialWidth ?? 0);
    const rb = pb.x + (b.measured.width ?? b.initialWidth ?? 0);
    const ba = pa.y + (a.measured.height ?? a.initialHeight ?? 0);
    const bb = pb.y + (b.measured.height ?? b.initialHeight ?? 0);
    if (!(Math.min(pa.x, pb.x) < right && Math.max(ra, rb) > left && Math.min(pa.y, pb.y) < bottom && Math.max(ba, bb) > top)) continue;
    const endIn =
      !ends || (pa.x < right && ra > left && pa.y < bottom && ba > top) || (pb.x < right && rb > left && pb.y < bottom && bb > top);
    (endIn ? ids : crossing).push(edge.id);
  }
  return crossing.length ? ids.concat(crossing) : ids;
}

/**
 * The edges in view in the order they join: first those with an end in view (the flows of the
 * components the user is looking at), then those that only cross it. On a slow machine the
 * reveal takes a second or two, and the edges of what is on screen should not wait for the rest.
 */
export function revealOrder(edges: readonly Edge[], state: ViewState): string[] {
  const view = viewRect(state);
  return view ? edgesInRect(edges, state.nodeLookup, view, true) : edges.map((edge) => edge.id);
}

/** The first `count` of a stage's edges, as they are in `edges`. */
const joinedEdges = (order: readonly string[], count: number, edges: readonly Edge[]): Edge[] => {
  const ids = new Set(order.slice(0, count));
  return edges.filter((edge) => ids.has(edge.id));
};

const NO_EDGES: Edge[] = [];
/** No other work takes a frame (one function for every render: the chunks' effect depends on it). */
const NOTHING_ELSE = () => false;
/** How long after the components last moved the window's edges are placed again. */
const PLACE_AFTER_MS = 150;

/** The edges React Flow has outside a reveal: those of `rect`, placed from `of`. */
interface EdgeWindow {
  rect: ViewRect;
  ids: ReadonlySet<string>;
  of: readonly Edge[];
}

const sameIds = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));

/**
 * `edges` as React Flow should have them now; `start`, called (in the same
 * store update as the zoom) when the view leaves the overview; and `leave`,
 * called likewise when it enters the overview: the reveal ends, and React
 * Flow keeps only the edges it drew, until the page is idle (leave-detail.ts);
 * `hidden`, whether the edges React Flow has are joining out of sight.
 * `windowed`: only a window's edges once the reveal is done (a large estate,
 * React Flow culling). `overviewAt`: whether a zoom is the overview's, where
 * no window is placed (the zoom that enters it reaches the store before this
 * hook hears that it is in the overview). `yieldTo`: whether other work takes the
 * frame begun at a time (a label layout): the next chunk then waits for the frame after.
 */
export function useEdgeReveal(
  edges: readonly Edge[],
  overview: boolean,
  windowed: boolean,
  store: ViewStore,
  dragging: RefObject<boolean>,
  overviewAt: (zoom: number) => boolean,
  yieldTo: (frameStart: number) => boolean = NOTHING_ELSE,
): { shown: readonly Edge[]; hidden: boolean; start: () => void; leave: () => Edge[] } {
  const [stage, setStage] = useState<Stage | undefined>(undefined);
  const [hidden, setHidden] = useState(false);
  const [window, setWindow] = useState<EdgeWindow | undefined>(undefined);
  // The edges as last rendered, and where the window is (refs: read by the store subscription below).
  const latest = useRef(edges);
  const rect = useRef<ViewRect | undefined>(undefined);
  useLayoutEffect(() => {
    latest.current = edges;
  }, [edges]);
  // The window's edges where the components are now; a new object only when they differ.
  const place = useCallback(
    (at: ViewRect) => {
      rect.current = at;
      const of = latest.current;
      const ids = new Set(edgesInRect(of, store.getState().nodeLookup, at));
      setWindow((current) =>
        current && current.of === of && current.rect === at && sameIds(current.ids, ids) ? current : { rect: at, ids, of },
      );
    },
    [store],
  );
  // While the edges in view join, the window waits: it is placed as the last of them join.
  const revealing = useRef(false);
  // How many of the stage's edges React Flow has: each chunk hands them straight to its store, so
  // neither this canvas nor React Flow's props render again for it (that cost each chunk a frame).
  const joined = useRef(0);
  const start = useCallback(() => {
    revealing.current = true;
    rect.current = undefined;
    joined.current = 0;
    setStage({});
    setHidden(true);
  }, []);
  const leave = useCallback(() => {
    revealing.current = false;
    setStage(undefined);
    setHidden(false);
    return NO_EDGES;
  }, []);
  // The window follows the view (a new one once the view is no longer inside it) and the components:
  // placed again a moment after they last moved (an edit, a drag's end, a layout; each chunk of a
  // reveal moves none but changes React Flow's nodes), not on every drag frame or chunk.
  useEffect(() => {
    if (!windowed || overview) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = (state: ViewState) => {
      if (revealing.current || overviewAt(state.transform[2])) return;
      const view = viewRect(state);
      const current = rect.current;
      if (view && (!current || !contains(current, view))) place(widened(view));
    };
    follow(store.getState());
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) follow(state);
      if (state.nodes === previous.nodes || dragging.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => !revealing.current && rect.current && place(rect.current), PLACE_AFTER_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [windowed, overview, store, place, dragging, overviewAt]);
  // New edges (an edit): placed once React Flow has the components they join (after this commit).
  useEffect(() => {
    if (windowed && rect.current) place(rect.current);
  }, [edges, windowed, place]);
  // While the stage's edges join, the canvas hands React Flow none itself (the chunks go straight to
  // its store); an edit meanwhile goes there too, with the edges joined so far as they now are.
  useEffect(() => {
    if (stage?.order && joined.current > 0) store.getState().setEdges(joinedEdges(stage.order, joined.current, edges));
  }, [edges, stage, store]);
  const inWindow = useMemo(() => {
    if (!windowed || !window) return edges;
    // Edges the window has not placed yet (an edit's, until the effect above) are all kept meanwhile.
    const placed = window.of === edges ? undefined : new Set(window.of.map((edge) => edge.id));
    const kept = edges.filter((edge) => window.ids.has(edge.id) || (placed !== undefined && !placed.has(edge.id)));
    return kept.length === edges.length ? edges : kept;
  }, [edges, windowed, window]);
  const shown = overview || stage ? NO_EDGES : inWindow;
  // Each chunk once the one before has painted (a task after the next frame: chained tasks alone
  // would run several chunks before one frame), with the edges as they are then (an edit meanwhile).
  useEffect(() => {
    if (!stage) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    let size = FIRST_CHUNK;
    const show = setTimeout(() => setHidden(false), SHOW_AFTER_MS);
    const next = () => {
      frame = requestAnimationFrame((frameStart) => {
        timer = setTimeout(() => {
          if (yieldTo(frameStart)) return next();
          const order = (stage.order ??= revealOrder(latest.current, store.getState()));
          if (joined.current < order.length) {
            const started = performance.now();
            joined.current += size;
            store.getState().setEdges(joinedEdges(order, joined.current, latest.current));
            // Timed once React Flow has rendered them (its render runs in a microtask queued before this one).
            queueMicrotask(() => (size = nextChunk(size, performance.now() - started)));
            return next();
          }
          revealing.current = false;
          const view = viewRect(store.getState());
          if (windowed && view) place(widened(view));
          setStage(undefined);
          setHidden(false);
        });
      });
    };
    next();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(show);
    };
  }, [stage, windowed, store, place, yieldTo]);
  return { shown, hidden, start, leave };
}
