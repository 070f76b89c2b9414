/**
 * Edges of a picture: each leaves its component on the side facing the
 * other end, ends spread along a side so arrows do not pile up, a curve
 * between them, and its label placed on the curve where it lies on no box
 * and no other label (the canvas's rule). Pure geometry; the SVG and the
 * draw.io writers draw from it.
 */
import { intersects, FONTS, type ComponentBox, type Rect } from './boxes';
import type { PicturePair } from './pairs';
import { fitText, textWidth } from './text';

type Side = 'left' | 'right' | 'top' | 'bottom';
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

/** A uniform grid of rectangles, so a label is tested against what is near it only. */
class RectIndex {
  private cells = new Map<string, Rect[]>();
  constructor(private readonly size = 160) {}
  private keys(r: Rect): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(r.x / this.size); i <= Math.floor((r.x + r.width) / this.size); i++)
      for (let j = Math.floor(r.y / this.size); j <= Math.floor((r.y + r.height) / this.size); j++) keys.push(`${i},${j}`);
    return keys;
  }
  add(r: Rect): void {
    for (const key of this.keys(r)) this.cells.set(key, [...(this.cells.get(key) ?? []), r]);
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
  const ends = drawn.map((pair) => facingSides(boxes.get(pair.from)!, boxes.get(pair.to)!));
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
      const f = 0.15 + (0.7 * (i + 1)) / (list.length + 1);
      anchors[edge]![end] =
        side === 'left'
          ? { x: box.x, y: box.y + box.height * f }
          : side === 'right'
            ? { x: box.x + box.width, y: box.y + box.height * f }
            : side === 'top'
              ? { x: box.x + box.width * f, y: box.y }
              : { x: box.x + box.width * f, y: box.y + box.height };
    });
  }

  const obstacles = new RectIndex();
  for (const box of boxes.values()) obstacles.add({ x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6 });
  for (const rect of avoid) obstacles.add(rect);
  return drawn.map((pair, edge) => {
    const [start, end] = anchors[edge]!;
    const [sideA, sideB] = ends[edge]!;
    const reach = Math.min(120, Math.max(24, Math.hypot(end.x - start.x, end.y - start.y) * 0.35));
    const c1 = { x: start.x + NORMAL[sideA].x * reach, y: start.y + NORMAL[sideA].y * reach };
    const c2 = { x: end.x + NORMAL[sideB].x * reach, y: end.y + NORMAL[sideB].y * reach };
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
    return { pair, start, end, c1, c2, label: { ...label, text }, ...(leader && { leader }) };
  });
}
