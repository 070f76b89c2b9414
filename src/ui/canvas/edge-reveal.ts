/**
 * React Flow's edges when the view leaves the overview: the edges in view
 * (the ones it would draw) join a chunk per task, after the components they
 * link, then every edge at once (the rest are culled, so they draw nothing).
 * Handing React Flow all 1767 edges of a 1000-component estate in the frame
 * that also draws the components cost that frame its connection index and
 * every edge and label in view at once: well over the 50 ms of a frame.
 */
import type { Edge, InternalNode } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';

/** Edges in view mounted per frame: each one costs its path, arrowheads and label (about 0.3 ms). */
const EDGES_PER_TASK = 50;

interface Stage {
  /** The edges in view, in the order they join. */
  order: readonly string[];
  /** How many of them React Flow has. */
  shown: number;
}

/** What the view and its nodes are (React Flow's store state). */
export interface ViewState {
  nodeLookup: ReadonlyMap<string, InternalNode>;
  transform: readonly [number, number, number];
  width: number;
  height: number;
}

/** The edges React Flow would draw at this view (those whose two ends' bounding box meets it), as it culls them. */
export function edgesInView(edges: readonly Edge[], { nodeLookup, transform, width, height }: ViewState): string[] {
  const [tx, ty, zoom] = transform;
  const left = -tx / zoom;
  const top = -ty / zoom;
  const right = left + width / zoom;
  const bottom = top + height / zoom;
  const ids: string[] = [];
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
    if (Math.min(pa.x, pb.x) < right && Math.max(ra, rb) > left && Math.min(pa.y, pb.y) < bottom && Math.max(ba, bb) > top)
      ids.push(edge.id);
  }
  return ids;
}

const NO_EDGES: Edge[] = [];

/**
 * `edges` as React Flow should have them now; `start`, called (in the same
 * store update as the zoom) when the view leaves the overview; and `leave`,
 * called likewise when it enters the overview: React Flow's edges go at once.
 * (Keeping the view's edges hidden for the overview's first frame cost more
 * than removing them: every one was drawn again for the nodes that hid.)
 */
export function useEdgeReveal(
  edges: readonly Edge[],
  overview: boolean,
): { shown: readonly Edge[]; start: (state: ViewState) => void; leave: () => Edge[] } {
  const [stage, setStage] = useState<Stage | undefined>(undefined);
  const start = useCallback((state: ViewState) => setStage({ order: edgesInView(edges, state), shown: 0 }), [edges]);
  const leave = useCallback(() => {
    setStage(undefined);
    return NO_EDGES;
  }, []);
  const shown = useMemo(() => {
    if (overview) return NO_EDGES;
    if (!stage) return edges;
    const ids = new Set(stage.order.slice(0, stage.shown));
    return edges.filter((edge) => ids.has(edge.id));
  }, [edges, stage, overview]);
  // The next chunk once this one has painted (a task after the next frame: chained tasks alone would
  // run several chunks before one frame); an edit meanwhile changes nothing of it.
  useEffect(() => {
    if (!stage) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setStage(stage.shown >= stage.order.length ? undefined : { ...stage, shown: stage.shown + EDGES_PER_TASK }));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [stage]);
  return { shown, start, leave };
}
