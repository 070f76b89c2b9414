import type { InternalNode } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { labelLayoutTakes, scheduleLabelLayout, type LabelLayoutInput } from '../../src/ui/canvas/label-layout';
import type { ViewNode } from '../../src/ui/canvas/view-nodes';

// One component wherever asked: each new place is a new layout (the last one no longer holds).
const at = (x: number): LabelLayoutInput => ({
  nodeLookup: new Map([
    [
      'c',
      {
        id: 'c',
        type: 'component',
        position: { x, y: 0 },
        data: {},
        measured: { width: 220, height: 96 },
        internals: { positionAbsolute: { x, y: 0 }, z: 0, userNode: {} },
      } as unknown as InternalNode<ViewNode>,
    ],
  ]),
  edges: [],
  busy: false,
});

describe('a label layout asked for, and the frame it takes', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('runs one still waiting at once, and says it takes the frame', () => {
    const read = vi.fn(() => at(10));
    scheduleLabelLayout(read);
    const frameStart = performance.now();
    expect(labelLayoutTakes(frameStart)).toBe(true);
    expect(read).toHaveBeenCalledTimes(1);
    // Its timer no longer runs it again.
    vi.advanceTimersByTime(100);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('takes a frame it ran in, not the next one', () => {
    scheduleLabelLayout(() => at(20));
    vi.advanceTimersByTime(30);
    const ranAt = performance.now();
    expect(labelLayoutTakes(ranAt - 5)).toBe(true);
    vi.advanceTimersByTime(17);
    expect(labelLayoutTakes(performance.now())).toBe(false);
  });

  it('takes no frame when it had nothing to place: busy, or the same as the last', () => {
    vi.advanceTimersByTime(50);
    scheduleLabelLayout(() => ({ ...at(30), busy: true }));
    expect(labelLayoutTakes(performance.now())).toBe(false);
    const same = at(40);
    scheduleLabelLayout(() => same);
    expect(labelLayoutTakes(performance.now())).toBe(true);
    vi.advanceTimersByTime(17);
    scheduleLabelLayout(() => same);
    expect(labelLayoutTakes(performance.now())).toBe(false);
  });
});
