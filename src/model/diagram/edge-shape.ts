/**
 * The shape of one drawn edge between two boxes: a layout's route when it
 * has one (it goes around boxes), else a curve between the facing sides.
 * The canvas draws `path`; the label layout tries `candidates` in order.
 */
import { candidatesOnCubic, candidatesOnPolyline } from './labels';
import { cubicPath, edgeAnchors, edgeCurve, polylinePath, type Point, type Rect } from './geometry';

export interface EdgeShape {
  path: string;
  /** Label centres to try, best first. */
  candidates: Point[];
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
    const candidates = candidatesOnPolyline(route);
    return { path: polylinePath(route), candidates: labelAt ? [labelAt, ...candidates] : candidates, start: route[0]!, end: route[route.length - 1]! };
  }
  const { source, target } = edgeAnchors(a, b);
  const curve = edgeCurve(source, target);
  return { path: cubicPath(curve), candidates: candidatesOnCubic(curve), start: source.point, end: target.point };
}

