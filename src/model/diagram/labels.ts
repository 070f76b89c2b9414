/**
 * Edge label placement: greedy, label by label, each at the first of its
 * candidate positions along its edge where it lies on no component and no
 * label already placed. A label that fits nowhere is left out (the canvas
 * shows a cue and the label on hover or selection) rather than piled on
 * another. A uniform grid keeps thousands of labels fast enough for idle time.
 */
import { inflate, pointOnCubic, pointOnPolyline, rectsOverlap, type Cubic, type Point, type Rect } from './geometry';

export interface LabelRequest {
  id: string;
  width: number;
  height: number;
  /** Label centres to try, best first. */
  candidates: readonly Point[];
}

export interface LabelLayout {
  /** Each placed label's box (its centre is where the label goes). */
  placed: Map<string, Rect>;
  /** Labels that fit nowhere. */
  hidden: string[];
}

/** Fractions along an edge to try, from the middle outward. */
export const CANDIDATE_FRACTIONS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8] as const;

/** Distances beside the edge to try when no place on it is free: a short edge between close boxes still gets its label, just above or below it. */
export const CANDIDATE_OFFSETS = [14, 30, 48] as const;

/**
 * Candidates along a path given as a function of the fraction of its
 * length: on the path from the middle outward first, then beside it
 * (perpendicular, either side) near the middle.
 */
export function candidatesAlong(at: (t: number) => Point, fractions: readonly number[] = CANDIDATE_FRACTIONS): Point[] {
  const on = fractions.map(at);
  const beside: Point[] = [];
  for (const t of fractions.slice(0, 5)) {
    const p = at(t);
    const before = at(Math.max(0, t - 0.02));
    const after = at(Math.min(1, t + 0.02));
    const length = Math.hypot(after.x - before.x, after.y - before.y) || 1;
    const normal = { x: -(after.y - before.y) / length, y: (after.x - before.x) / length };
    for (const d of CANDIDATE_OFFSETS)
      for (const sign of [-1, 1]) beside.push({ x: p.x + normal.x * d * sign, y: p.y + normal.y * d * sign });
  }
  return [...on, ...beside];
}

export const candidatesOnCubic = (curve: Cubic, fractions: readonly number[] = CANDIDATE_FRACTIONS): Point[] =>
  candidatesAlong((t) => pointOnCubic(curve, t), fractions);
export const candidatesOnPolyline = (points: readonly Point[], fractions: readonly number[] = CANDIDATE_FRACTIONS): Point[] =>
  candidatesAlong((t) => pointOnPolyline(points, t), fractions);

export interface LabelMetrics {
  charWidth: number;
  lineHeight: number;
  paddingX: number;
  paddingY: number;
}

/** A label's box from its lines, for a monospace font of known advance. */
export function labelSize(lines: readonly string[], metrics: LabelMetrics): { width: number; height: number } {
  const chars = Math.max(0, ...lines.map((line) => [...line].length));
  return {
    width: Math.ceil(chars * metrics.charWidth + 2 * metrics.paddingX),
    height: Math.ceil(Math.max(1, lines.length) * metrics.lineHeight + 2 * metrics.paddingY),
  };
}

const CELL = 160;

class RectGrid {
  private cells = new Map<string, Rect[]>();
  add(rect: Rect): void {
    for (const key of this.keys(rect)) {
      const list = this.cells.get(key);
      if (list) list.push(rect);
      else this.cells.set(key, [rect]);
    }
  }
  hits(rect: Rect): boolean {
    for (const key of this.keys(rect)) for (const other of this.cells.get(key) ?? []) if (rectsOverlap(rect, other)) return true;
    return false;
  }
  private *keys(rect: Rect): Generator<string> {
    for (let cx = Math.floor(rect.x / CELL); cx <= Math.floor((rect.x + rect.width) / CELL); cx++)
      for (let cy = Math.floor(rect.y / CELL); cy <= Math.floor((rect.y + rect.height) / CELL); cy++) yield `${cx},${cy}`;
  }
}

/**
 * Places labels in the order given (put the ones that matter most first).
 * `gap` keeps labels and components that far apart, so neighbours never touch.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Rect[], gap = 3): LabelLayout {
  const blocked = new RectGrid();
  for (const obstacle of obstacles) blocked.add(inflate(obstacle, gap));
  const placed = new Map<string, Rect>();
  const hidden: string[] = [];
  for (const request of requests) {
    let spot: Rect | undefined;
    for (const centre of request.candidates) {
      const rect = { x: centre.x - request.width / 2, y: centre.y - request.height / 2, width: request.width, height: request.height };
      if (!blocked.hits(rect)) {
        spot = rect;
        break;
      }
    }
    if (spot) {
      placed.set(request.id, spot);
      blocked.add(inflate(spot, gap));
    } else hidden.push(request.id);
  }
  return { placed, hidden };
}
