/**
 * The canvas's answers to React Flow's events. A finished drag becomes one
 * design change (one undo step, zones included), with the grabbed component
 * joining the zone under the pointer; React Flow applies every other change
 * itself. Handlers that read nothing of the canvas are module constants: a
 * new function on each render would re-render React Flow's every node.
 */
import {
  useReactFlow,
  useStoreApi,
  type Connection,
  type Edge,
  type NodeChange,
  type NodePositionChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useCallback, useRef, type DragEvent, type RefObject } from 'react';
import { useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';
import { commitMoves, placeComponent } from '../commands';
import type { ViewNode } from './view-nodes';
import { edgesForDrag } from './drag-edges';

export const PALETTE_MIME = 'application/x-portolan-component';

export function onSelectionChange({ nodes: n, edges: e }: OnSelectionChangeParams): void {
  const session = useSessionStore.getState();
  const ids = n.map((node) => node.id);
  if (e.length > 0 && ids.length === 0) {
    if (session.selectedEdge !== e[0]!.id) session.selectEdge(e[0]!.id);
  } else if (ids.join() !== session.selectedNodes.join()) {
    if (ids.length > 0 || e.length === 0) session.selectNodes(ids);
  }
}

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
 * Node drags (`draggingRef` is true during one; `relayout` lays labels out after it) and drops from
 * the palette. During a drag React Flow has only the edges the drag can show (drag-edges.ts).
 */
export function useDragAndDrop(draggingRef: RefObject<boolean>, relayout: () => void) {
  const { screenToFlowPosition, getNode } = useReactFlow<ViewNode, Edge>();
  const store = useStoreApi<ViewNode, Edge>();
  const releasedAt = useRef<{ id: string; at: { x: number; y: number } } | undefined>(undefined);
  // The edges React Flow had before a drag narrowed them, and the narrowed list it was handed.
  const narrowed = useRef<{ all: Edge[]; kept: Edge[] } | undefined>(undefined);
  const onNodesChange = useCallback(
    (changes: NodeChange<ViewNode>[]) => {
      const finished = changes.filter((c): c is NodePositionChange => c.type === 'position' && c.dragging === false);
      if (finished.length === 0) return;
      const components = new Map<string, { position: { x: number; y: number }; size: { width: number; height: number } }>();
      const zones = new Map<string, { x: number; y: number }>();
      for (const change of finished) {
        const node = getNode(change.id);
        if (!node) continue;
        const position = change.position ?? node.position;
        if (node.type === 'zone') zones.set(node.id, position);
        else components.set(node.id, { position, size: { width: node.measured?.width ?? 220, height: node.measured?.height ?? 96 } });
      }
      // Commit after React Flow's own update (and after onNodeDragStop has noted the pointer).
      queueMicrotask(() => {
        const pointer = releasedAt.current;
        releasedAt.current = undefined;
        commitMoves({ zones, components, ...(pointer && { pointer }) });
      });
    },
    [getNode],
  );
  const onNodeDragStart = useCallback(
    (_: unknown, __: ViewNode, nodes: ViewNode[]) => {
      draggingRef.current = true;
      const state = store.getState();
      const kept = edgesForDrag(
        state.edges,
        state,
        nodes.map((n) => n.id),
      );
      if (kept.length === state.edges.length) return;
      narrowed.current = { all: state.edges, kept };
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
