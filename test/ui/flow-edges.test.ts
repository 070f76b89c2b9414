import { describe, expect, it } from 'vitest';
import type { DrawnEdge, FlowPair } from '../../src/store/derived';
import { flowEdgesFor } from '../../src/ui/canvas/flow-edges';

const pair = (from: string, to: string, label: string) => ({ id: `${from}>${to}`, from, to, label }) as unknown as FlowPair;
function drawn(a: string, b: string, label: string, conditional = false): DrawnEdge {
  return {
    id: `${a}~${b}`,
    a,
    b,
    ab: pair(a, b, label),
    ba: undefined,
    conditional,
    crossesZones: false,
    local: false,
    allExcluded: false,
    internalOnly: false,
    hasUserFlow: false,
  };
}

describe('React Flow edge objects', () => {
  it('keeps the list and each edge when the pairs are new objects React Flow would see no difference in (a rename)', () => {
    const canvas = {};
    const first = flowEdgesFor(canvas, [drawn('a', 'b', 'tcp 443'), drawn('b', 'c', 'tcp 80')], undefined, undefined);
    const again = flowEdgesFor(canvas, [drawn('a', 'b', 'tcp 443'), drawn('b', 'c', 'tcp 80')], undefined, undefined);
    expect(again).toBe(first);
  });

  it('keeps an edge whose ports changed (FlowEdge describes them), and makes a new one when a direction or the selection changes', () => {
    const canvas = {};
    const first = flowEdgesFor(canvas, [drawn('a', 'b', 'tcp 443'), drawn('b', 'c', 'tcp 80')], undefined, undefined);
    expect(flowEdgesFor(canvas, [drawn('a', 'b', 'tcp 443, 8443'), drawn('b', 'c', 'tcp 80')], undefined, undefined)).toBe(first);
    const both = { ...drawn('a', 'b', 'tcp 443'), ba: pair('b', 'a', 'tcp 22') };
    const turned = flowEdgesFor(canvas, [both, drawn('b', 'c', 'tcp 80')], undefined, undefined);
    expect(turned).not.toBe(first);
    expect(turned[0]!.markerStart).toBeDefined();
    expect(turned[1]).toBe(first[1]);
    const selected = flowEdgesFor(canvas, [both, drawn('b', 'c', 'tcp 80')], 'b~c', undefined);
    expect(selected[1]!.selected).toBe(true);
    expect(selected[0]).toBe(turned[0]);
  });

  it('keeps the canvases apart', () => {
    const edges = [drawn('a', 'b', 'tcp 443')];
    const one = flowEdgesFor({}, edges, 'a~b', undefined);
    const other = flowEdgesFor({}, edges, undefined, undefined);
    expect(one[0]!.selected).toBe(true);
    expect(other[0]!.selected).toBe(false);
  });
});
