/**
 * Lays out every edge label at once, never during a drag: after a design
 * change (a drag ends in one), after nodes are measured, after a layout. It
 * runs in a timer after the change has painted, computes each edge's shape
 * exactly as FlowEdge draws it, and places labels greedily (model/diagram)
 * so that none lies on another label, a component or a zone's title.
 * Zone-crossing edges are placed first: they are what a reviewer reads first.
 */
import type { InternalNode } from '@xyflow/react';
import {
  centreOf,
  detour,
  edgeShape,
  labelSize,
  pairLabelLines,
  placeLabels,
  rectWithin,
  type LabelRequest,
  type Rect,
} from '../../model/diagram';
import type { DrawnEdge } from '../../store/derived';
import { liveRoute, nodeRect, useDiagramState, type PlacedLabel, type Route } from './diagram-state';
import type { ViewNode } from './view-nodes';

/** The label's type (styles.css `.edge-label`): 12 px monospace (0.6 em advance), 15 px lines, 5 px + 1 px border each side, 1 px + 1 px top and bottom. */
export const LABEL_METRICS = { charWidth: 7.3, lineHeight: 15, paddingX: 6, paddingY: 2 } as const;
/** A zone's title bar (styles.css `.zone-title`): labels keep off it. */
const ZONE_TITLE_HEIGHT = 30;

/** Above this many components, edges keep their facing curves (a detour search per edge would cost too much). */
const DETOUR_LIMIT = 300;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Places the labels of every edge, or on a large estate only of the edges
 * with an end inside `region` (the view and a margin around it): a label
 * far off screen is read by no one, and placing all 3680 labels of 2000
 * components took half a second. Labels only avoid what they could touch.
 */
export function computeLabelLayout(
  nodeLookup: ReadonlyMap<string, InternalNode<ViewNode>>,
  edges: readonly DrawnEdge[],
  region?: Rect,
): { labels: Map<string, PlacedLabel>; hidden: Set<string>; detours: Map<string, Route> } {
  const { routes } = useDiagramState.getState();
  const obstacles: Rect[] = [];
  const rects = new Map<string, Rect>();
  const near = region && {
    x: region.x - region.width / 2,
    y: region.y - region.height / 2,
    width: region.width * 2,
    height: region.height * 2,
  };
  for (const node of nodeLookup.values()) {
    if (node.hidden) continue;
    const rect = nodeRect(node);
    if (node.type === 'zone') {
      const title = { ...rect, height: ZONE_TITLE_HEIGHT };
      if (!near || overlaps(title, near)) obstacles.push(title);
    } else {
      if (!near || overlaps(rect, near)) obstacles.push(rect);
      rects.set(node.id, rect);
    }
  }
  const inRegion = (edge: DrawnEdge) => {
    if (!region) return true;
    const a = rects.get(edge.a);
    const b = rects.get(edge.b);
    return (!!a && overlaps(a, region)) || (!!b && overlaps(b, region));
  };
  const ordered = edges.filter(inRegion).sort((x, y) => Number(y.crossesZones) - Number(x.crossesZones));
  const requests: LabelRequest[] = [];
  const linesOf = new Map<string, string[]>();
  const detours = new Map<string, Route>();
  for (const edge of ordered) {
    const a = rects.get(edge.a);
    const b = rects.get(edge.b);
    if (!a || !b) continue;
    let route = liveRoute(routes.get(edge.id), a, b);
    if (!route && rects.size <= DETOUR_LIMIT) {
      const around = detour(
        a,
        b,
        [...rects.values()].filter((r) => r !== a && r !== b),
      );
      if (around) {
        route = { points: around, a: { x: a.x, y: a.y }, b: { x: b.x, y: b.y } };
        detours.set(edge.id, route);
      }
    }
    const shape = edgeShape(a, b, route?.points, route?.labelAt);
    const lines = pairLabelLines(edge, (p) => p.label, centreOf(a), centreOf(b));
    linesOf.set(edge.id, lines);
    requests.push({ id: edge.id, ...labelSize(lines, LABEL_METRICS), candidates: shape.candidates });
  }
  const { placed, hidden } = placeLabels(requests, obstacles);
  const labels = new Map<string, PlacedLabel>();
  for (const [id, rect] of placed) labels.set(id, { rect, lines: linesOf.get(id)! });
  return { labels, hidden: new Set(hidden), detours };
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** What the last layout was made from: when nothing of it changed (a selection, a rename that keeps every box), it still holds. */
let laidOut: { edges: readonly DrawnEdge[]; routes: ReadonlyMap<string, Route>; boxes: Map<string, Rect>; region?: Rect } | undefined;

function boxesOf(nodeLookup: ReadonlyMap<string, InternalNode<ViewNode>>): Map<string, Rect> {
  const boxes = new Map<string, Rect>();
  for (const node of nodeLookup.values()) if (!node.hidden) boxes.set(node.id, nodeRect(node));
  return boxes;
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Whether `inner` lies inside `outer` (both undefined: the whole design). */
const within = (inner: Rect | undefined, outer: Rect | undefined) => (!outer ? !inner : !!inner && rectWithin(inner, outer));

function sameLayoutInput(edges: readonly DrawnEdge[], routes: ReadonlyMap<string, Route>, boxes: Map<string, Rect>, view?: Rect): boolean {
  if (
    !laidOut ||
    !within(view, laidOut.region) ||
    laidOut.routes !== routes ||
    laidOut.edges.length !== edges.length ||
    laidOut.boxes.size !== boxes.size
  )
    return false;
  const before = laidOut.edges;
  if (before !== edges && !edges.every((edge, i) => edge === before[i])) return false;
  for (const [id, box] of boxes) {
    const was = laidOut.boxes.get(id);
    if (!was || !sameRect(was, box)) return false;
  }
  return true;
}

/** What a layout is made from; `view` (canvas coordinates) limits it to the edges near the view, on a large estate. */
export interface LabelLayoutInput {
  nodeLookup: ReadonlyMap<string, InternalNode<ViewNode>>;
  edges: readonly DrawnEdge[];
  busy: boolean;
  view?: Rect;
}

/** The view with half a view's margin on every side: panning that far needs no new layout. */
const regionAround = (view: Rect): Rect => ({
  x: view.x - view.width / 2,
  y: view.y - view.height / 2,
  width: view.width * 2,
  height: view.height * 2,
});

/** A layout asked for and not yet run, and when the last one that placed labels ended (the page's clock). */
let pending: (() => void) | undefined;
let lastRun = -Infinity;

/** Lays labels out shortly, once whatever asked for it has painted; repeated asks in between run it once. */
export function scheduleLabelLayout(read: () => LabelLayoutInput, delay = 30): void {
  if (timer !== undefined) clearTimeout(timer);
  const run = () => {
    timer = undefined;
    pending = undefined;
    if (layOut(read())) lastRun = performance.now();
  };
  pending = run;
  timer = setTimeout(run, delay);
}

/**
 * Whether a layout takes the frame begun at `frameStart`: one that ran since, or one still waiting,
 * which then runs now. The edges joining after the switch into detail (edge-reveal.ts) leave such a
 * frame to it: the layout the switch asks for otherwise fell in the frame of their first chunk, and
 * the two made one frame of 45–75 ms.
 */
export function labelLayoutTakes(frameStart: number): boolean {
  if (pending) {
    clearTimeout(timer);
    pending();
  }
  return lastRun >= frameStart;
}

/** Places the labels, unless busy or nothing changed; whether it placed them. */
function layOut({ nodeLookup, edges, busy, view }: LabelLayoutInput): boolean {
  // A drag started meanwhile (or the overview, which shows no label): its end asks again.
  if (busy) return false;
  const { routes } = useDiagramState.getState();
  const boxes = boxesOf(nodeLookup);
  if (sameLayoutInput(edges, routes, boxes, view)) return false;
  const region = view && regionAround(view);
  laidOut = { edges, routes, boxes, ...(region && { region }) };
  const next = computeLabelLayout(nodeLookup, edges, region);
  // A label where it was, saying what it said, stays the same object: its edge does not re-render.
  const before = useDiagramState.getState().labels;
  for (const [id, label] of next.labels) {
    const was = before.get(id);
    if (was && sameRect(was.rect, label.rect) && was.lines.join('\n') === label.lines.join('\n')) next.labels.set(id, was);
  }
  useDiagramState.setState(next);
  return true;
}
