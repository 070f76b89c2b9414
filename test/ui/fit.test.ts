import { getViewportForBounds, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { FIT_MAX_ZOOM, fitPadding, measuredFit, sameView } from '../../src/ui/canvas/fit';

/** An internal node as React Flow keeps it: where it is on the canvas, and what it measured (if it was rendered). */
function node(id: string, x: number, y: number, size: { measured?: [number, number]; declared?: [number, number] }, hidden = false) {
  return {
    id,
    position: { x, y },
    data: {},
    hidden,
    ...(size.declared && { width: size.declared[0], height: size.declared[1] }),
    measured: { width: size.measured?.[0], height: size.measured?.[1] },
    internals: { positionAbsolute: { x, y }, z: 0, userNode: undefined as never },
  } as unknown as InternalNode;
}

const state = (nodes: InternalNode[]): Pick<ReactFlowState, 'nodeLookup' | 'width' | 'height' | 'minZoom'> => ({
  nodeLookup: new Map(nodes.map((n) => [n.id, n])) as ReactFlowState['nodeLookup'],
  width: 1000,
  height: 600,
  minZoom: 0.02,
});

describe('measuredFit', () => {
  it('fits the measured nodes and the hidden ones by their declared size, as React Flow’s fit with hidden nodes', () => {
    const fit = measuredFit(
      state([
        node('a', 0, 0, { measured: [200, 100] }),
        node('b', 1800, 900, { declared: [200, 100] }, true),
        node('c', -50, 400, { measured: [100, 50] }),
      ]),
    );
    const bounds = { x: -50, y: 0, width: 2050, height: 1000 };
    expect(fit).toEqual(getViewportForBounds(bounds, 1000, 600, 0.02, FIT_MAX_ZOOM, fitPadding()));
  });

  it('waits while a shown node is unmeasured, and ignores a hidden node with no size', () => {
    expect(measuredFit(state([node('a', 0, 0, { measured: [200, 100] }), node('b', 500, 0, {})]))).toBeUndefined();
    const withSizeless = measuredFit(state([node('a', 0, 0, { measured: [200, 100] }), node('b', 5000, 5000, {}, true)]));
    expect(withSizeless).toEqual(measuredFit(state([node('a', 0, 0, { measured: [200, 100] })])));
  });

  it('has nothing to fit on an empty or unsized canvas', () => {
    expect(measuredFit(state([]))).toBeUndefined();
    expect(measuredFit({ ...state([node('a', 0, 0, { measured: [10, 10] })]), width: 0 })).toBeUndefined();
  });

  it('tells views apart from half a pixel or a thousandth of zoom', () => {
    const view = { x: 10, y: 20, zoom: 0.5 };
    expect(sameView(view, { x: 10.3, y: 19.8, zoom: 0.5004 })).toBe(true);
    expect(sameView(view, { x: 10.6, y: 20, zoom: 0.5 })).toBe(false);
    expect(sameView(view, { x: 10, y: 20, zoom: 0.502 })).toBe(false);
  });
});
