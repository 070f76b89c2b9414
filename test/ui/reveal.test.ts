import { describe, expect, it } from 'vitest';
import { inView, Reveal } from '../../src/ui/canvas/reveal';
import type { ViewNode } from '../../src/ui/canvas/view-nodes';

const zone = (id: string, x: number, y: number) =>
  ({ id, type: 'zone', position: { x, y }, data: { zone: { id } }, width: 400, height: 300 }) as unknown as ViewNode;
const component = (id: string, x: number, y: number, parentId?: string) =>
  ({
    id,
    type: 'component',
    position: { x, y },
    data: { instance: { id } },
    initialWidth: 220,
    initialHeight: 96,
    ...(parentId && { parentId }),
  }) as unknown as ViewNode;

const hiddenIds = (nodes: readonly ViewNode[]) => nodes.filter((n) => n.hidden).map((n) => n.id);
const noop = () => undefined;

describe('Reveal.limit with a window of kept components', () => {
  // A zone at x 5000 holds one component; two lie loose near the origin and one far to the right.
  const next = [
    zone('z', 5000, 0),
    component('near', 0, 0),
    component('also-near', 300, 0),
    component('far', 9000, 0),
    component('in-zone', 10, 10, 'z'),
  ];
  const window = { x: -100, y: -100, width: 1000, height: 500 };

  it('hides the components outside the window and shows the rest, zones always', () => {
    const reveal = new Reveal();
    const limited = reveal.limit(next, [], false, noop, () => true, inView(next, window));
    expect(hiddenIds(limited)).toEqual(['far', 'in-zone']);
    expect(reveal.revealing).toBe(false);
  });

  it('places a component in a zone by the zone’s position', () => {
    const reveal = new Reveal();
    const around = { x: 4900, y: -100, width: 600, height: 400 };
    expect(hiddenIds(reveal.limit(next, [], false, noop, () => true, inView(next, around)))).toEqual(['near', 'also-near', 'far']);
  });

  it('keeps a component shown once it was, though the window has moved away from it', () => {
    const reveal = new Reveal();
    const shown = reveal.limit(next, [], false, noop, () => true, inView(next, window));
    const elsewhere = { x: 8800, y: -100, width: 1000, height: 500 };
    expect(hiddenIds(reveal.limit(next, shown, false, noop, () => true, inView(next, elsewhere)))).toEqual(['in-zone']);
  });

  it('hides every component in the overview, whatever the window', () => {
    const reveal = new Reveal();
    expect(
      hiddenIds(
        reveal.limit(
          next,
          [],
          true,
          noop,
          () => true,
          () => true,
        ),
      ),
    ).toEqual(['near', 'also-near', 'far', 'in-zone']);
  });

  it('shows every component without a window', () => {
    const reveal = new Reveal();
    expect(hiddenIds(reveal.limit(next, [], false, noop))).toEqual([]);
  });

  it('keeps the same hidden object for a component that stays hidden, so React Flow finds nothing changed', () => {
    const reveal = new Reveal();
    const a = reveal.limit(next, [], false, noop, () => true, inView(next, window));
    const b = reveal.limit(next, a, false, noop, () => true, inView(next, window));
    expect(b.find((n) => n.id === 'far')).toBe(a.find((n) => n.id === 'far'));
  });
});
