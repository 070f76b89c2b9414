/**
 * React Flow's edges while a node is dragged. With its own culling on, React
 * Flow walks every edge it has, on every store change, to find the ones in
 * view: 1767 edges of a 1000-component estate on each drag frame, the
 * largest single cost of a frame in JS at 4x CPU throttle. During a drag the
 * view stays where it is (or auto-pans slowly at the border), so for the drag
 * React Flow is handed only the edges that can be drawn meanwhile: those whose
 * two ends' box meets the view widened by one view on every side, and every
 * edge of a node that moves. React Flow still culls those as before, so what
 * is drawn is unchanged; when the drag ends it has every edge again. An
 * auto-pan that takes the view past that reach narrows them again around the
 * view then (canvas-handlers.ts).
 */
import type { Edge, InternalNode } from '@xyflow/react';
import { edgesInRect, viewRect, widened, type ViewState } from './edge-reveal';
import type { ViewRect } from './reveal';

/** Where a drag's edges are kept: the view and one view's width and height around it (an auto-pan's reach for a while). */
export function dragReach(state: ViewState): ViewRect | undefined {
  const view = viewRect(state);
  return view && widened(view);
}

/**
 * The edges to keep while `dragged` (node ids) move: none dropped that the drag could show. An
 * auto-pan that takes the view out of `reach` asks again, with the reach around the view then.
 */
export function edgesForDrag(edges: readonly Edge[], state: ViewState, dragged: readonly string[], reach = dragReach(state)): Edge[] {
  const { nodeLookup } = state;
  const keep = new Set(reach ? edgesInRect(edges, nodeLookup, reach) : edges.map((edge) => edge.id));
  const moving = new Set(dragged);
  // A zone's components move with it.
  for (const node of nodeLookup.values() as Iterable<InternalNode>) if (node.parentId && moving.has(node.parentId)) moving.add(node.id);
  return edges.filter((edge) => keep.has(edge.id) || moving.has(edge.source) || moving.has(edge.target));
}
