/**
 * Edges in the overview (zoomed out past readable labels): every pair drawn
 * on one <canvas> under the nodes, instead of thousands of SVG elements and
 * label buttons. Same curves as React Flow's bezier edges (right handle to
 * left handle), same colours as the legend, at least a pixel wide so the
 * estate's wiring stays visible however far out.
 *
 * While nodes are dragged, the canvas keeps every edge that does not move
 * and the moving ones (those of the dragged nodes and their children) are
 * drawn in a small SVG over it: repainting a canvas the size of the pane
 * costs more than a frame in software compositing, a few SVG paths next to
 * nothing. Redrawn at most once a frame, straight from React Flow's store;
 * React never re-renders for it.
 */
import { Position, useStoreApi, type InternalNode } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { edgeStyle } from '../../model/theme';
import type { FlowPair } from '../../store/derived';
import type { ViewNode } from './view-nodes';

interface Stroke {
  colour: string;
  width: number;
  alpha: number;
}

/** The theme's looks (src/model/theme.ts), without dashes: finer than a pixel out here, so options show fainter. */
export function strokeOf(pair: FlowPair, selected: boolean): Stroke {
  const style = edgeStyle(pair, selected);
  const alpha = !selected && style.opacity === 1 && pair.conditional ? 0.7 : style.opacity;
  return { colour: style.stroke, width: style.width, alpha };
}

/** React Flow's bezier control offset (curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

/** Where an edge leaves or enters a node: its handle's middle on the given side, as React Flow computes it. */
function anchor(node: InternalNode<ViewNode>, type: 'source' | 'target'): { x: number; y: number } | undefined {
  const { positionAbsolute, handleBounds } = node.internals;
  const handle = handleBounds?.[type]?.[0];
  const width = handle?.width ?? node.measured.width;
  const height = handle?.height ?? node.measured.height;
  if (width === undefined || height === undefined) return undefined;
  const x = positionAbsolute.x + (handle?.x ?? 0);
  const y = positionAbsolute.y + (handle?.y ?? 0) + height / 2;
  return (handle?.position ?? (type === 'source' ? Position.Right : Position.Left)) === Position.Right ? { x: x + width, y } : { x, y };
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * How far past each side of the pane an overview canvas reaches, as a share of the pane: a pan
 * within that moves the drawing with a CSS transform (panTo) instead of redrawing every box and
 * curve each frame, and the compositor moves a bitmap it already has.
 */
export const PAN_MARGIN = 0.25;

/** Where a canvas was last drawn: the view's transform, the pane's size and the margins drawn past it. */
export interface DrawnView {
  tx: number;
  ty: number;
  zoom: number;
  width: number;
  height: number;
  mx: number;
  my: number;
}

/**
 * Sizes an overview canvas to the pane and its margins (in device pixels), clears it, and sets it
 * to draw in canvas coordinates at the view's transform. Returns what it drew for, and the part of
 * the canvas (in canvas coordinates) the drawing covers. `margin`: the share of the pane drawn past
 * each side (PAN_MARGIN, or none for a drawing no pan has needed yet).
 */
export function clearToView(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  [tx, ty, zoom]: readonly [number, number, number],
  margin = PAN_MARGIN,
): { drawn: DrawnView; covers: { x: number; y: number; width: number; height: number } } {
  const { canvas } = context;
  const ratio = window.devicePixelRatio || 1;
  const mx = Math.round(width * margin);
  const my = Math.round(height * margin);
  const fullWidth = width + 2 * mx;
  const fullHeight = height + 2 * my;
  if (canvas.width !== Math.round(fullWidth * ratio) || canvas.height !== Math.round(fullHeight * ratio)) {
    canvas.width = Math.round(fullWidth * ratio);
    canvas.height = Math.round(fullHeight * ratio);
    Object.assign(canvas.style, { left: `${-mx}px`, top: `${-my}px`, width: `${fullWidth}px`, height: `${fullHeight}px` });
  }
  canvas.style.transform = '';
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * (tx + mx), ratio * (ty + my));
  return {
    drawn: { tx, ty, zoom, width, height, mx, my },
    covers: { x: -(tx + mx) / zoom, y: -(ty + my) / zoom, width: fullWidth / zoom, height: fullHeight / zoom },
  };
}

/** Shows a canvas drawn at `drawn` at the view `transform` by moving it, when that is a pan within its margins; false when it must be redrawn. */
export function panTo(
  canvas: HTMLCanvasElement,
  drawn: DrawnView | undefined,
  [tx, ty, zoom]: readonly [number, number, number],
  width: number,
  height: number,
): boolean {
  if (!drawn || drawn.zoom !== zoom || drawn.width !== width || drawn.height !== height) return false;
  const dx = tx - drawn.tx;
  const dy = ty - drawn.ty;
  if (Math.abs(dx) > drawn.mx || Math.abs(dy) > drawn.my) return false;
  canvas.style.transform = `translate(${dx}px, ${dy}px)`;
  return true;
}

/** Adds a pair's curve to a canvas path or an SVG path string; false when an end is not measured yet. */
function trace(pair: FlowPair, nodeLookup: Map<string, InternalNode<ViewNode>>, to: CanvasRenderingContext2D | string[]): boolean {
  const from = nodeLookup.get(pair.from);
  const target = nodeLookup.get(pair.to);
  // Hidden nodes included: in the overview every component is hidden and drawn as a box (OverviewBoxes.tsx).
  if (!from || !target) return false;
  const a = anchor(from, 'source');
  const b = anchor(target, 'target');
  if (!a || !b) return false;
  const offset = controlOffset(b.x - a.x);
  if (Array.isArray(to)) to.push(`M${a.x},${a.y}C${a.x + offset},${a.y} ${b.x - offset},${b.y} ${b.x},${b.y}`);
  else {
    to.moveTo(a.x, a.y);
    to.bezierCurveTo(a.x + offset, a.y, b.x - offset, b.y, b.x, b.y);
  }
  return true;
}

/**
 * Entering the overview, its lines and zone arrows are drawn a frame after its boxes. The zoom's own
 * frame already hides every component and edge React Flow drew and draws the boxes: with the lines
 * and arrows as well it took 63–66 ms at 2000 components, over the 50 ms a frame may take. Runs
 * `draw` in the frame after the next, telling `track` the frame it then asks for (to cancel it).
 */
export function afterNextFrame(draw: () => void, track: (frame: number) => void): number {
  return requestAnimationFrame(() => track(requestAnimationFrame(draw)));
}

export function OverviewEdges({
  pairs,
  selectedEdge,
  active = true,
}: {
  pairs: readonly FlowPair[];
  selectedEdge: string | undefined;
  /** Drawn only while active (the overview is shown); hidden, the canvas keeps its allocation. */
  active?: boolean;
}) {
  const store = useStoreApi<ViewNode>();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const movingRef = useRef<SVGGElement>(null);
  // Pairs grouped by look, so each group is one path and one stroke.
  const groups = useMemo(() => {
    const byLook = new Map<string, { stroke: Stroke; pairs: FlowPair[] }>();
    for (const pair of pairs) {
      const stroke = strokeOf(pair, pair.id === selectedEdge);
      const key = `${stroke.colour}|${stroke.width}|${stroke.alpha}`;
      const group = byLook.get(key);
      if (group) group.pairs.push(pair);
      else byLook.set(key, { stroke, pairs: [pair] });
    }
    // The selected edge last, on top.
    return [...byLook.values()].sort((a, b) => a.stroke.width - b.stroke.width);
  }, [pairs, selectedEdge]);

  // Before paint: the canvas, shown again, holds the last overview's drawing until it is drawn anew.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    const moving = movingRef.current;
    if (!canvas || !context || !moving || !active) return;
    const movingPaths = new Map<Stroke, SVGPathElement>();
    let frame = 0;
    canvas.style.visibility = 'hidden';
    let first = true;
    let drawn: { transform: unknown; width: number; height: number; moving: string } | undefined;
    let view: DrawnView | undefined;
    /** The nodes changed since the canvas was drawn: a pan must redraw it too. */
    let stale = true;

    const draw = () => {
      frame = 0;
      if (first) canvas.style.visibility = '';
      first = false;
      // Nothing to draw (every pair stands for zone arrows): no canvas the size of the pane is
      // allocated, cleared and composited for it; an estate opening in the overview pays for none.
      if (groups.length === 0) {
        if (view) Object.assign(canvas, { width: 0, height: 0 });
        drawn = view = undefined;
        return;
      }
      const { nodes, nodeLookup, transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      // A pan of the still canvas (no node moving, none changed) moves the drawing.
      if (!stale && !drawn?.moving && panTo(canvas, view, transform, width, height)) return;
      stale = false;
      // Dragged nodes and, for a dragged zone, its members.
      const movingIds = new Set<string>();
      for (const node of nodes) if (node.dragging) movingIds.add(node.id);
      if (movingIds.size > 0) for (const node of nodes) if (node.parentId && movingIds.has(node.parentId)) movingIds.add(node.id);
      const movingKey = [...movingIds].join('\n');
      const isMoving = (pair: FlowPair) => movingIds.has(pair.from) || movingIds.has(pair.to);

      // The canvas: redrawn unless only the moving nodes changed since it was last drawn.
      const still =
        drawn &&
        drawn.transform === transform &&
        drawn.width === width &&
        drawn.height === height &&
        drawn.moving === movingKey &&
        movingIds.size > 0;
      if (!still) {
        drawn = { transform, width, height, moving: movingKey };
        view = clearToView(context, width, height, transform).drawn;
        context.lineCap = 'round';
        for (const { stroke, pairs: members } of groups) {
          context.beginPath();
          for (const pair of members) if (!isMoving(pair)) trace(pair, nodeLookup, context);
          context.strokeStyle = stroke.colour;
          context.globalAlpha = stroke.alpha;
          context.lineWidth = Math.max(stroke.width, 1 / zoom);
          context.stroke();
        }
        context.globalAlpha = 1;
      }

      // The moving edges, over the canvas.
      moving.setAttribute('transform', `translate(${tx} ${ty}) scale(${zoom})`);
      for (const { stroke, pairs: members } of groups) {
        const parts: string[] = [];
        if (movingIds.size > 0) for (const pair of members) if (isMoving(pair)) trace(pair, nodeLookup, parts);
        let path = movingPaths.get(stroke);
        if (!path && parts.length === 0) continue;
        if (!path) {
          path = document.createElementNS(SVG, 'path');
          path.setAttribute('fill', 'none');
          path.setAttribute('stroke', stroke.colour);
          path.setAttribute('stroke-opacity', String(stroke.alpha));
          path.setAttribute('stroke-linecap', 'round');
          moving.append(path);
          movingPaths.set(stroke, path);
        }
        path.setAttribute('stroke-width', String(Math.max(stroke.width, 1 / zoom)));
        path.setAttribute('d', parts.join(''));
      }
    };
    // The lines come a frame after the overview's boxes (afterNextFrame).
    const schedule = () => {
      frame ||= first ? afterNextFrame(draw, (next) => (frame = next)) : requestAnimationFrame(draw);
    };
    schedule();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.nodes !== previous.nodes || state.nodeLookup !== previous.nodeLookup) stale = true;
      if (stale || state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) schedule();
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      for (const path of movingPaths.values()) path.remove();
    };
  }, [store, groups, active]);

  return (
    <>
      <canvas ref={canvasRef} className="overview-edges" aria-hidden="true" hidden={!active} />
      <svg className="overview-edges" aria-hidden="true" display={active ? undefined : 'none'}>
        <g ref={movingRef} />
      </svg>
    </>
  );
}
