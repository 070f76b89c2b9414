// @vitest-environment jsdom
import type { Edge, InternalNode } from '@xyflow/react';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sameEnd } from '../../src/ui/canvas/FlowEdge';
import { drawnAt, useLeavingDetail } from '../../src/ui/canvas/leave-detail';
import type { ViewNode } from '../../src/ui/canvas/view-nodes';

const node = (id: string, x: number, y: number, hidden = false, parentId?: string): ViewNode =>
  ({ id, type: 'component', position: { x, y }, measured: { width: 220, height: 96 }, hidden, parentId, data: {} }) as unknown as ViewNode;
const zone = (id: string, x: number, y: number): ViewNode =>
  ({ id, type: 'zone', position: { x, y }, measured: { width: 2000, height: 2000 }, data: {} }) as unknown as ViewNode;
const internal = (n: ViewNode, zoneAt = { x: 0, y: 0 }) =>
  [
    n.id,
    {
      ...n,
      internals: { positionAbsolute: { x: n.position.x + zoneAt.x, y: n.position.y + zoneAt.y } },
      measured: { width: 220, height: 96 },
    } as unknown as InternalNode<ViewNode>,
  ] as const;
const edge = (source: string, target: string): Edge => ({ id: `${source}~${target}`, source, target });

describe('leaving the detail view for the overview', () => {
  // A 1000 × 600 pane at 100 % showing the canvas from (0, 0) to (1000, 600).
  const before = { transform: [0, 0, 1] as const, width: 1000, height: 600, nodeLookup: new Map() };
  const nodes = [
    zone('z', 500, 0),
    node('in', 100, 100),
    node('in-zone', 100, 100, false, 'z'),
    node('in-but-hidden', 300, 300, true),
    node('window', 3000, 100),
    node('far', 9000, 9000, true),
  ];
  const nodeLookup = new Map([
    internal(nodes[0]!),
    internal(nodes[1]!),
    internal(nodes[2]!, { x: 500, y: 0 }),
    internal(nodes[3]!),
    internal(nodes[4]!),
    internal(nodes[5]!),
  ]);

  it('keeps shown the components React Flow drew at the view it leaves, and only the edges it drew', () => {
    const edges = [edge('in', 'window'), edge('window', 'far'), edge('in-zone', 'far'), edge('in', 'in-zone')];
    const left = drawnAt({ ...before, edges, nodeLookup, transform: [0, 0, 0.1] }, before)!;
    // Shown and in view; a component in its zone counts where the zone puts it; never a zone.
    expect([...left.ids].sort()).toEqual(['in', 'in-zone']);
    // An edge whose ends' box meets the view was drawn, whether or not its ends are shown.
    expect(left.edges.map((e) => e.id)).toEqual(['in~window', 'in-zone~far', 'in~in-zone']);
  });

  it('hands React Flow its own list back when it drew every edge, and nothing before the pane has a size', () => {
    const edges = [edge('in', 'in-zone')];
    expect(drawnAt({ ...before, edges, nodeLookup }, before)!.edges).toBe(edges);
    expect(drawnAt({ ...before, edges, nodeLookup }, { ...before, width: 0 })).toBeUndefined();
  });
});

describe('an edge’s ends', () => {
  const [, end] = internal(node('a', 10, 20));
  it('are the same when only what the edge does not draw from changed (hidden, selected)', () => {
    expect(sameEnd(end, { ...end, hidden: true })).toBe(true);
    expect(sameEnd(end, { ...end, selected: true })).toBe(true);
    expect(sameEnd(undefined, undefined)).toBe(true);
  });
  it('differ when the node moved, was measured at another size, changed its data, or is gone', () => {
    expect(sameEnd(end, { ...end, internals: { ...end.internals, positionAbsolute: { x: 11, y: 20 } } })).toBe(false);
    expect(sameEnd(end, { ...end, measured: { width: 220, height: 120 } })).toBe(false);
    expect(sameEnd(end, { ...end, data: { ...end.data } })).toBe(false);
    expect(sameEnd(end, undefined)).toBe(false);
  });
});

describe('the detail view left behind', () => {
  // The page is idle when the test says so.
  let idle: (() => void)[] = [];
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => (idle[handle - 1] = () => undefined));
  });
  afterEach(() => vi.unstubAllGlobals());

  const before = { transform: [0, 0, 1] as const, width: 1000, height: 600, nodeLookup: new Map() };
  const nodeLookup = new Map([internal(node('in', 100, 100)), internal(node('out', 5000, 100))]);
  const state = { ...before, transform: [0, 0, 0.1] as const, nodeLookup, edges: [edge('in', 'out')] };

  it('keeps what detail drew until the page is idle, then has it taken away', () => {
    const done = vi.fn();
    const { result } = renderHook(() => useLeavingDetail());
    act(() => void result.current.begin(state, before, done));
    expect([...result.current.kept()!]).toEqual(['in']);
    expect(result.current.leaving?.edges.map((e) => e.id)).toEqual(['in~out']);
    expect(done).not.toHaveBeenCalled();
    act(() => idle.forEach((run) => run()));
    expect(done).toHaveBeenCalledOnce();
    expect(result.current.kept()).toBeUndefined();
    expect(result.current.leaving).toBeUndefined();
  });

  it('ends at once, without taking anything away, when the view goes back into detail first', () => {
    const done = vi.fn();
    const { result } = renderHook(() => useLeavingDetail());
    act(() => void result.current.begin(state, before, done));
    let cancelled = false;
    act(() => void (cancelled = result.current.cancel()));
    expect(cancelled).toBe(true);
    expect(result.current.leaving).toBeUndefined();
    act(() => idle.forEach((run) => run()));
    expect(done).not.toHaveBeenCalled();
    // Nothing left to cancel.
    expect(result.current.cancel()).toBe(false);
  });

  it('keeps nothing when detail drew nothing (a design opened before the canvas had its view)', () => {
    const { result } = renderHook(() => useLeavingDetail());
    const empty = { ...state, nodeLookup: new Map([internal(node('hidden', 100, 100, true))]), edges: [] };
    act(() => void result.current.begin(empty, before, vi.fn()));
    expect(result.current.leaving).toBeUndefined();
    expect(idle).toEqual([]);
  });
});
