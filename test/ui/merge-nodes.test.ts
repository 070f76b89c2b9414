import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { updateComponent } from '../../src/model/design/edit';
import { draggedAsTheyAre, mergeNodes, viewNodes, type ViewNode } from '../../src/ui/canvas/view-nodes';

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

describe('draggedAsTheyAre', () => {
  const zone = (id: string, position: { x: number; y: number }) => ({ id, type: 'zone', position, data: {} }) as unknown as ViewNode;

  it('keeps where React Flow has dragged a node to, so a list handed over mid-drag does not put it back', () => {
    const design = [zone('dmz', { x: 0, y: 0 }), component('a', { x: 10, y: 10 }), component('b', { x: 300, y: 10 })];
    const current = mergeNodes(design, [], new Set(['dmz']));
    const held = { x: 0, y: 1800 };
    const dragging = current.map((n) => (n.id === 'dmz' ? ({ ...n, position: held, dragging: true } as ViewNode) : n));
    const next = draggedAsTheyAre(design, dragging);
    expect(next[0]!.position).toBe(held);
    expect(next.slice(1)).toEqual(design.slice(1));
    // Merged, React Flow keeps its own node for the dragged zone and for the others.
    const merged = mergeNodes(next, dragging, new Set(['dmz']));
    expect(merged).toBe(dragging);
  });

  it('hands back the design’s own list when nothing is being dragged', () => {
    const design = [component('a', { x: 10, y: 10 }), component('b', { x: 300, y: 10 })];
    expect(draggedAsTheyAre(design, mergeNodes(design, [], new Set()))).toBe(design);
  });
});

describe('viewNodes', () => {
  const start = generateDesign(40, bundledCatalogue(), { seed: 3, perSite: 20 });

  it('hands back the same list for the same design, and a new one, reusing unchanged nodes, after an edit', () => {
    const first = viewNodes(start);
    expect(viewNodes(start)).toBe(first);
    const moved = start.components[5]!;
    const edited = updateComponent(start, moved.id, { position: { x: 1234, y: 56 } });
    const next = viewNodes(edited);
    expect(next).not.toBe(first);
    expect(next).toHaveLength(first.length);
    for (const [i, node] of next.entries()) {
      if (node.id === moved.id) expect(node.position).toEqual({ x: 1234, y: 56 });
      else expect(node).toBe(first[i]);
    }
    // A drop's preview positions are never the remembered list.
    const previewed = viewNodes(edited, new Map([[moved.id, { x: 0, y: 0 }]]));
    expect(previewed).not.toBe(next);
    expect(viewNodes(edited)).toBe(next);
  });
});
