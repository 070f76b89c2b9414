/**
 * Crossing into or out of the overview, and the node window in detail. Both
 * happen in React Flow's own store update that changes the view, not in a
 * render after it:
 * - Crossing, nodes are hidden or shown and React Flow's edges go in the same
 *   update as the zoom, so no frame mounts every node or edge in view at the
 *   new zoom before the overview takes over, or mounts them all at once on the
 *   way back (reveal.ts, edge-reveal.ts). Into the overview, what React Flow
 *   drew stays (invisible) for the first frame and goes once the page is idle
 *   (leave-detail.ts).
 * - In detail on a large estate, only the components near the view are shown
 *   (the window, reveal.ts); they follow the view in the same update as the
 *   move, so none comes into view hidden, also while a dragged zone or
 *   selection pans the view along.
 */
import type { Edge } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { contains, viewRect, type ViewState } from './edge-reveal';
import type { ViewRect } from './reveal';
import type { useLeavingDetail } from './leave-detail';
import type { ViewNode } from './view-nodes';

type CrossingState = ViewState & { nodes: ViewNode[]; edges: Edge[]; setEdges: (edges: Edge[]) => void };

interface CrossingStore {
  getState(): CrossingState;
  subscribe(listener: (state: CrossingState, previous: CrossingState) => void): () => void;
}

/** How the canvas takes part: its nodes, its edges' reveal and its leaving detail view. */
export interface CrossingParts {
  /** Whether a zoom is the overview's (for this design, now). */
  overviewAt: (zoom: number) => boolean;
  /** The window of components shown in detail; undefined when there is none (small design, overview). */
  nodeWindow: RefObject<ViewRect | undefined>;
  /** Hands React Flow the view nodes for its view now, when they differ from what it has. */
  syncViewNodes: () => void;
  /** The edges' reveal (edge-reveal.ts): started leaving the overview, ended entering it. */
  revealEdges: () => void;
  leaveEdges: () => Edge[];
  /** The detail view kept for the overview's first frame (leave-detail.ts). */
  leaving: Pick<ReturnType<typeof useLeavingDetail>, 'begin' | 'cancel'>;
}

export function useOverviewCrossing(store: CrossingStore, parts: CrossingParts) {
  const { overviewAt, nodeWindow, syncViewNodes, revealEdges, leaveEdges, leaving } = parts;
  const { begin, cancel } = leaving;
  useEffect(() => {
    // The detail view kept for the overview's first frame goes: React Flow is left with no edges, and
    // the components it drew hidden like the rest (unless the view went back into detail meanwhile).
    const leftDetail = () => {
      const state = store.getState();
      if (!overviewAt(state.transform[2])) return;
      if (state.edges.length > 0) state.setEdges([]);
      syncViewNodes();
    };
    return store.subscribe((state, previous) => {
      const into = overviewAt(state.transform[2]);
      if (into === overviewAt(previous.transform[2])) {
        // The nodes React Flow drags keep the positions it gave them (draggedAsTheyAre, view-nodes.ts).
        const moved = state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height;
        if (!moved || into || !nodeWindow.current) return;
        const view = viewRect(state);
        if (view && !contains(nodeWindow.current, view)) syncViewNodes();
        return;
      }
      if (into) {
        const none = leaveEdges();
        const left = begin(state, previous, leftDetail);
        const kept = left ? left.edges : none;
        if (kept !== state.edges && (kept.length > 0 || state.edges.length > 0)) state.setEdges(kept);
      } else if (cancel() && state.edges.length > 0) {
        // Back into detail before the page was idle: the edges kept for the overview's first frame go
        // as they would have by now (the edges in view join a chunk a frame: edge-reveal.ts).
        state.setEdges([]);
      }
      // Not handed again when they are already as they should be (a design opened before the canvas
      // mounted starts in the overview, before its fit moves the view).
      syncViewNodes();
      if (!into) revealEdges();
    });
  }, [store, overviewAt, nodeWindow, syncViewNodes, revealEdges, leaveEdges, begin, cancel]);
}
