/**
 * One drawn edge per unordered pair of components. The two directions
 * between a pair share the edge (an arrowhead at each listening end), and
 * one label says what each direction carries where they differ.
 */
import type { Point } from './geometry';

/** Either ordering of two ids gives the same key, `a~b` with `a < b`. */
export const unorderedPairId = (x: string, y: string): string => (x < y ? `${x}~${y}` : `${y}~${x}`);

export interface LinkPair<T> {
  /** `a~b`. */
  id: string;
  /** The lesser id: the edge is drawn from `a` to `b`. */
  a: string;
  b: string;
  /** What `a` starts toward `b` (arrowhead at `b`), if anything. */
  ab: T | undefined;
  /** What `b` starts toward `a` (arrowhead at `a`), if anything. */
  ba: T | undefined;
}

/** Groups directed links (`from → to`) into unordered pairs, in the order each pair first appears. */
export function unorderedPairs<T extends { from: string; to: string }>(links: readonly T[]): LinkPair<T>[] {
  const pairs = new Map<string, LinkPair<T>>();
  for (const link of links) {
    if (link.from === link.to) continue;
    const id = unorderedPairId(link.from, link.to);
    let pair = pairs.get(id);
    if (!pair) {
      const [a, b] = link.from < link.to ? [link.from, link.to] : [link.to, link.from];
      pair = { id, a, b, ab: undefined, ba: undefined };
      pairs.set(id, pair);
    }
    if (link.from === pair.a) pair.ab = link;
    else pair.ba = link;
  }
  return [...pairs.values()];
}

/** The arrow a reader sees pointing from one point to another on screen: → ← ↓ ↑. */
export function directionGlyph(from: Point, to: Point): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? '→' : '←';
  return dy >= 0 ? '↓' : '↑';
}

/**
 * The lines of a pair's label. One direction, or both carrying the same
 * services: one line (the arrowheads say which way). Both directions with
 * different services: one line each, led by an arrow from initiator to
 * listener as the two boxes lie on screen (`→ tcp 443`, `← tcp 5701–5703`).
 */
export function pairLabelLines<T>(pair: LinkPair<T>, text: (link: T) => string, centreA: Point, centreB: Point): string[] {
  const forward = pair.ab === undefined ? undefined : text(pair.ab);
  const backward = pair.ba === undefined ? undefined : text(pair.ba);
  if (forward === undefined) return backward === undefined ? [] : [backward];
  if (backward === undefined || backward === forward) return [forward];
  return [`${directionGlyph(centreA, centreB)} ${forward}`, `${directionGlyph(centreB, centreA)} ${backward}`];
}
