/**
 * Edges of a picture: each leaves its component on the side facing the
 * other end (or, when that curve would run over another component, the
 * first pair of sides whose curve does not, as the canvas routes it), ends
 * spread along a side so arrows do not pile up, a curve between them, and
 * its label placed on the curve where it lies on no box and no other label
 * (the canvas's rule). Pure geometry; the SVG and the draw.io writers draw
 * from it.
 */
import { SIDE_PAIRS, type Side } from '../diagram';
import { intersects, FONTS, type ComponentBox, type Rect } from './boxes';
import type { PicturePair } from './pairs';
import { fitText, textWidth } from './text';

interface Point {
  x: number;
  y: number;
}

export interface EdgeGeometry {
  pair: PicturePair;
  start: Point;
  end: Point;
  /** Cubic Bézier control points. */
  c1: Point;
  c2: Point;
  label: Rect & { text: string };
  /** Where on the curve a label placed away from it points to. */
  leader?: Point;
}

const NORMAL: Record<Side, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 } };
const LABEL_HEIGHT = 16;
const LABEL_MAX_WIDTH = 260;
const T_STEPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
const OFFSETS = [0, 14, -14, 28, -28, 44, -44];
/** Further out, around the curve's middle, for a label that finds no free place on its curve (then drawn with a leader line). */
const RINGS = [60, 90, 130, 180, 240];

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** The sides of two boxes that face each other: left/right when they are further apart across than down. */
function facingSides(a: Rect, b: Rect): [Side, Side] {
  const gapX = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  const gapY = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
  const ca = centre(a);
  const cb = centre(b);
  if (gapX >= gapY) return cb.x >= ca.x ? ['right', 'left'] : ['left', 'right'];
  return cb.y >= ca.y ? ['bottom', 'top'] : ['top', 'bottom'];
}

function bezier(p0: Point, p1: Point, p2: Point, p3: Point, t: number): { point: Point; tangent: Point } {
  const u = 1 - t;
  const point = {
    x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
    y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
  };
  const tangent = {
    x: 3 * u * u * (p1.x - p0.x) + 6 * u * t * (p2.x - p1.x) + 3 * t * t * (p3.x - p2.x),
    y: 3 * u * u * (p1.y - p0.y) + 6 * u * t * (p2.y - p1.y) + 3 * t * t * (p3.y - p2.y),
  };
  return { point, tangent };
}

/** How far a curve's control points stand out from its ends. */
const reachOf = (start: Point, end: Point) => Math.min(120, Math.max(24, Math.hypot(end.x - start.x, end.y - start.y) * 0.35));

const controls = (start: Point, sideA: Side, end: Point, sideB: Side): [Point, Point] => {
  const reach = reachOf(start, end);
  return [
    { x: start.x + NORMAL[sideA].x * reach, y: start.y + NORMAL[sideA].y * reach },
    { x: end.x + NORMAL[sideB].x * reach, y: end.y + NORMAL[sideB].y * reach },
  ];
};

/** The point `f` of the way along a box's side (top to bottom, left to right). */
const pointOnSide = (box: Rect, side: Side, f: number): Point =>
  side === 'left'
    ? { x: box.x, y: box.y + box.height * f }
    : side === 'right'
      ? { x: box.x + box.width, y: box.y + box.height * f }
      : side === 'top'
        ? { x: box.x + box.width * f, y: box.y }
        : { x: box.x + box.width * f, y: box.y + box.height };

/** How far along its side a point lies (the inverse of `pointOnSide`). */
const fractionOnSide = (box: Rect, side: Side, p: Point): number =>
  side === 'left' || side === 'right' ? (p.y - box.y) / box.height : (p.x - box.x) / box.width;

const inside = (p: Point, r: Rect, margin = 0) =>
  p.x > r.x + margin && p.x < r.x + r.width - margin && p.y > r.y + margin && p.y < r.y + r.height - margin;

/**
 * Whether the curve between these sides (from the points `fa` and `fb` along them) runs over a
 * component other than its two, or back through one of its own two (leaving by the far side).
 */
function blocked(
  a: ComponentBox,
  sideA: Side,
  b: ComponentBox,
  sideB: Side,
  boxes: RectIndex<ComponentBox>,
  [fa, fb]: readonly [number, number] = [0.5, 0.5],
): boolean {
  const start = pointOnSide(a, sideA, fa);
  const end = pointOnSide(b, sideB, fb);
  const [c1, c2] = controls(start, sideA, end, sideB);
  for (let i = 1; i < 24; i++) {
    const { point } = bezier(start, c1, c2, end, i / 24);
    if (boxes.covering(point).some((box) => box !== a && box !== b)) return true;
    if (i >= 2 && i <= 22 && (inside(point, a, 2) || inside(point, b, 2))) return true;
  }
  return false;
}

function sidesFor(a: ComponentBox, b: ComponentBox, boxes: RectIndex<ComponentBox>): [Side, Side] {
  const facing = facingSides(a, b);
  if (!blocked(a, facing[0], b, facing[1], boxes)) return facing;
  return SIDE_PAIRS.find(([sideA, sideB]) => !blocked(a, sideA, b, sideB, boxes)) ?? facing;
}

/** A uniform grid of rectangles, so a label or a point is tested against what is near it only. */
class RectIndex<R extends Rect = Rect> {
  private cells = new Map<string, R[]>();
  constructor(private readonly size = 160) {}
  private keys(r: Rect): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(r.x / this.size); i <= Math.floor((r.x + r.width) / this.size); i++)
      for (let j = Math.floor(r.y / this.size); j <= Math.floor((r.y + r.height) / this.size); j++) keys.push(`${i},${j}`);
    return keys;
  }
  add(r: R): void {
    for (const key of this.keys(r)) this.cells.set(key, [...(this.cells.get(key) ?? []), r]);
  }
  /** The rectangles a point lies strictly inside. */
  covering(p: Point): R[] {
    const cell = this.cells.get(`${Math.floor(p.x / this.size)},${Math.floor(p.y / this.size)}`) ?? [];
    return cell.filter((r) => inside(p, r));
  }
  hits(r: Rect): number {
    const seen = new Set<Rect>();
    for (const key of this.keys(r))
      for (const other of this.cells.get(key) ?? []) if (!seen.has(other) && intersects(r, other)) seen.add(other);
    return seen.size;
  }
}

/** `avoid`: more places no label may cover (zone titles). */
export function routeEdges(
  pairs: readonly PicturePair[],
  boxes: ReadonlyMap<string, ComponentBox>,
  avoid: readonly Rect[] = [],
): EdgeGeometry[] {
  const drawn = pairs.filter((p) => boxes.has(p.from) && boxes.has(p.to) && p.from !== p.to);
  // Each end's side, then the ends on one side spread along it in the order of where they lead.
  const components = new RectIndex<ComponentBox>();
  for (const box of boxes.values()) components.add(box);
  const ends = drawn.map((pair) => sidesFor(boxes.get(pair.from)!, boxes.get(pair.to)!, components));
  let anchors = spreadEnds(drawn, ends, boxes);
  // Spread along its sides, an edge can come to run over a component after all: it takes the next
  // way round, tested from where its ends now lie along their sides, and the ends are spread again.
  let rerouted = false;
  drawn.forEach((pair, edge) => {
    const a = boxes.get(pair.from)!;
    const b = boxes.get(pair.to)!;
    const [sideA, sideB] = ends[edge]!;
    const at = [fractionOnSide(a, sideA, anchors[edge]![0]), fractionOnSide(b, sideB, anchors[edge]![1])] as const;
    if (!blocked(a, sideA, b, sideB, components, at)) return;
    const next = SIDE_PAIRS.find(([x, y]) => (x !== sideA || y !== sideB) && !blocked(a, x, b, y, components, at));
    if (!next) return;
    ends[edge] = next;
    rerouted = true;
  });
  if (rerouted) anchors = spreadEnds(drawn, ends, boxes);

  const obstacles = new RectIndex();
  for (const box of boxes.values()) obstacles.add({ x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6 });
  for (const rect of avoid) obstacles.add(rect);
  return drawn.map((pair, edge) => {
    const [start, end] = anchors[edge]!;
    const [sideA, sideB] = ends[edge]!;
    const [c1, c2] = controls(start, sideA, end, sideB);
    return { pair, start, end, c1, c2, ...placeLabel(pair, start, c1, c2, end, obstacles) };
  });
}

/** Each edge's two ends: the ends on one side of a box spread along it in the order of where they lead. */
function spreadEnds(
  drawn: readonly PicturePair[],
  ends: readonly [Side, Side][],
  boxes: ReadonlyMap<string, ComponentBox>,
): [Point, Point][] {
  const bySide = new Map<string, { edge: number; end: 0 | 1; toward: number }[]>();
  drawn.forEach((pair, edge) => {
    ([0, 1] as const).forEach((end) => {
      const side = ends[edge]![end];
      const other = centre(boxes.get(end === 0 ? pair.to : pair.from)!);
      const key = `${end === 0 ? pair.from : pair.to}|${side}`;
      bySide.set(key, [...(bySide.get(key) ?? []), { edge, end, toward: side === 'left' || side === 'right' ? other.y : other.x }]);
    });
  });
  const anchors: [Point, Point][] = drawn.map(() => [
    { x: 0, y: 0 },
    { x: 0, y: 0 },
  ]);
  for (const [key, list] of bySide) {
    const separator = key.lastIndexOf('|');
    const box = boxes.get(key.slice(0, separator))!;
    const side = key.slice(separator + 1) as Side;
    list.sort((a, b) => a.toward - b.toward || a.edge - b.edge);
    list.forEach(({ edge, end }, i) => {
      anchors[edge]![end] = pointOnSide(box, side, 0.15 + (0.7 * (i + 1)) / (list.length + 1));
    });
  }
  return anchors;
}

/** Where an edge's label goes: on its curve where it lies on no box and no other label, or nearby with a leader line. */
function placeLabel(
  pair: PicturePair,
  start: Point,
  c1: Point,
  c2: Point,
  end: Point,
  obstacles: RectIndex,
): Pick<EdgeGeometry, 'label' | 'leader'> {
  const text = fitText(pair.label, LABEL_MAX_WIDTH - 12, FONTS.label);
  const width = textWidth(text, FONTS.label) + 12;
  let best: { rect: Rect; hits: number } | undefined;
  search: for (const t of T_STEPS) {
    const { point, tangent } = bezier(start, c1, c2, end, t);
    const length = Math.hypot(tangent.x, tangent.y) || 1;
    for (const offset of OFFSETS) {
      const x = point.x - (tangent.y / length) * offset;
      const y = point.y + (tangent.x / length) * offset;
      const rect = { x: x - width / 2, y: y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
      const hits = obstacles.hits(rect);
      if (!best || hits < best.hits) best = { rect, hits };
      if (hits === 0) break search;
    }
  }
  let leader: Point | undefined;
  if (best!.hits > 0) {
    const middle = bezier(start, c1, c2, end, 0.5).point;
    rings: for (const radius of RINGS) {
      for (let k = 0; k < 16; k++) {
        const angle = (k / 16) * 2 * Math.PI;
        const rect = {
          x: middle.x + Math.cos(angle) * radius - width / 2,
          y: middle.y + Math.sin(angle) * radius * 0.6 - LABEL_HEIGHT / 2,
          width,
          height: LABEL_HEIGHT,
        };
        if (obstacles.hits(rect) === 0) {
          best = { rect, hits: 0 };
          leader = middle;
          break rings;
        }
      }
    }
  }
  const label = best!.rect;
  obstacles.add({ x: label.x - 2, y: label.y - 2, width: label.width + 4, height: label.height + 4 });
  return { label: { ...label, text }, ...(leader && { leader }) };
}
