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

  it('makes a new edge, and a new list, when its ports or its selection change', () => {
    const canvas = {};
    const first = flowEdgesFor(canvas, [drawn('a', 'b', 'tcp 443'), drawn('b', 'c', 'tcp 80')], undefined, undefined);
    const ported = flowEdgesFor(canvas, [drawn('a', 'b', 'tcp 443, 8443'), drawn('b', 'c', 'tcp 80')], undefined, undefined);
    expect(ported).not.toBe(first);
    expect(ported[0]).not.toBe(first[0]);
    expect(ported[0]!.ariaLabel).toContain('tcp 443, 8443');
    expect(ported[1]).toBe(first[1]);
    const selected = flowEdgesFor(canvas, [drawn('a', 'b', 'tcp 443, 8443'), drawn('b', 'c', 'tcp 80')], 'b~c', undefined);
    expect(selected[1]!.selected).toBe(true);
    expect(selected[0]).toBe(ported[0]);
  });

  it('keeps the canvases apart', () => {
    const edges = [drawn('a', 'b', 'tcp 443')];
    const one = flowEdgesFor({}, edges, 'a~b', undefined);
    const other = flowEdgesFor({}, edges, undefined, undefined);
    expect(one[0]!.selected).toBe(true);
    expect(other[0]!.selected).toBe(false);
  });
});
