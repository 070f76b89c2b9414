/**
 * Dragging one component with the mouse, outside React Flow's store.
 *
 * React Flow moves a dragged node through its store on every mouse move: it
 * adopts every node it holds again (placing each zone's components from their
 * zone), and every mounted node and edge runs its selectors. On a large estate
 * that was most of a drag frame's script, which at 4x CPU throttle is a frame
 * of 60–80 ms. Here the drag is an offset in a store of its own: the
 * component draws itself shifted (ComponentNode), the edges at its ends follow
 * (FlowEdge's useEdgeShape), and nothing else runs. The design takes the new
 * position when the button is released, as one undo step, exactly as a drag
 * through React Flow ends (canvas-handlers.ts: commitMoves with the pointer,
 * so a drop into another zone moves the component there).
 *
 * React Flow still drags zones, several selected components together, and
 * anything dragged by touch; a press on a handle still draws a connection.
 */
import { useReactFlow, useStoreApi, type Edge } from '@xyflow/react';
import { useCallback, useEffect, type RefObject } from 'react';
import { create } from 'zustand';
import type { Rect } from '../../model/diagram';
import { useSessionStore } from '../../store/session-store';
import { commitMoves } from '../commands';
import { movesOf } from './canvas-handlers';
import type { ViewNode } from './view-nodes';

/** The component being dragged and how far, in canvas coordinates. */
export interface ComponentDrag {
  id: string;
  dx: number;
  dy: number;
}

export const useComponentDrag = create<{ drag: ComponentDrag | undefined }>()(() => ({ drag: undefined }));

/** How far `id` is dragged now (undefined when it is not): only its own subscribers change on a move. */
export const useDragOffset = (id: string): ComponentDrag | undefined => useComponentDrag((s) => (s.drag?.id === id ? s.drag : undefined));

/** The drag of whichever of an edge's two ends is dragged now. */
export const useDragAtEnds = (source: string, target: string): ComponentDrag | undefined =>
  useComponentDrag(useCallback((s) => (s.drag?.id === source || s.drag?.id === target ? s.drag : undefined), [source, target]));

/** A component's box where it is drawn: moved by the drag when it is the one dragged. */
export const shifted = (rect: Rect, id: string, drag: ComponentDrag | undefined): Rect =>
  drag?.id === id ? { ...rect, x: rect.x + drag.dx, y: rect.y + drag.dy } : rect;

/** Within this many pixels of the canvas's border the view pans along (as React Flow's drag does). */
const EDGE = 40;

/** How fast to pan along one axis: toward the near border, faster the closer. */
function panVelocity(at: number, size: number): number {
  const clamp = (value: number) => Math.min(EDGE, Math.max(1, value));
  if (at < EDGE) return clamp(EDGE - at) / EDGE;
  if (at > size - EDGE) return -clamp(at - (size - EDGE)) / EDGE;
  return 0;
}

/** Presses that stay React Flow's: on a handle (a new connection) or on a control inside the component. */
const NOT_A_DRAG = '.react-flow__handle, button, input, select, textarea, a, .nodrag';

/**
 * Listens on the canvas for a mouse press on a component and drags it.
 * `dragging` is the canvas's own flag (labels and the edge window wait while
 * it is set); `relayout` lays labels out again after the drop.
 */
export function useComponentDragging(canvas: RefObject<HTMLElement | null>, dragging: RefObject<boolean>, relayout: () => void): void {
  const store = useStoreApi<ViewNode, Edge>();
  const { screenToFlowPosition } = useReactFlow<ViewNode, Edge>();
  useEffect(() => {
    const root = canvas.current;
    if (!root) return;
    let stop: ((abandoned?: boolean) => void) | undefined;

    const onMouseDown = (event: MouseEvent) => {
      if (event.button !== 0 || !(event.target instanceof Element) || event.target.closest(NOT_A_DRAG)) return;
      const id = event.target.closest<HTMLElement>('.react-flow__node-component')?.dataset.id;
      if (!id) return;
      const { selectedNodes } = useSessionStore.getState();
      // Several selected, this one among them: they move together, through React Flow.
      if (selectedNodes.length > 1 && selectedNodes.includes(id)) return;
      const state = store.getState();
      const node = state.nodeLookup.get(id);
      if (!node || !state.domNode) return;
      // React Flow's drag listens on the node itself: it never sees this press. The default (focus) stays.
      event.stopPropagation();
      // A drag whose button was released where the page never heard of it is dropped, not committed.
      if (stop) {
        stop(true);
        useComponentDrag.setState({ drag: undefined });
        dragging.current = false;
      }

      // React Flow's own settings: how far a press moves before it is a drag, how fast the view pans along.
      const { nodeDragThreshold, autoPanSpeed } = state;
      const zoom = state.transform[2];
      const bounds = state.domNode.getBoundingClientRect();
      const start = { x: event.clientX, y: event.clientY };
      let pointer = start;
      // What the view has panned along meanwhile, in canvas coordinates.
      const panned = { x: 0, y: 0 };
      // How far React Flow's store has been told the component moved (see follow below).
      const told = { x: 0, y: 0 };
      let started = false;
      let frame: number | undefined;
      const offset = () => ({
        id,
        dx: (pointer.x - start.x) / zoom + panned.x - told.x,
        dy: (pointer.y - start.y) / zoom + panned.y - told.y,
      });
      // React Flow culls nodes and edges by where its store has them, and the dragged component stays
      // where it was there: once the view has panned along by half a view, the store is told where it
      // is, so it and its edges stay drawn (a node React Flow holds as dragging is never culled).
      const follow = () => {
        const current = store.getState().nodeLookup.get(id);
        const { dx, dy } = offset();
        if (!current || (Math.abs(dx) < bounds.width / zoom / 2 && Math.abs(dy) < bounds.height / zoom / 2)) return;
        const position = { x: current.position.x + dx, y: current.position.y + dy };
        store.getState().updateNodePositions(new Map([[id, { ...current, position }]]), true);
        told.x += dx;
        told.y += dy;
      };

      const autoPan = () => {
        frame = undefined;
        const x = panVelocity(pointer.x - bounds.left, bounds.width) * autoPanSpeed;
        const y = panVelocity(pointer.y - bounds.top, bounds.height) * autoPanSpeed;
        if (x !== 0 || y !== 0) {
          void store.getState().panBy({ x, y });
          panned.x -= x / zoom;
          panned.y -= y / zoom;
          follow();
          useComponentDrag.setState({ drag: offset() });
        }
        frame = requestAnimationFrame(autoPan);
      };
      const onMove = (move: MouseEvent) => {
        pointer = { x: move.clientX, y: move.clientY };
        if (!started) {
          if (Math.hypot(pointer.x - start.x, pointer.y - start.y) < nodeDragThreshold) return;
          started = true;
          dragging.current = true;
          // Dragging a component not selected selects it, as a click would.
          if (!useSessionStore.getState().selectedNodes.includes(id)) useSessionStore.getState().selectNodes([id]);
          frame = requestAnimationFrame(autoPan);
        }
        useComponentDrag.setState({ drag: offset() });
      };
      const onUp = (up: MouseEvent) => {
        stop?.();
        if (!started) return;
        // The press ended a drag, not a click: the click that follows selects nothing.
        const swallow = (click: MouseEvent) => {
          click.stopPropagation();
          click.preventDefault();
        };
        window.addEventListener('click', swallow, { capture: true, once: true });
        setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
        pointer = { x: up.clientX, y: up.clientY };
        const { dx, dy } = offset();
        const current = store.getState().nodeLookup.get(id) ?? node;
        dragging.current = false;
        commitMoves({
          ...movesOf([{ node: current.internals.userNode, position: { x: current.position.x + dx, y: current.position.y + dy } }]),
          pointer: { id, at: screenToFlowPosition(pointer) },
        });
        useComponentDrag.setState({ drag: undefined });
        relayout();
      };
      stop = (abandoned) => {
        window.removeEventListener('mousemove', onMove);
        window.removeEventListener('mouseup', onUp);
        if (frame !== undefined) cancelAnimationFrame(frame);
        stop = undefined;
        // Dropped, not committed: React Flow's node goes back to where the design has it.
        if (abandoned && (told.x !== 0 || told.y !== 0)) {
          const { nodes, setNodes } = store.getState();
          setNodes(nodes.map((n) => (n.id === id ? node.internals.userNode : n)));
        }
      };
      window.addEventListener('mousemove', onMove);
      window.addEventListener('mouseup', onUp);
    };

    root.addEventListener('mousedown', onMouseDown, { capture: true });
    return () => {
      root.removeEventListener('mousedown', onMouseDown, { capture: true });
      stop?.();
      useComponentDrag.setState({ drag: undefined });
    };
  }, [canvas, dragging, relayout, store, screenToFlowPosition]);
}
