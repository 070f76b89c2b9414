import type { Edge, InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { componentsAtDetail, rehearsedEdges } from '../../src/ui/canvas/rehearsal';
import { Reveal } from '../../src/ui/canvas/reveal';
import type { ViewNode } from '../../src/ui/canvas/view-nodes';

const internal = (id: string, type: 'component' | 'zone', x: number, y: number) =>
  [
    id,
    { id, type, internals: { positionAbsolute: { x, y } }, measured: { width: 220, height: 96 } } as unknown as InternalNode<ViewNode>,
  ] as const;
const edge = (source: string, target: string): Edge => ({ id: `${source}~${target}`, source, target });

// A 1000 × 600 pane at zoom 0.1 showing the canvas from (0, 0) to (10000, 6000): its centre is (5000, 3000).
const state = {
  nodes: [] as ViewNode[],
  transform: [0, 0, 0.1] as const,
  width: 1000,
  height: 600,
  nodeLookup: new Map([
    internal('centre', 'component', 4900, 2950),
    internal('centre-right', 'component', 5300, 3100),
    internal('zone', 'zone', 4800, 2900),
    internal('far', 'component', 9000, 100),
    internal('farther', 'component', 100, 5800),
  ]),
};

describe('the rehearsal of the detail view', () => {
  it('takes the components nearest the centre of the view, and the far ends of their edges', () => {
    const edges = [edge('far', 'centre'), edge('far', 'farther')];
    expect([...componentsAtDetail(state, edges, 2)].sort()).toEqual(['centre', 'centre-right', 'far']);
    expect([...componentsAtDetail(state, [], 1)]).toEqual(['centre']);
    // Nearest first: all of them, when asked for more than there are; never a zone.
    expect([...componentsAtDetail(state, [], 10)]).toEqual(['centre', 'centre-right', 'far', 'farther']);
    // Far ends add at most as many again as were in view.
    expect([...componentsAtDetail(state, [edge('centre', 'far'), edge('farther', 'centre')], 1)].sort()).toEqual(['centre', 'far']);
  });

  it('draws only the edges whose two ends it shows', () => {
    const edges = [edge('centre', 'far'), edge('far', 'farther'), edge('centre', 'centre-right')];
    expect(rehearsedEdges(edges, new Set(['centre', 'far', 'centre-right'])).map((e) => e.id)).toEqual([
      'centre~far',
      'centre~centre-right',
    ]);
  });

  it('shows the rehearsed components in the overview and hides every other one', () => {
    const node = (id: string, type: 'component' | 'zone') => ({ id, type, position: { x: 0, y: 0 }, data: {} }) as unknown as ViewNode;
    const next = [node('z', 'zone'), node('a', 'component'), node('b', 'component')];
    const hidden = (nodes: readonly ViewNode[]) => nodes.filter((n) => n.hidden).map((n) => n.id);
    const reveal = new Reveal();
    const noop = () => undefined;
    expect(hidden(reveal.limit(next, [], true, noop))).toEqual(['a', 'b']);
    expect(hidden(reveal.limit(next, [], true, noop, undefined, undefined, new Set(['b'])))).toEqual(['a']);
    // Out of the overview the rehearsal has no say.
    expect(hidden(reveal.limit(next, [], false, noop, undefined, undefined, new Set(['b'])))).toEqual([]);
  });
});
