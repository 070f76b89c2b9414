/**
 * The mini map: the whole design small, with the part in view left clear;
 * drag on it to pan, scroll on it to zoom. Drawn on one <canvas> straight
 * from React Flow's store. React Flow's own MiniMap keeps a subscription per
 * node, so every drag frame ran a selector for each of thousands of nodes;
 * this one redraws at most once a frame, without React, and moves a dragged
 * node's box when the drag ends.
 */
import { Panel, useReactFlow, useStoreApi, type InternalNode } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { productColour, type ViewNode } from './view-nodes';
import { nodeRect } from './diagram-state';
import { DrawnBoxes } from './drawn-boxes';
import type { Catalogue } from '../../model/catalogue/load';
import { designCatalogue } from '../../store/design-store';

const WIDTH = 196;
const HEIGHT = 112;
/** Margin around the drawing, in map pixels (React Flow's `offsetScale`). */
const MARGIN = 5;
const DRAG_REDRAW_MS = 100;
/** After an edit or a selection, the map waits this long (its frame is not the edit's). */
const AFTER_EDIT_MS = 150;
const ZONE_COLOUR = '#e6eaf0';

interface Mapping {
  /** Flow coordinates of the map's top-left corner, and map pixels per flow unit. */
  x: number;
  y: number;
  scale: number;
}

export function MiniMap() {
  const store = useStoreApi<ViewNode>();
  const { setViewport, zoomTo } = useReactFlow();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const mapping = useRef<Mapping>({ x: 0, y: 0, scale: 1 });

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let drawnAt = 0;

    // The drawn nodes, kept while the nodes and the map's scale stay as they are: a pan redraws only the veil.
    const layer = document.createElement('canvas');
    layer.width = canvas.width;
    layer.height = canvas.height;
    const layerContext = layer.getContext('2d')!;
    let bounds: { left: number; top: number; right: number; bottom: number } | undefined;
    let drawn: { catalogue: unknown } & Mapping = { catalogue: undefined, x: 0, y: 0, scale: 0 };

    const drawnBoxes = new DrawnBoxes();
    let drawnNodes: unknown;
    let drawnView: unknown[] = [];
    const same = <T,>(a: ArrayLike<T>, b: ArrayLike<T>) => {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
      return true;
    };

    // Whether the next drawing reads the boxes again: not when only the view moved (schedule).
    let checkBoxes = true;
    const draw = () => {
      frame = 0;
      timer = undefined;
      drawnAt = performance.now();
      const { nodes, nodeLookup, transform, width, height } = store.getState();
      // The same nodes array (a pan, a zoom): no box can have changed.
      const unchanged = nodes === drawnNodes || (!checkBoxes && bounds !== undefined);
      checkBoxes = false;
      const moved = !unchanged && !drawnBoxes.matches(nodeLookup);
      if (moved) drawnBoxes.keep(nodeLookup);
      if (!unchanged) drawnNodes = nodes;
      const viewKey = [transform, width, height, designCatalogue()];
      if (!moved && same(viewKey, drawnView)) return;
      drawnView = viewKey;
      const [tx, ty, zoom] = transform;
      const view = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
      if (!bounds || moved) {
        bounds = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
        // Every node's box, hidden ones too: in the overview every component is hidden (drawn as a box by OverviewBoxes.tsx).
        const { boxes } = drawnBoxes;
        for (let i = 0; i < boxes.length; i += 4) {
          bounds.left = Math.min(bounds.left, boxes[i]!);
          bounds.top = Math.min(bounds.top, boxes[i + 1]!);
          bounds.right = Math.max(bounds.right, boxes[i]! + boxes[i + 2]!);
          bounds.bottom = Math.max(bounds.bottom, boxes[i + 1]! + boxes[i + 3]!);
        }
      }
      const left = Math.min(view.x, bounds.left);
      const top = Math.min(view.y, bounds.top);
      const right = Math.max(view.x + view.width, bounds.right);
      const bottom = Math.max(view.y + view.height, bounds.bottom);
      // As React Flow's MiniMap: the bounds centred, scaled to fit, with a margin.
      const unitsPerPixel = Math.max((right - left) / WIDTH, (bottom - top) / HEIGHT) || 1;
      const margin = MARGIN * unitsPerPixel;
      const originX = left - (WIDTH * unitsPerPixel - (right - left)) / 2 - margin;
      const originY = top - (HEIGHT * unitsPerPixel - (bottom - top)) / 2 - margin;
      const scale = WIDTH / (WIDTH * unitsPerPixel + 2 * margin);
      mapping.current = { x: originX, y: originY, scale };

      const catalogue = designCatalogue();
      if (moved || drawn.catalogue !== catalogue || drawn.x !== originX || drawn.y !== originY || drawn.scale !== scale) {
        drawNodes(layerContext, nodeLookup.values(), catalogue);
        drawn = { catalogue, ...mapping.current };
      }
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.drawImage(layer, 0, 0);
      // Everything outside the view is veiled.
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      const vx = (view.x - originX) * scale;
      const vy = (view.y - originY) * scale;
      context.fillStyle = 'rgb(240 240 240 / 0.6)';
      context.beginPath();
      context.rect(0, 0, WIDTH, HEIGHT);
      context.rect(vx, vy, view.width * scale, view.height * scale);
      context.fill('evenodd');
      context.strokeStyle = '#9aa5b4';
      context.lineWidth = 1;
      context.strokeRect(vx, vy, view.width * scale, view.height * scale);
    };

    const drawNodes = (layer: CanvasRenderingContext2D, all: Iterable<InternalNode<ViewNode>>, catalogue: Catalogue) => {
      const { x: originX, y: originY, scale } = mapping.current;
      layer.setTransform(ratio, 0, 0, ratio, 0, 0);
      layer.fillStyle = '#fff';
      layer.fillRect(0, 0, WIDTH, HEIGHT);
      layer.setTransform(ratio * scale, 0, 0, ratio * scale, -ratio * scale * originX, -ratio * scale * originY);
      // Zones first, then components in their product's colour, one fill per colour.
      const byColour = new Map<string, InternalNode<ViewNode>[]>();
      for (const node of all) {
        const colour = 'instance' in node.data ? productColour(node.data.instance.type, catalogue) : ZONE_COLOUR;
        const list = byColour.get(colour);
        if (list) list.push(node);
        else byColour.set(colour, [node]);
      }
      const zones = byColour.get(ZONE_COLOUR) ?? [];
      byColour.delete(ZONE_COLOUR);
      for (const [colour, nodes] of [[ZONE_COLOUR, zones] as const, ...byColour]) {
        layer.fillStyle = colour;
        layer.beginPath();
        for (const node of nodes) {
          const { x, y, width, height } = nodeRect(node);
          layer.rect(x, y, width, height);
        }
        layer.fill();
      }
    };

    /** `viewOnly`: the view moved, and the boxes are checked later (scheduleLater) if the nodes changed too. */
    const schedule = (viewOnly = false) => {
      if (!viewOnly) checkBoxes = true;
      if (frame || timer) return;
      const dragging = store.getState().nodes.some((node) => node.dragging);
      const wait = dragging ? DRAG_REDRAW_MS - (performance.now() - drawnAt) : 0;
      if (wait > 0) timer = setTimeout(() => (frame = requestAnimationFrame(draw)), wait);
      else frame = requestAnimationFrame(draw);
    };
    // A change of nodes that is not a drag (an edit, a selection) redraws once the edit has painted:
    // at 1000 components the map costs a frame that is the edit's own otherwise.
    let later: ReturnType<typeof setTimeout> | undefined;
    const scheduleLater = () => {
      if (later !== undefined) return;
      later = setTimeout(() => {
        later = undefined;
        schedule();
      }, AFTER_EDIT_MS);
    };
    schedule();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) {
        // Crossing into or out of the overview changes every node with the zoom: reading 2000 boxes
        // in that frame cost it 10–20 ms, so the view is drawn now and the boxes checked after it.
        schedule(true);
        if (state.nodes !== previous.nodes && !state.nodes.some((node) => node.dragging)) scheduleLater();
      }
      // A drag moves boxes on the map when it ends: redrawing a thousand of them ten times a second
      // cost a slow machine's drag frames (a quarter of a drag at 100 % under 4x CPU throttle).
      else if (state.nodes !== previous.nodes && !state.nodes.some((node) => node.dragging)) scheduleLater();
    });

    // Scroll to zoom around the view's centre (non-passive, so the page does not scroll).
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      event.stopPropagation();
      const { transform, minZoom, maxZoom } = store.getState();
      const step = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * 10;
      void zoomTo(Math.min(maxZoom, Math.max(minZoom, transform[2] * 2 ** step)));
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(later);
      canvas.removeEventListener('wheel', onWheel);
    };
  }, [store, zoomTo]);

  // Drag to pan: the view follows the pointer across the map.
  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const canvas = event.currentTarget;
    canvas.setPointerCapture(event.pointerId);
    let last = { x: event.clientX, y: event.clientY };
    const move = (moved: PointerEvent) => {
      const [tx, ty, zoom] = store.getState().transform;
      const { scale } = mapping.current;
      void setViewport({ x: tx - ((moved.clientX - last.x) / scale) * zoom, y: ty - ((moved.clientY - last.y) / scale) * zoom, zoom });
      last = { x: moved.clientX, y: moved.clientY };
    };
    const up = () => {
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', up);
    };
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerup', up);
    canvas.addEventListener('pointercancel', up);
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap minimap">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label="Mini map"
        style={{ width: WIDTH, height: HEIGHT, display: 'block', cursor: 'grab' }}
        onPointerDown={onPointerDown}
      />
    </Panel>
  );
}
