/**
 * Entering the overview in two steps. The frame that enters it draws the
 * overview (its zones, and the boxes and arrows on their canvases) while the
 * detail view's components and edges stay mounted, not displayed (canvas.css,
 * `.leaving`); they go once the page is idle. Removing them in the entering
 * frame itself (about 20 components, 180 edges and their labels at 2000
 * components) made that frame 58–67 ms the first time on a page; in the next
 * task, they made the frame after it 67 ms instead (that frame draws the zone
 * arrows: OverviewZoneEdges.tsx).
 *
 * For that frame React Flow is handed exactly what it drew: the components
 * it drew stay shown and every other one is hidden, as in the overview; and
 * it keeps only the edges it drew. At the overview's zoom its culling would
 * otherwise draw every component and edge of the detail's window, which the
 * wider view now takes in. An edge does not draw again when an end it leads
 * to out of view is hidden (FlowEdge.tsx, sameEnd).
 */
import type { Edge } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { edgesInView, viewRect, type ViewState } from './edge-reveal';

/** The detail view goes when the page is idle, or after this long at the latest (ms). */
const GONE_WITHIN_MS = 1000;

/** What React Flow drew in detail, kept for the overview's first frame. */
export interface Leaving {
  /** The components drawn, kept shown. */
  ids: ReadonlySet<string>;
  /** The edges drawn, the only ones React Flow keeps (its own list when it drew them all). */
  edges: Edge[];
}

/** What React Flow drew at the view `before` (it culls what is out of view): undefined when it had no size. */
export function drawnAt(state: { edges: Edge[] } & ViewState, before: ViewState): Leaving | undefined {
  const view = viewRect(before);
  if (!view) return undefined;
  const right = view.x + view.width;
  const bottom = view.y + view.height;
  const ids = new Set<string>();
  for (const node of state.nodeLookup.values()) {
    if (node.type !== 'component' || node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.initialWidth ?? 0;
    const height = node.measured.height ?? node.initialHeight ?? 0;
    if (x < right && x + width > view.x && y < bottom && y + height > view.y) ids.add(node.id);
  }
  const drawn = new Set(edgesInView(state.edges, { ...before, nodeLookup: state.nodeLookup }));
  return { ids, edges: drawn.size === state.edges.length ? state.edges : state.edges.filter((edge) => drawn.has(edge.id)) };
}

/**
 * The leaving detail view, while the overview's first frame is drawn: `begin` (from the store
 * update that enters the overview) keeps what React Flow drew; once the page is idle it is over
 * and `done` is called to take it away. `cancel` ends it without `done` (the view went back
 * into detail, which hands React Flow its own nodes and edges), and tells whether it was on.
 */
export function useLeavingDetail(): {
  leaving: Leaving | undefined;
  kept: () => ReadonlySet<string> | undefined;
  begin: (state: Parameters<typeof drawnAt>[0], before: ViewState, done: () => void) => Leaving | undefined;
  cancel: () => boolean;
} {
  const [leaving, setLeaving] = useState<Leaving | undefined>(undefined);
  // Read by the store update that hides the components, before this hook's state has rendered.
  const current = useRef<Leaving | undefined>(undefined);
  const pending = useRef<(() => void) | undefined>(undefined);
  const stop = useCallback(() => {
    pending.current?.();
    pending.current = undefined;
    current.current = undefined;
  }, []);
  const cancel = useCallback(() => {
    if (!current.current) return false;
    stop();
    setLeaving(undefined);
    return true;
  }, [stop]);
  const begin = useCallback(
    (state: Parameters<typeof drawnAt>[0], before: ViewState, done: () => void) => {
      stop();
      const found = drawnAt(state, before);
      // Nothing drawn (a design opened before the canvas had its view): nothing to keep.
      const drawn = found && (found.ids.size > 0 || found.edges.length > 0) ? found : undefined;
      current.current = drawn;
      setLeaving(drawn);
      if (!drawn) return undefined;
      pending.current = whenIdle(() => {
        pending.current = undefined;
        current.current = undefined;
        done();
        setLeaving(undefined);
      });
      return drawn;
    },
    [stop],
  );
  useEffect(() => stop, [stop]);
  const kept = useCallback(() => current.current?.ids, []);
  return { leaving, kept, begin, cancel };
}

/** Calls `run` once the page is idle (a task after the next frame where there is no idle callback); returns a cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: GONE_WITHIN_MS });
    return () => cancelIdleCallback(handle);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
