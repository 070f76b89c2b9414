/**
 * The canvas's answers to React Flow's events. A finished drag becomes one
 * design change (one undo step, zones included), with the grabbed component
 * joining the zone under the pointer; React Flow applies every other change
 * itself. Handlers that read nothing of the canvas are module constants: a
 * new function on each render would re-render React Flow's every node.
 */
import { useReactFlow, useStoreApi, type Connection, type Edge, type NodeChange, type NodePositionChange } from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useRef,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type RefObject,
} from 'react';
import { derivedOf } from '../../store/derived';
import { useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';
import { commitMoves, placeComponent } from '../commands';
import type { ViewNode } from './view-nodes';
import { dragReach, edgesForDrag } from './drag-edges';
import { contains, viewRect, widened } from './edge-reveal';
import type { ViewRect } from './reveal';

export const PALETTE_MIME = 'application/x-portolan-component';

/*
 * The selection is the session's alone: React Flow is told of none (`elementsSelectable` is off in
 * Canvas.tsx) but a selection of several components, which it must know to drag them together.
 * Each selection it applied itself re-adopted every node, tested every edge for the view and
 * rebuilt its selection changes over all 2767 nodes and edges of a 1000-component estate: about
 * half the main thread's work of a selection, and 20–30 ms of the first ones after opening.
 */
/** Whether a click adds to the selection (or takes out of it) rather than replacing it: Shift, Ctrl or Cmd. */
export const adding = (event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }) =>
  event.shiftKey || event.ctrlKey || event.metaKey;

/** Nodes at new positions (relative to their zone) as one design change: zones and components apart, as commitMoves takes them. */
/** The design's moves for nodes let go at `position` (each relative to its zone, as React Flow has it). */
export function movesOf(moved: Iterable<{ node: ViewNode; position: { x: number; y: number } }>) {
  const zones = new Map<string, { x: number; y: number }>();
  const components = new Map<string, { position: { x: number; y: number }; size: { width: number; height: number } }>();
  for (const { node, position } of moved) {
    if (node.type === 'zone') zones.set(node.id, position);
    else components.set(node.id, { position, size: { width: node.measured?.width ?? 220, height: node.measured?.height ?? 96 } });
  }
  return { zones, components };
}

export function onNodeClick(event: ReactMouseEvent, node: ViewNode): void {
  useSessionStore.getState().pickNode(node.id, adding(event));
}

/**
 * Selects what a drawn edge stands for. The canvas draws one edge per unordered pair (`a~b`); the
 * inspector, the matrix and the canvas's highlight name a directed pair (`from>to`), so the
 * selection is the first direction the edge carries (the inspector shows both).
 */
export function selectDrawnEdge(id: string): void {
  const drawn = derivedOf(useDesignStore.getState().design).edgeById.get(id);
  const pair = drawn && (drawn.ab ?? drawn.ba);
  const session = useSessionStore.getState();
  if (pair && session.selectedEdge !== pair.id) session.selectEdge(pair.id);
}

export function onEdgeClick(_: ReactMouseEvent, edge: Edge): void {
  selectDrawnEdge(edge.id);
}

const ARROWS: Record<string, { x: number; y: number }> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};
/** An arrow key moves the selection this far (four times with Shift), as React Flow's own keys did. */
const KEY_STEP = 5;

/**
 * Keys on a focused component, zone or edge: Enter or space selects it, as a click does; an arrow
 * moves the selection it belongs to (one undo step per press, like a drag).
 */
export function useCanvasKeys() {
  const { getNode } = useReactFlow<ViewNode, Edge>();
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!(event.target instanceof Element)) return;
      const item = event.target.closest('.react-flow__node, .react-flow__edge');
      const id = item?.getAttribute('data-id');
      if (!item || !id || item !== event.target) return;
      const session = useSessionStore.getState();
      const isNode = item.classList.contains('react-flow__node');
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (isNode) session.pickNode(id, adding(event));
        else selectDrawnEdge(id);
        return;
      }
      // A selection of several is React Flow's to move (it knows of it: dragTogether), and it says so.
      const arrow = ARROWS[event.key];
      if (!arrow || !isNode || event.defaultPrevented || !session.selectedNodes.includes(id)) return;
      event.preventDefault();
      const step = KEY_STEP * (event.shiftKey ? 4 : 1);
      const nodes = session.selectedNodes.flatMap((selected) => getNode(selected) ?? []);
      commitMoves(
        movesOf(nodes.map((node) => ({ node, position: { x: node.position.x + arrow.x * step, y: node.position.y + arrow.y * step } }))),
      );
    },
    [getNode],
  );
}

/**
 * The components React Flow drags together: the selection when it holds several, else none (a
 * drag then moves the grabbed component alone, as React Flow does for one it has not selected).
 */
export function dragTogether(selected: readonly string[]): ReadonlySet<string> {
  return selected.length > 1 ? new Set(selected) : NONE;
}
const NONE: ReadonlySet<string> = new Set();

export function onConnect(connection: Connection): void {
  if (connection.source === connection.target) return;
  const from = connection.source;
  const to = connection.target;
  const isComponent = (id: string) => useDesignStore.getState().design.components.some((c) => c.id === id);
  if (isComponent(from) && isComponent(to)) useSessionStore.getState().openDialog({ kind: 'connect', from, to });
}

export function onDragOver(event: DragEvent): void {
  if (event.dataTransfer.types.includes(PALETTE_MIME)) {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }
}

/**
 * React Flow's node drags (`draggingRef` is true during one; `relayout` lays labels out after it):
 * zones, several selected components, touch (one component dragged by the mouse: component-drag.ts),
 * and drops from the palette. During a drag React Flow has only the edges the drag can show
 * (drag-edges.ts).
 */
export function useDragAndDrop(draggingRef: RefObject<boolean>, relayout: () => void) {
  const { screenToFlowPosition, getNode } = useReactFlow<ViewNode, Edge>();
  const store = useStoreApi<ViewNode, Edge>();
  const releasedAt = useRef<{ id: string; at: { x: number; y: number } } | undefined>(undefined);
  // The edges React Flow had before a drag narrowed them, the narrowed list it was handed, the nodes
  // dragged and the part of the canvas the list was narrowed to.
  const narrowed = useRef<{ all: Edge[]; kept: Edge[]; dragged: string[]; reach: ViewRect } | undefined>(undefined);
  // A drag held at the canvas's border pans the view along (React Flow's auto-pan): once the view
  // leaves the part the edges were narrowed to, they are narrowed again around it, so the components
  // that come into view have their edges. Not once the canvas has handed React Flow edges of its own.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const drag = narrowed.current;
        if (!drag || state.transform === previous.transform || state.edges !== drag.kept) return;
        const view = viewRect(state);
        if (!view || contains(drag.reach, view)) return;
        const reach = widened(view);
        narrowed.current = { ...drag, reach, kept: edgesForDrag(drag.all, state, drag.dragged, reach) };
        state.setEdges(narrowed.current.kept);
      }),
    [store],
  );
  const onNodesChange = useCallback(
    (changes: NodeChange<ViewNode>[]) => {
      const finished = changes.filter((c): c is NodePositionChange => c.type === 'position' && c.dragging === false);
      if (finished.length === 0) return;
      const moves = movesOf(
        finished.flatMap((change) => {
          const node = getNode(change.id);
          return node ? [{ node, position: change.position ?? node.position }] : [];
        }),
      );
      // Commit after React Flow's own update (and after onNodeDragStop has noted the pointer).
      queueMicrotask(() => {
        const pointer = releasedAt.current;
        releasedAt.current = undefined;
        commitMoves({ ...moves, ...(pointer && { pointer }) });
      });
    },
    [getNode],
  );
  const onNodeDragStart = useCallback(
    (_: unknown, grabbed: ViewNode, nodes: ViewNode[]) => {
      draggingRef.current = true;
      // Dragging a component not selected selects it, as a click would.
      const session = useSessionStore.getState();
      if (!session.selectedNodes.includes(grabbed.id)) session.selectNodes([grabbed.id]);
      const state = store.getState();
      const dragged = nodes.map((n) => n.id);
      const reach = dragReach(state);
      const kept = edgesForDrag(state.edges, state, dragged, reach);
      if (!reach || kept.length === state.edges.length) return;
      narrowed.current = { all: state.edges, kept, dragged, reach };
      state.setEdges(kept);
    },
    [draggingRef, store],
  );
  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, node: ViewNode) => {
      draggingRef.current = false;
      // Every edge back, unless the canvas has handed React Flow new edges meanwhile (an edit).
      const state = store.getState();
      if (narrowed.current && state.edges === narrowed.current.kept) state.setEdges(narrowed.current.all);
      narrowed.current = undefined;
      const point = 'clientX' in event ? event : event.changedTouches[0];
      if (node.type === 'component' && point)
        releasedAt.current = { id: node.id, at: screenToFlowPosition({ x: point.clientX, y: point.clientY }) };
      relayout();
    },
    [screenToFlowPosition, relayout, draggingRef, store],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_MIME);
      if (!type) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      placeComponent(type, { x: point.x - 110, y: point.y - 40 }, point);
    },
    [screenToFlowPosition],
  );

  return { onNodesChange, onNodeDragStart, onNodeDragStop, onDrop };
}
