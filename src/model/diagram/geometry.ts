/**
 * Plane geometry for drawing edges between boxes: which side of a box faces
 * another box, where on that side an edge attaches, the curve between two
 * attachment points, and points along a curve or a polyline. Pure, so the
 * canvas, the label layout and the SVG export draw the same edges.
 */

export interface Point {
  x: number;
  y: number;
}

/** A box by its top-left corner and size, in one coordinate space. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface Anchor {
  point: Point;
  side: Side;
}

export const centreOf = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Whether two boxes share any area (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies wholly inside `outer` (edges may touch). */
export const rectWithin = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** The box with two opposite corners at `a` and `b`, whichever way round. */
export const rectBetween = (a: Point, b: Point): Rect => ({
  x: Math.min(a.x, b.x),
  y: Math.min(a.y, b.y),
  width: Math.abs(a.x - b.x),
  height: Math.abs(a.y - b.y),
});

/** A box grown by `margin` on every side. */
export const inflate = (r: Rect, margin: number): Rect => ({
  x: r.x - margin,
  y: r.y - margin,
  width: r.width + 2 * margin,
  height: r.height + 2 * margin,
});

/**
 * The side of `from` that faces `to`. Boxes side by side (more horizontal
 * gap than vertical, measured between their borders, not their centres)
 * face left/right; stacked boxes face top/bottom. Components are wide, so a
 * centre-to-centre angle alone would send edges out of the top of a box
 * whose neighbour is clearly beside it.
 */
export function facingSide(from: Rect, to: Rect): Side {
  const gapX = Math.max(to.x - (from.x + from.width), from.x - (to.x + to.width));
  const gapY = Math.max(to.y - (from.y + from.height), from.y - (to.y + to.height));
  const a = centreOf(from);
  const b = centreOf(to);
  if (gapX >= gapY) return b.x >= a.x ? 'right' : 'left';
  return b.y >= a.y ? 'bottom' : 'top';
}

export const oppositeSide: Record<Side, Side> = { left: 'right', right: 'left', top: 'bottom', bottom: 'top' };

const clamp = (value: number, low: number, high: number) => (low > high ? (low + high) / 2 : Math.min(high, Math.max(low, value)));

/**
 * Where an edge toward `toward` attaches on one side of a box: the point of
 * that side closest to where the line between the centres would cross it,
 * kept `inset` away from the corners. Several edges on one side so spread
 * out in the order of the boxes they lead to, instead of meeting in one point.
 */
export function anchorOnSide(rect: Rect, side: Side, toward: Point, inset = 14): Point {
  const c = centreOf(rect);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (side === 'left' || side === 'right') {
    const x = side === 'left' ? rect.x : rect.x + rect.width;
    const y = dx === 0 ? c.y : c.y + (dy * (x - c.x)) / dx;
    return { x, y: clamp(y, rect.y + inset, rect.y + rect.height - inset) };
  }
  const y = side === 'top' ? rect.y : rect.y + rect.height;
  const x = dy === 0 ? c.x : c.x + (dx * (y - c.y)) / dy;
  return { x: clamp(x, rect.x + inset, rect.x + rect.width - inset), y };
}

/** The attachment points of an edge between two boxes, each on the side facing the other box. */
export function edgeAnchors(source: Rect, target: Rect): { source: Anchor; target: Anchor } {
  const sourceSide = facingSide(source, target);
  const targetSide = facingSide(target, source);
  return {
    source: { side: sourceSide, point: anchorOnSide(source, sourceSide, centreOf(target)) },
    target: { side: targetSide, point: anchorOnSide(target, targetSide, centreOf(source)) },
  };
}

const OUTWARD: Record<Side, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 } };

/** A cubic Bézier curve: start, two control points, end. */
export type Cubic = [Point, Point, Point, Point];

/** The curve between two anchors, leaving and entering each side at a right angle. */
export function edgeCurve(source: Anchor, target: Anchor): Cubic {
  const distance = Math.hypot(target.point.x - source.point.x, target.point.y - source.point.y);
  const reach = Math.max(24, Math.min(160, distance * 0.4));
  const out = OUTWARD[source.side];
  const back = OUTWARD[target.side];
  return [
    source.point,
    { x: source.point.x + out.x * reach, y: source.point.y + out.y * reach },
    { x: target.point.x + back.x * reach, y: target.point.y + back.y * reach },
    target.point,
  ];
}

export function pointOnCubic([p0, p1, p2, p3]: Cubic, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

export const cubicPath = ([p0, p1, p2, p3]: Cubic): string => `M${p0.x},${p0.y} C${p1.x},${p1.y} ${p2.x},${p2.y} ${p3.x},${p3.y}`;

/** The point at a fraction (0–1) of a polyline's length. */
export function pointOnPolyline(points: readonly Point[], fraction: number): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const length = Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
    lengths.push(length);
    total += length;
  }
  let remaining = Math.min(1, Math.max(0, fraction)) * total;
  for (let i = 1; i < points.length; i++) {
    const length = lengths[i - 1]!;
    if (remaining <= length && length > 0) {
      const t = remaining / length;
      return { x: points[i - 1]!.x + (points[i]!.x - points[i - 1]!.x) * t, y: points[i - 1]!.y + (points[i]!.y - points[i - 1]!.y) * t };
    }
    remaining -= length;
  }
  return points[points.length - 1]!;
}

/**
 * A smooth path through a polyline's points (a layout's route): straight
 * segments joined by quadratic bends, so a route around boxes stays close
 * to the points the layout chose and never overshoots into a box.
 */
export function polylinePath(points: readonly Point[], bend = 18): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  let path = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1]!;
    const here = points[i]!;
    const next = points[i + 1]!;
    const inLength = Math.hypot(here.x - prev.x, here.y - prev.y);
    const outLength = Math.hypot(next.x - here.x, next.y - here.y);
    const r = Math.min(bend, inLength / 2, outLength / 2);
    const before = inLength > 0 ? { x: here.x - ((here.x - prev.x) * r) / inLength, y: here.y - ((here.y - prev.y) * r) / inLength } : here;
    const after =
      outLength > 0 ? { x: here.x + ((next.x - here.x) * r) / outLength, y: here.y + ((next.y - here.y) * r) / outLength } : here;
    path += ` L${before.x},${before.y} Q${here.x},${here.y} ${after.x},${after.y}`;
  }
  const last = points[points.length - 1]!;
  return `${path} L${last.x},${last.y}`;
}

/** Points along a curve at the given fractions (for label candidates). */
export function sampleCubic(curve: Cubic, fractions: readonly number[]): Point[] {
  return fractions.map((t) => pointOnCubic(curve, t));
}
