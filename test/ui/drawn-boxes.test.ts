import type { InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { DrawnBoxes } from '../../src/ui/canvas/drawn-boxes';
import type { ViewNode } from '../../src/ui/canvas/view-nodes';

const node = (id: string, type: string | undefined, x: number, y: number, hidden = false) =>
  [
    id,
    {
      id,
      hidden,
      data: type ? { instance: { type } } : {},
      internals: { positionAbsolute: { x, y } },
      measured: { width: 220, height: 96 },
    } as unknown as InternalNode<ViewNode>,
  ] as const;

describe('the boxes a minimap was drawn from', () => {
  it('match the same nodes where they were, shown or hidden, and nothing else', () => {
    const drawn = new DrawnBoxes();
    const nodes = new Map([node('zone', undefined, 0, 0), node('a', 'sql-server', 10, 20), node('b', 'wso2-apim', 300, 20)]);
    expect(drawn.matches(nodes)).toBe(false);
    drawn.keep(nodes);
    expect([...drawn.boxes]).toEqual([0, 0, 220, 96, 10, 20, 220, 96, 300, 20, 220, 96]);
    expect(drawn.matches(nodes)).toBe(true);
    // The switch into the overview hides every component: the same boxes.
    expect(
      drawn.matches(new Map([node('zone', undefined, 0, 0), node('a', 'sql-server', 10, 20, true), node('b', 'wso2-apim', 300, 20, true)])),
    ).toBe(true);
    // A component moved, one of another product, one gone, another order: each is a change.
    expect(drawn.matches(new Map([node('zone', undefined, 0, 0), node('a', 'sql-server', 11, 20), node('b', 'wso2-apim', 300, 20)]))).toBe(
      false,
    );
    expect(drawn.matches(new Map([node('zone', undefined, 0, 0), node('a', 'tarantella', 10, 20), node('b', 'wso2-apim', 300, 20)]))).toBe(
      false,
    );
    expect(drawn.matches(new Map([node('zone', undefined, 0, 0), node('a', 'sql-server', 10, 20)]))).toBe(false);
    expect(drawn.matches(new Map([node('zone', undefined, 0, 0), node('b', 'wso2-apim', 300, 20), node('a', 'sql-server', 10, 20)]))).toBe(
      false,
    );
  });
});
