import { describe, expect, it } from 'vitest';
import { mergeNodes, type ViewNode } from '../../src/ui/canvas/view-nodes';

const data = new Map<string, { instance: { id: string; type: string } }>();
const component = (id: string, position = { x: 0, y: 0 }) => {
  if (!data.has(id)) data.set(id, { instance: { id, type: 'web' } });
  return { id, type: 'component', position, data: data.get(id)! } as unknown as ViewNode;
};

describe('mergeNodes', () => {
  const a = component('a');
  const b = component('b');
  const c = component('c');

  it('hands back the same list when nothing changed, so React Flow adopts nothing', () => {
    const previous = mergeNodes([a, b, c], [], new Set());
    expect(mergeNodes([a, b, c], previous, new Set())).toBe(previous);
  });

  it('keeps the unchanged nodes’ objects when the order differs, and makes a new list', () => {
    const previous = mergeNodes([a, b, c], [], new Set());
    const merged = mergeNodes([c, a, b], previous, new Set());
    expect(merged).not.toBe(previous);
    expect(merged.map((n) => n.id)).toEqual(['c', 'a', 'b']);
    for (const node of merged) expect(previous).toContain(node);
  });

  it('finds the previous node by id when one was removed before it, and keeps its measured size', () => {
    const previous = mergeNodes([a, b, c], [], new Set()).map((n) => (n.id === 'c' ? { ...n, measured: { width: 220, height: 90 } } : n));
    const moved = component('c', { x: 40, y: 0 });
    const merged = mergeNodes([b, moved], previous, new Set(['b']));
    expect(merged.map((n) => [n.id, !!n.selected])).toEqual([
      ['b', true],
      ['c', false],
    ]);
    expect(merged[1]!.position).toEqual({ x: 40, y: 0 });
    expect(merged[1]!.measured).toEqual({ width: 220, height: 90 });
  });
});
