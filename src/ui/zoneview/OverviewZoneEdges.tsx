/**
 * The overview's edges as structure, not a tangle: one arrow per zone pair
 * and direction between the zone boxes (the zone view's aggregation), with
 * the component boxes left clear. Component edges are still drawn where no
 * zone box can stand for an end (a component outside every zone) and for the
 * selected edge. Drawn in screen coordinates in one SVG, straight from React
 * Flow's store at most once a frame, so panning never re-renders React and
 * never redraws thousands of curves.
 */
import { useStoreApi, type InternalNode } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { DerivedFlow } from '../../model/derive';
import type { Design } from '../../model/design/schema';
import { pairServicesText, zonePairs, type ZonePair } from '../../model/zones/pairs';
import { useDesignStore } from '../../store/design-store';
import { useDerived, type FlowPair } from '../../store/derived';
import { OverviewBoxes } from '../canvas/OverviewBoxes';
import { afterNextFrame, OverviewEdges } from '../canvas/OverviewEdges';
import type { ViewNode } from '../canvas/view-nodes';
import './overview.css';

const SVG = 'http://www.w3.org/2000/svg';
/** Screen px between the two directions of one zone pair. */
const APART = 5;
/** A label is shown only on an arrow at least this long on screen, so labels never pile up. */
const LABEL_MIN_LENGTH = 150;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the line from a box's centre towards (dx, dy) leaves the box. */
function border(box: Box, dx: number, dy: number): { x: number; y: number } {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const t = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: cx + dx * t, y: cy + dy * t };
}

function screenBox(node: InternalNode<ViewNode>, [tx, ty, zoom]: [number, number, number]): Box | undefined {
  const width = node.measured.width ?? node.width;
  const height = node.measured.height ?? node.height;
  if (width === undefined || height === undefined || node.hidden) return undefined;
  return {
    x: node.internals.positionAbsolute.x * zoom + tx,
    y: node.internals.positionAbsolute.y * zoom + ty,
    width: width * zoom,
    height: height * zoom,
  };
}

const NONE: never[] = [];

/** The last zone pairs worked out: leaving and re-entering the overview with the same design costs nothing. */
let lastCrossing: { design: Design; flows: readonly DerivedFlow[]; pairs: ZonePair[] } | undefined;
function crossingPairs(design: Design, flows: readonly DerivedFlow[]): ZonePair[] {
  if (lastCrossing?.design !== design || lastCrossing.flows !== flows)
    lastCrossing = { design, flows, pairs: zonePairs(design, flows).filter((p) => p.from !== '' && p.to !== '' && p.from !== p.to) };
  return lastCrossing.pairs;
}

/** Works out a design's zone arrows ahead of the overview's first render (loadDesign, in a task of its own). */
export function prepareZoneArrows(design: Design, flows: readonly DerivedFlow[]): void {
  crossingPairs(design, flows);
}

/**
 * Stays mounted once a large estate has been in the overview, drawing only while `active`: the
 * switch into the overview then neither mounts these layers nor allocates their canvases again.
 */
export function OverviewZoneEdges({
  pairs,
  selectedEdge,
  active,
}: {
  pairs: readonly FlowPair[];
  selectedEdge: string | undefined;
  active: boolean;
}) {
  const design = useDesignStore((s) => s.design);
  const { flows } = useDerived();
  const store = useStoreApi<ViewNode>();
  const layer = useRef<SVGGElement>(null);
  // Nothing is worked out while the detail view is shown (an edit there pays for none of it).
  const loose = useMemo(() => {
    if (!active) return NONE;
    const zoned = new Set(design.components.filter((c) => c.zone).map((c) => c.id));
    return pairs.filter((p) => !zoned.has(p.from) || !zoned.has(p.to) || p.id === selectedEdge);
  }, [active, pairs, design.components, selectedEdge]);
  const crossing = useMemo(() => (active ? crossingPairs(design, flows) : NONE), [active, design, flows]);

  // The arrows are made and drawn a frame after the overview's boxes (afterNextFrame).
  useLayoutEffect(() => {
    const g = layer.current;
    if (!g || !active) return;
    const both = new Set(crossing.map((p) => p.key));
    // The labels in a layer of their own above every arrow: an arrow drawn later would strike one through.
    const labels = document.createElementNS(SVG, 'g');
    labels.setAttribute('class', 'overview-zone-labels');
    // Labels are placed busiest pair first; one that would lie on a placed label is left out.
    const make = () =>
      [...crossing]
        .sort((a, b) => b.flows - a.flows)
        .map((pair) => {
          const group = document.createElementNS(SVG, 'g');
          group.setAttribute('class', 'overview-zone-edge');
          const line = document.createElementNS(SVG, 'path');
          line.setAttribute('stroke-width', String(1.2 + Math.min(2, Math.log2(pair.flows) / 2)));
          line.setAttribute('marker-end', 'url(#overview-zone-arrow)');
          const text = document.createElementNS(SVG, 'text');
          text.textContent = `${pairServicesText(pair, 2)} · ${pair.flows} flow${pair.flows === 1 ? '' : 's'}`;
          group.append(line);
          g.append(group);
          // On a plate of its own: the arrow it sits on would show between the letters.
          const plate = document.createElementNS(SVG, 'rect');
          labels.append(plate, text);
          return { pair, line, text, plate, twoWay: both.has(`${pair.to}>${pair.from}`) };
        });
    let elements: ReturnType<typeof make> | undefined;
    let frame = 0;
    let drawnAt: [number, number, number] | undefined;
    /** Nodes changed since the arrows were drawn: a pan must redraw them too. */
    let stale = true;
    const draw = () => {
      frame = 0;
      if (!elements) {
        elements = make();
        g.append(labels);
      }
      const { nodeLookup, transform } = store.getState();
      // A pan moves every arrow and label alike: the layer moves instead (placement is relative).
      if (!stale && drawnAt && drawnAt[2] === transform[2]) {
        g.setAttribute('transform', `translate(${transform[0] - drawnAt[0]} ${transform[1] - drawnAt[1]})`);
        return;
      }
      stale = false;
      drawnAt = [...transform];
      g.removeAttribute('transform');
      const placed: Box[] = [];
      for (const { pair, line, text, plate, twoWay } of elements) {
        const label = drawOne(pair, line, twoWay, nodeLookup, transform);
        const width = (text.textContent?.length ?? 0) * LABEL_CHAR + 8;
        const box = label && { x: label.x - width / 2, y: label.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
        const free = box && !placed.some((other) => overlaps(box, other));
        text.setAttribute('display', free ? 'inline' : 'none');
        plate.setAttribute('display', free ? 'inline' : 'none');
        if (!box || !free) continue;
        placed.push(box);
        text.setAttribute('x', String(label.x));
        text.setAttribute('y', String(label.y));
        for (const [name, value] of Object.entries(box)) plate.setAttribute(name, String(value));
      }
    };
    const schedule = () => {
      frame ||= elements ? requestAnimationFrame(draw) : afterNextFrame(draw, (next) => (frame = next));
    };
    schedule();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.nodes !== previous.nodes || state.nodeLookup !== previous.nodeLookup) stale = true;
      if (stale || state.transform !== previous.transform) schedule();
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      g.replaceChildren();
    };
  }, [store, crossing, active]);

  return (
    <>
      <OverviewEdges pairs={loose} selectedEdge={selectedEdge} active={active} />
      <OverviewBoxes pairs={pairs} active={active} />
      <svg className="overview-edges overview-zone-edges" aria-hidden="true" display={active ? undefined : 'none'}>
        <defs>
          <marker
            id="overview-zone-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth="12"
            markerHeight="12"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#1f5fbf" />
          </marker>
        </defs>
        <g ref={layer} />
      </svg>
    </>
  );
}

const LABEL_CHAR = 6.7;
const LABEL_HEIGHT = 15;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Draws a pair's arrow; returns where its label would go, or undefined when the arrow is too short for one. */
function drawOne(
  pair: ZonePair,
  line: SVGPathElement,
  twoWay: boolean,
  nodeLookup: Map<string, InternalNode<ViewNode>>,
  transform: [number, number, number],
): { x: number; y: number } | undefined {
  const fromNode = nodeLookup.get(pair.from);
  const toNode = nodeLookup.get(pair.to);
  const a = fromNode && screenBox(fromNode, transform);
  const b = toNode && screenBox(toNode, transform);
  if (!a || !b) {
    line.setAttribute('d', '');
    return undefined;
  }
  const dx = b.x + b.width / 2 - (a.x + a.width / 2);
  const dy = b.y + b.height / 2 - (a.y + a.height / 2);
  const length = Math.hypot(dx, dy) || 1;
  // The two directions of a pair run side by side, each on its own right.
  const shift = twoWay ? APART : 0;
  const nx = (-dy / length) * shift;
  const ny = (dx / length) * shift;
  const start = border(a, dx, dy);
  const end = border(b, -dx, -dy);
  line.setAttribute('d', `M${start.x + nx},${start.y + ny}L${end.x + nx},${end.y + ny}`);
  if (Math.hypot(end.x - start.x, end.y - start.y) < LABEL_MIN_LENGTH) return undefined;
  return { x: (start.x + end.x) / 2 + nx * 3, y: (start.y + end.y) / 2 + ny * 3 };
}
