import type { Edge, InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { dragReach, edgesForDrag } from '../../src/ui/canvas/drag-edges';
import { edgesInView, type ViewState } from '../../src/ui/canvas/edge-reveal';

/** A 220 x 100 node at (x, y), optionally a zone's child (absolute position given). */
function node(id: string, x: number, y: number, parentId?: string): InternalNode {
  return {
    id,
    position: { x, y },
    data: {},
    ...(parentId && { parentId }),
    measured: { width: 220, height: 100 },
    internals: { positionAbsolute: { x, y }, z: 0, userNode: { id, position: { x, y }, data: {} } },
  } as InternalNode;
}
const edge = (source: string, target: string): Edge => ({ id: `${source}~${target}`, source, target });

// A 1000 x 600 view at zoom 1 over (0, 0); nodes in it, beside it, and far away.
const nodes = [
  node('in', 100, 100),
  node('in2', 600, 300),
  node('near', 1500, 200), // within one view's width of the view
  node('far', 5000, 5000),
  node('far2', 6000, 5000),
  node('farther', 9000, 9000),
  node('zone', 4000, 4000),
  node('child', 4100, 4100, 'zone'),
];
const state: ViewState = { nodeLookup: new Map(nodes.map((n) => [n.id, n])), transform: [0, 0, 1], width: 1000, height: 600 };
const edges = [
  edge('in', 'in2'),
  edge('in', 'far'), // in view: one end is
  edge('near', 'far2'), // its box reaches into the widened view, not into the view
  edge('far', 'far2'), // nowhere near
  edge('far2', 'farther'),
  edge('child', 'farther'), // a child of a zone, far away
];

describe('edges React Flow keeps during a drag', () => {
  it('keeps every edge React Flow would draw now, and those near enough to come into view', () => {
    const kept = edgesForDrag(edges, state, ['in']).map((e) => e.id);
    for (const id of edgesInView(edges, state)) expect(kept).toContain(id);
    expect(kept).toEqual(['in~in2', 'in~far', 'near~far2']);
  });

  it("keeps every edge of a moving node and of a moving zone's components, wherever they are", () => {
    expect(edgesForDrag(edges, state, ['far2']).map((e) => e.id)).toEqual(['in~in2', 'in~far', 'near~far2', 'far~far2', 'far2~farther']);
    expect(edgesForDrag(edges, state, ['zone']).map((e) => e.id)).toContain('child~farther');
  });

  it('follows the view: zoomed out over everything, it keeps them all', () => {
    const wide: ViewState = { ...state, transform: [0, 0, 0.1], width: 1000, height: 1000 };
    expect(edgesForDrag(edges, wide, [])).toEqual(edges);
  });

  it('narrows again around a view an auto-pan took away: the edges there are kept, those left behind go', () => {
    // The view panned along to (8500, 8500), past the reach the drag of `in2` began with.
    const panned: ViewState = { ...state, transform: [-8500, -8500, 1] };
    const reach = dragReach(panned)!;
    expect(reach).toEqual({ x: 7500, y: 7900, width: 3000, height: 1800 });
    expect(edgesForDrag(edges, state, ['in2']).map((e) => e.id)).toEqual(['in~in2', 'in~far', 'near~far2']);
    expect(edgesForDrag(edges, panned, ['in2'], reach).map((e) => e.id)).toEqual(['in~in2', 'far2~farther', 'child~farther']);
  });
});
