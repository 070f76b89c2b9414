/**
 * The components of a large estate in the overview: one box each, in its
 * product's colour, on one canvas under the zones' titles. React Flow keeps
 * them as hidden nodes (reveal.ts), so none of them has DOM: opening,
 * panning and zooming the overview cost a canvas redraw, not thousands of
 * elements. A click selects a box (Shift, Ctrl or Cmd add to the
 * selection); a drag moves it and is committed as one design change, the
 * component joining the zone under the pointer, as any drag on the canvas.
 * With one component selected, the boxes not connected to it are dimmed.
 */
import { useReactFlow, useStoreApi, type InternalNode } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';
import type { Rect } from '../../model/diagram';
import type { FlowPair } from '../../store/derived';
import { designCatalogue } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';
import { commitMoves } from '../commands';
import { adding } from './canvas-handlers';
import { nodeRect } from './diagram-state';
import { clearToView, PAN_MARGIN, panTo, type DrawnView } from './OverviewEdges';
import { productColour, type ViewNode } from './view-nodes';

/** A pointer that moves less than this (screen px) between press and release clicks, and does not drag. */
const CLICK_SLOP = 3;
const ACCENT = '#1f5fbf';
const DIMMED = 0.22;

/** The product's colour at 22 % on white: the box reads as the product without shouting. */
function tint(colour: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!hex) return '#e8ebf0';
  const mix = (part: string) => Math.round(parseInt(part, 16) * 0.22 + 255 * 0.78);
  return `rgb(${mix(hex[1]!)} ${mix(hex[2]!)} ${mix(hex[3]!)})`;
}

const contains = (r: Rect, p: { x: number; y: number }) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

type Press = {
  id: string;
  pointerId: number;
  client: { x: number; y: number };
  flow: { x: number; y: number };
  node: InternalNode<ViewNode>;
};

export function OverviewBoxes({ pairs, active = true }: { pairs: readonly FlowPair[]; active?: boolean }) {
  const store = useStoreApi<ViewNode>();
  const { screenToFlowPosition } = useReactFlow();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  /**
   * The canvas covers the pane alone until the first pan: a canvas's first drawing allocates its
   * pixels, and in software raster the pane with its margins (1.1 million pixels at 1440×900) cost
   * 20–45 ms of the estate's opening, against 7–9 for the pane alone. Kept while the canvas is, so
   * coming back to the overview does not allocate it again at another size.
   */
  const margin = useRef(0);

  // Before paint, so the first frame of the overview is drawn; inactive (the detail view), no box is drawn or hit.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    const wrapper = canvas?.closest<HTMLElement>('.react-flow');
    if (!canvas || !context || !wrapper || !active) return;
    let frame = 0;
    let drawn: DrawnView | undefined;
    /** Something other than the view changed since the boxes were drawn (nodes, selection, a drag). */
    let stale = true;
    /** The component nodes last drawn. React Flow gives a node a new object whenever anything of it changes. */
    let drawnNodes = new Map<string, InternalNode<ViewNode>>();
    /** Whether any component's node is not the one drawn (a zone measured, say, changes none). */
    const boxesChanged = (nodeLookup: Map<string, InternalNode<ViewNode>>) => {
      let count = 0;
      for (const node of nodeLookup.values()) {
        if (node.type !== 'component') continue;
        count++;
        if (drawnNodes.get(node.id) !== node) return true;
      }
      return count !== drawnNodes.size;
    };
    let press: Press | undefined;
    /** The box being dragged and how far (canvas units), kept until React Flow has the committed position. */
    let moved: { id: string; dx: number; dy: number; committed: boolean } | undefined;

    const neighboursOf = (id: string) => {
      const near = new Set([id]);
      for (const pair of pairs) {
        if (pair.from === id) near.add(pair.to);
        else if (pair.to === id) near.add(pair.from);
      }
      return near;
    };
    const boxOf = (node: InternalNode<ViewNode>): Rect => {
      const rect = nodeRect(node);
      return moved?.id === node.id ? { ...rect, x: rect.x + moved.dx, y: rect.y + moved.dy } : rect;
    };

    const draw = () => {
      frame = 0;
      const { nodeLookup, transform, width, height } = store.getState();
      // A pan with nothing else changed moves the drawing (OverviewEdges.tsx, panTo).
      if (!stale && panTo(canvas, drawn, transform, width, height)) return;
      // A pan past the pane: from now on the drawing reaches past it, so the next pans move it.
      if (!stale && drawn?.zoom === transform[2]) margin.current = PAN_MARGIN;
      stale = false;
      const zoom = transform[2];
      const cleared = clearToView(context, width, height, transform, margin.current);
      drawn = cleared.drawn;
      const view = cleared.covers;
      const selected = new Set(useSessionStore.getState().selectedNodes);
      const [only] = selected;
      const focus = selected.size === 1 && only ? neighboursOf(only) : undefined;
      // One path per colour and look: a few fills and strokes for thousands of boxes.
      const groups = new Map<string, { colour: string; dim: boolean; boxes: Rect[] }>();
      const catalogue = designCatalogue();
      const chosen: Rect[] = [];
      drawnNodes = new Map();
      for (const node of nodeLookup.values()) {
        if (node.type === 'component') drawnNodes.set(node.id, node);
        if (node.type !== 'component' || !('instance' in node.data)) continue;
        const box = boxOf(node);
        if (!overlaps(box, view)) continue;
        if (selected.has(node.id)) chosen.push(box);
        const colour = productColour(node.data.instance.type, catalogue);
        const dim = !!focus && !focus.has(node.id);
        const key = `${colour}|${dim}`;
        const group = groups.get(key);
        if (group) group.boxes.push(box);
        else groups.set(key, { colour, dim, boxes: [box] });
      }
      context.lineWidth = 1 / zoom;
      for (const { colour, dim, boxes } of groups.values()) {
        context.globalAlpha = dim ? DIMMED : 1;
        context.beginPath();
        for (const box of boxes) context.rect(box.x, box.y, box.width, box.height);
        context.fillStyle = tint(colour);
        context.fill();
        context.strokeStyle = colour;
        context.stroke();
      }
      context.globalAlpha = 1;
      if (chosen.length > 0) {
        context.beginPath();
        for (const box of chosen) context.rect(box.x, box.y, box.width, box.height);
        context.lineWidth = 2.5 / zoom;
        context.strokeStyle = ACCENT;
        context.stroke();
      }
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(draw);
    };
    const redraw = () => {
      stale = true;
      schedule();
    };

    /** The top-most component box under a screen point, if any. */
    const boxAt = (client: { x: number; y: number }) => {
      const at = screenToFlowPosition(client);
      let hit: InternalNode<ViewNode> | undefined;
      for (const node of store.getState().nodeLookup.values()) if (node.type === 'component' && contains(boxOf(node), at)) hit = node;
      return hit && { node: hit, at };
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 || !(event.target instanceof Element)) return;
      // The overlays, a zone's title (it drags the zone) and any control keep their own handling.
      if (event.target.closest('.react-flow__panel, .zone-title, button, input, select, textarea, a')) return;
      const client = { x: event.clientX, y: event.clientY };
      const hit = boxAt(client);
      if (!hit) return;
      // Ours: no pan, no zone selection (and no mouse events follow a cancelled pointerdown).
      event.preventDefault();
      event.stopPropagation();
      const id = hit.node.id;
      useSessionStore.getState().pickNode(id, adding(event));
      press = { id, pointerId: event.pointerId, client, flow: hit.at, node: hit.node };
      wrapper.setPointerCapture(event.pointerId);
    };
    const onPointerMove = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.pointerId) return;
      if (!moved && Math.hypot(event.clientX - press.client.x, event.clientY - press.client.y) < CLICK_SLOP) return;
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      moved = { id: press.id, dx: at.x - press.flow.x, dy: at.y - press.flow.y, committed: false };
      redraw();
    };
    const onPointerUp = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.pointerId) return;
      const { node, id } = press;
      press = undefined;
      if (wrapper.hasPointerCapture(event.pointerId)) wrapper.releasePointerCapture(event.pointerId);
      if (!moved) return;
      moved.committed = true;
      const { width, height } = nodeRect(node);
      const position = { x: node.position.x + moved.dx, y: node.position.y + moved.dy };
      commitMoves({
        zones: new Map(),
        components: new Map([[id, { position, size: { width, height } }]]),
        pointer: { id, at: screenToFlowPosition({ x: event.clientX, y: event.clientY }) },
      });
      // A move the design refused (or that changed nothing) never reaches React Flow: the box goes back.
      const done = moved;
      setTimeout(() => {
        if (moved === done) moved = undefined;
        redraw();
      }, 400);
    };

    schedule();
    wrapper.addEventListener('pointerdown', onPointerDown, { capture: true });
    wrapper.addEventListener('pointermove', onPointerMove);
    wrapper.addEventListener('pointerup', onPointerUp);
    wrapper.addEventListener('pointercancel', onPointerUp);
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.nodes === previous.nodes &&
        state.transform === previous.transform &&
        state.width === previous.width &&
        state.height === previous.height
      )
        return;
      // The committed move has reached React Flow: its box is drawn where the node now is.
      if (moved?.committed && state.nodes !== previous.nodes) moved = undefined;
      // Measuring the zones after the first frame replaces nodes but moves no box: that is no redraw
      // (a redraw is a software raster of the whole canvas, about 25 ms at 2000 components).
      if (state.nodes !== previous.nodes && boxesChanged(state.nodeLookup)) stale = true;
      schedule();
    });
    const unsubscribeSelection = useSessionStore.subscribe((state, previous) => {
      if (state.selectedNodes !== previous.selectedNodes) redraw();
    });
    return () => {
      unsubscribe();
      unsubscribeSelection();
      cancelAnimationFrame(frame);
      wrapper.removeEventListener('pointerdown', onPointerDown, { capture: true });
      wrapper.removeEventListener('pointermove', onPointerMove);
      wrapper.removeEventListener('pointerup', onPointerUp);
      wrapper.removeEventListener('pointercancel', onPointerUp);
    };
  }, [store, pairs, screenToFlowPosition, active]);

  return <canvas ref={canvasRef} className="overview-edges overview-boxes" aria-hidden="true" hidden={!active} />;
}
