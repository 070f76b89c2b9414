/**
 * The shape of one drawn edge between two boxes: a layout's route when it
 * has one (it goes around boxes), else a curve between the facing sides.
 * The canvas draws `path`; the label layout tries `candidates` in order.
 */
import { candidatesOnCubic, candidatesOnPolyline } from './labels';
import {
  anchorOnSide,
  centreOf,
  cubicPath,
  edgeAnchors,
  edgeCurve,
  pointOnCubic,
  polylinePath,
  type Cubic,
  type Point,
  type Rect,
  type Side,
} from './geometry';

export interface EdgeShape {
  path: string;
  /** Label centres to try, best first: worked out when first read (an edge drawn, or dragged, needs only its path). */
  readonly candidates: Point[];
  /** Where the edge leaves the first box and enters the second. */
  start: Point;
  end: Point;
}

/**
 * `route` is a layout's polyline from the first box to the second (its ends
 * on their borders); `labelAt`, where the layout left room for the label.
 */
export function edgeShape(a: Rect, b: Rect, route?: readonly Point[], labelAt?: Point): EdgeShape {
  if (route && route.length >= 2) {
    return shape(polylinePath(route), route[0]!, route[route.length - 1]!, () => {
      const candidates = candidatesOnPolyline(route);
      return labelAt ? [labelAt, ...candidates] : candidates;
    });
  }
  const { source, target } = edgeAnchors(a, b);
  const curve = edgeCurve(source, target);
  return shape(cubicPath(curve), source.point, target.point, () => candidatesOnCubic(curve));
}

function shape(path: string, start: Point, end: Point, findCandidates: () => Point[]): EdgeShape {
  let candidates: Point[] | undefined;
  return {
    path,
    start,
    end,
    get candidates() {
      return (candidates ??= findCandidates());
    },
  };
}

/** The sides tried, in this order, for a way around what lies between two boxes (the canvas here, the pictures in picture/edges.ts). */
export const SIDE_PAIRS: readonly [Side, Side][] = [
  ['right', 'right'],
  ['left', 'left'],
  ['bottom', 'bottom'],
  ['top', 'top'],
  ['right', 'left'],
  ['left', 'right'],
  ['bottom', 'top'],
  ['top', 'bottom'],
];

/** Whether a curve passes over any of the boxes (sampled finely enough for boxes the size of components). */
function crosses(curve: Cubic, boxes: readonly Rect[]): boolean {
  for (let i = 1; i < 24; i++) {
    const p = pointOnCubic(curve, i / 24);
    if (boxes.some((r) => p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height)) return true;
  }
  return false;
}

/**
 * A way around: when the curve between the facing sides passes over another
 * box, the first other pair of sides whose curve passes over none, as a
 * polyline (drawn like a layout's route). Undefined when the facing curve is
 * clear, or when no pair is.
 */
export function detour(a: Rect, b: Rect, others: readonly Rect[]): Point[] | undefined {
  const { source, target } = edgeAnchors(a, b);
  if (!crosses(edgeCurve(source, target), others)) return undefined;
  const ca = centreOf(a);
  const cb = centreOf(b);
  for (const [sa, sb] of SIDE_PAIRS) {
    const curve = edgeCurve({ side: sa, point: anchorOnSide(a, sa, cb) }, { side: sb, point: anchorOnSide(b, sb, ca) });
    if (!crosses(curve, others) && !selfCrossing(curve, a, b)) {
      return Array.from({ length: 17 }, (_, i) => pointOnCubic(curve, i / 16));
    }
  }
  return undefined;
}

/** A curve that runs back through one of its own two boxes (leaving by the far side) is no way around. */
function selfCrossing(curve: Cubic, a: Rect, b: Rect): boolean {
  for (let i = 2; i < 23; i++) {
    const p = pointOnCubic(curve, i / 24);
    for (const r of [a, b]) if (p.x > r.x + 2 && p.x < r.x + r.width - 2 && p.y > r.y + 2 && p.y < r.y + r.height - 2) return true;
  }
  return false;
}
