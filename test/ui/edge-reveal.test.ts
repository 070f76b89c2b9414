// @vitest-environment jsdom
import type { Edge, InternalNode } from '@xyflow/react';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { nextChunk, revealOrder, useEdgeReveal, type ViewState } from '../../src/ui/canvas/edge-reveal';

const node = (id: string, x: number, y: number) =>
  [id, { id, internals: { positionAbsolute: { x, y } }, measured: { width: 100, height: 50 } } as unknown as InternalNode] as const;
// Ten components in a 1000 × 600 view at 100 %, and two far outside the window around it.
const nodeLookup = new Map([
  ...Array.from({ length: 10 }, (_, i) => node(`n${i}`, i * 90, (i % 3) * 150)),
  node('far1', 9000, 9000),
  node('far2', 9500, 9500),
]);
const inView: Edge[] = Array.from({ length: 70 }, (_, i) => ({ id: `e${i}`, source: `n${i % 10}`, target: `n${(i + 1 + (i % 4)) % 10}` }));
const farAway: Edge = { id: 'far', source: 'far1', target: 'far2' };
const edges = [...inView, farAway];

function viewStore() {
  const handed: string[][] = [];
  const store = createStore<ViewState & { nodes: readonly unknown[]; edges: Edge[]; setEdges(edges: Edge[]): void }>((set) => ({
    nodeLookup,
    transform: [0, 0, 1],
    width: 1000,
    height: 600,
    nodes: [],
    edges: [],
    setEdges: (next) => {
      handed.push(next.map((edge) => edge.id));
      set({ edges: next });
    },
  }));
  return { store, handed };
}

const overviewAt = (zoom: number) => zoom < 0.3;
// A frame, and the microtasks its tasks queue (a chunk is timed in one).
const frame = () => act(() => vi.advanceTimersByTimeAsync(17));

describe('edges joining as the view leaves the overview', () => {
  // performance.now stands still: each chunk costs nothing, so each is twice the last (20, 40, …).
  beforeEach(() =>
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] }),
  );
  afterEach(() => vi.useRealTimers());

  it('hands React Flow the edges in view a chunk per frame, without rendering the canvas for each, then those of the window', async () => {
    const { store, handed } = viewStore();
    let renders = 0;
    const { result, rerender } = renderHook(
      ({ list, overview }: { list: Edge[]; overview: boolean }) => {
        renders++;
        return useEdgeReveal(list, overview, true, store, { current: false }, overviewAt);
      },
      { initialProps: { list: edges, overview: true } },
    );
    expect(result.current.shown).toEqual([]);
    act(() => result.current.start());
    rerender({ list: edges, overview: false });
    const rendersAtStart = renders;
    expect(result.current.shown).toEqual([]);
    // Out of sight while they join, so the view is painted once.
    expect(result.current.hidden).toBe(true);
    await frame();
    await frame();
    expect(handed.map((ids) => ids.length)).toEqual([20, 60]);
    expect(result.current.hidden).toBe(true);
    for (let i = 0; i < 4; i++) await frame();
    // 70 edges in view: 20, then 40 more, then the last 10; the far edge never.
    expect(handed.map((ids) => ids.length)).toEqual([20, 60, 70]);
    expect(result.current.hidden).toBe(false);
    expect(handed[2]!.sort()).toEqual(inView.map((edge) => edge.id).sort());
    // Then the window's edges come as the canvas's own (one render), the far edge still not among them.
    expect(renders - rendersAtStart).toBeLessThanOrEqual(2);
    expect(result.current.shown.map((edge) => edge.id).sort()).toEqual(inView.map((edge) => edge.id).sort());
  });

  it('hands React Flow an edit made meanwhile, for the edges it already has and those still to join', async () => {
    const { store, handed } = viewStore();
    const { result, rerender } = renderHook(
      ({ list, overview }: { list: Edge[]; overview: boolean }) =>
        useEdgeReveal(list, overview, true, store, { current: false }, overviewAt),
      { initialProps: { list: edges, overview: true } },
    );
    act(() => result.current.start());
    rerender({ list: edges, overview: false });
    await frame();
    expect(handed.at(-1)).toHaveLength(20);
    // An edit changes the first edge (already joined) and the last in view (not yet).
    const edited = edges.map((edge) => (edge.id === 'e0' || edge.id === 'e69' ? { ...edge, label: 'edited' } : edge));
    rerender({ list: edited, overview: false });
    expect(store.getState().edges).toHaveLength(20);
    expect(store.getState().edges.find((edge) => edge.id === 'e0')).toBe(edited[0]);
    for (let i = 0; i < 6; i++) await frame();
    const last = store.getState().edges;
    expect(last).toHaveLength(70);
    expect(last.find((edge) => edge.id === 'e69')).toBe(edited[69]);
  });

  it('leaves a frame that other work takes (a label layout) to it: the chunk waits for the next frame', async () => {
    const { store, handed } = viewStore();
    const frames: number[] = [];
    const yieldTo = vi.fn((frameStart: number) => {
      frames.push(frameStart);
      return frames.length === 1;
    });
    const { result, rerender } = renderHook(
      ({ list, overview }: { list: Edge[]; overview: boolean }) =>
        useEdgeReveal(list, overview, true, store, { current: false }, overviewAt, yieldTo),
      { initialProps: { list: edges, overview: true } },
    );
    act(() => result.current.start());
    rerender({ list: edges, overview: false });
    await frame();
    expect(handed).toEqual([]);
    await frame();
    expect(handed.map((ids) => ids.length)).toEqual([20]);
    // Asked once a frame, with that frame's start.
    expect(frames).toHaveLength(2);
    expect(frames[1]!).toBeGreaterThan(frames[0]!);
  });

  it('shows the edges joining after half a second on a machine too slow to join them all by then, and none once back in the overview', async () => {
    const { store, handed } = viewStore();
    const many: Edge[] = Array.from({ length: 400 }, (_, i) => ({ id: `m${i}`, source: `n${i % 10}`, target: `n${(i + 3) % 10}` }));
    const { result, rerender } = renderHook(
      ({ list, overview }: { list: Edge[]; overview: boolean }) =>
        useEdgeReveal(list, overview, true, store, { current: false }, overviewAt),
      { initialProps: { list: many, overview: true } },
    );
    act(() => result.current.start());
    rerender({ list: many, overview: false });
    // Each chunk costs 50 ms of script: after the first, each is the smallest, 6 edges a frame.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 50));
    await act(() => vi.advanceTimersByTimeAsync(480));
    expect(result.current.hidden).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(40));
    expect(result.current.hidden).toBe(false);
    const joinedBy500 = handed.at(-1)!.length;
    expect(joinedBy500).toBeLessThan(400);
    // The rest join in sight.
    await frame();
    expect(handed.at(-1)!.length).toBeGreaterThan(joinedBy500);
    act(() => void result.current.leave());
    rerender({ list: many, overview: true });
    expect(result.current.hidden).toBe(false);
    expect(result.current.shown).toEqual([]);
  });
});

describe('the size of a chunk of edges', () => {
  it('follows what the last one cost, towards 12 ms, growing at most twofold, between 6 and 60 edges', () => {
    expect(nextChunk(20, 24)).toBe(10);
    expect(nextChunk(20, 6)).toBe(40);
    expect(nextChunk(20, 1)).toBe(40);
    expect(nextChunk(40, 1)).toBe(60);
    expect(nextChunk(10, 100)).toBe(6);
    expect(nextChunk(20, 0)).toBe(40);
  });
});

describe('the order edges join in', () => {
  it('puts the edges of components in view before those that only cross the view, and leaves out the rest', () => {
    const lookup = new Map([...nodeLookup, node('left', -500, 250), node('right', 1500, 250)]);
    const state = { nodeLookup: lookup, transform: [0, 0, 1] as const, width: 1000, height: 600 };
    const across: Edge = { id: 'across', source: 'left', target: 'right' };
    const intoView: Edge = { id: 'into', source: 'left', target: 'n3' };
    expect(revealOrder([across, farAway, inView[0]!, intoView], state)).toEqual(['e0', 'into', 'across']);
  });
});
