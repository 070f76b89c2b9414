/**
 * Shift+drag on the empty canvas draws a box; the components and zones lying
 * wholly inside it become the selection. React Flow's own box selection went
 * with its selection (canvas-handlers.ts): this one reads the boxes React
 * Flow already knows (measured, or estimated for components never drawn) and
 * hands the session the ids, so a box over a 1000-component estate costs one
 * pass over the nodes when the button is released, nothing while it is drawn
 * but the box itself. Not in the overview, where Shift+click on a box adds it
 * to the selection instead (OverviewBoxes.tsx).
 */
import { useReactFlow, useStoreApi, type Edge, type InternalNode } from '@xyflow/react';
import { useContext, useEffect, useRef, useState } from 'react';
import { rectBetween, rectWithin } from '../../model/diagram';
import { useSessionStore } from '../../store/session-store';
import { nodeRect } from './diagram-state';
import { Overview } from './overview';
import type { ViewNode } from './view-nodes';

/**
 * What a press must not start a box on: components, a zone's title and resize handles (they drag
 * it), edges and their labels, and the overlays' controls. A zone's body is empty canvas here.
 */
const NOT_EMPTY = [
  '.react-flow__node-component',
  '.zone-title',
  '.react-flow__resize-control',
  '.react-flow__edge',
  '.react-flow__handle',
  '.react-flow__panel',
  '.edge-label',
  'button, input, select, textarea, a',
].join(', ');

/** The box between two screen points, placed in the canvas's own pixels (relative to `origin`). */
const between = (a: { x: number; y: number }, b: { x: number; y: number }, origin: DOMRect) => {
  const { x, y, width, height } = rectBetween(a, b);
  return { left: x - origin.left, top: y - origin.top, width, height };
};

export function BoxSelect() {
  const store = useStoreApi<ViewNode, Edge>();
  const { screenToFlowPosition } = useReactFlow<ViewNode, Edge>();
  const overview = useContext(Overview);
  const [box, setBox] = useState<ReturnType<typeof between> | undefined>(undefined);
  const anchor = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const wrapper = anchor.current?.closest<HTMLElement>('.react-flow');
    if (!wrapper || overview) return;
    let press: { pointerId: number; from: { x: number; y: number } } | undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!event.shiftKey || event.button !== 0 || event.defaultPrevented || !(event.target instanceof Element)) return;
      if (event.target.closest(NOT_EMPTY)) return;
      // Ours: no pan starts (and no mouse events follow a cancelled pointerdown).
      event.preventDefault();
      event.stopPropagation();
      press = { pointerId: event.pointerId, from: { x: event.clientX, y: event.clientY } };
      wrapper.setPointerCapture(event.pointerId);
      setBox(between(press.from, press.from, wrapper.getBoundingClientRect()));
    };
    const onPointerMove = (event: PointerEvent) => {
      if (press?.pointerId !== event.pointerId) return;
      setBox(between(press.from, { x: event.clientX, y: event.clientY }, wrapper.getBoundingClientRect()));
    };
    const onPointerUp = (event: PointerEvent) => {
      if (press?.pointerId !== event.pointerId) return;
      const area = rectBetween(screenToFlowPosition(press.from), screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      press = undefined;
      if (wrapper.hasPointerCapture(event.pointerId)) wrapper.releasePointerCapture(event.pointerId);
      setBox(undefined);
      const chosen: string[] = [];
      for (const node of store.getState().nodeLookup.values() as IterableIterator<InternalNode<ViewNode>>) {
        if (rectWithin(nodeRect(node), area)) chosen.push(node.id);
      }
      useSessionStore.getState().selectNodes(chosen);
    };
    wrapper.addEventListener('pointerdown', onPointerDown, { capture: true });
    wrapper.addEventListener('pointermove', onPointerMove);
    wrapper.addEventListener('pointerup', onPointerUp);
    wrapper.addEventListener('pointercancel', onPointerUp);
    return () => {
      wrapper.removeEventListener('pointerdown', onPointerDown, { capture: true });
      wrapper.removeEventListener('pointermove', onPointerMove);
      wrapper.removeEventListener('pointerup', onPointerUp);
      wrapper.removeEventListener('pointercancel', onPointerUp);
    };
  }, [store, screenToFlowPosition, overview]);

  return (
    <div ref={anchor} className="box-select-anchor">
      {box && <div className="box-select" style={box} data-testid="box-select" />}
    </div>
  );
}
