import { describe, expect, it } from 'vitest';
import { collapseRanges, directionGlyph, pairLabelLines, portListText, unorderedPairId, unorderedPairs } from '../../../src/model/diagram';

const tcp = (from: number, to = from) => ({ protocol: 'tcp' as const, range: { from, to } });
const udp = (from: number, to = from) => ({ protocol: 'udp' as const, range: { from, to } });

describe('port text', () => {
  it('collapses consecutive and overlapping ports into ranges', () => {
    expect(
      collapseRanges([
        { from: 5703, to: 5703 },
        { from: 5701, to: 5701 },
        { from: 5702, to: 5702 },
      ]),
    ).toEqual([{ from: 5701, to: 5703 }]);
    expect(
      collapseRanges([
        { from: 80, to: 80 },
        { from: 443, to: 443 },
      ]),
    ).toEqual([
      { from: 80, to: 80 },
      { from: 443, to: 443 },
    ]);
    expect(
      collapseRanges([
        { from: 6000, to: 6010 },
        { from: 6005, to: 6020 },
        { from: 6021, to: 6021 },
      ]),
    ).toEqual([{ from: 6000, to: 6021 }]);
  });

  it('writes tcp 5701–5703 with an en dash, protocols apart', () => {
    expect(portListText([tcp(5701), tcp(5702), tcp(5703)]).short).toBe('tcp 5701–5703');
    expect(portListText([udp(1434), tcp(443), tcp(80)]).short).toBe('tcp 80, 443 · udp 1434');
  });

  it('summarises a long list and keeps the full one', () => {
    const text = portListText([tcp(9080), tcp(9443), tcp(9763), tcp(8243), tcp(8280)], 2);
    expect(text.short).toBe('tcp 8243, 8280 +3');
    expect(text.full).toBe('tcp 8243, 8280, 9080, 9443, 9763');
    expect(text.hidden).toBe(3);
    expect(portListText([tcp(1), tcp(2)], 2).short).toBe('tcp 1–2');
  });
});

describe('unordered pairs', () => {
  it('puts both directions between two components on one pair', () => {
    const pairs = unorderedPairs([
      { from: 'sf02', to: 'sf01', text: 'tcp 5701–5703' },
      { from: 'sf01', to: 'sf02', text: 'tcp 5701–5703' },
      { from: 'lb', to: 'sf01', text: 'tcp 80' },
    ]);
    expect(pairs.map((p) => p.id)).toEqual(['sf01~sf02', 'lb~sf01']);
    expect(pairs[0]!.a).toBe('sf01');
    expect(pairs[0]!.ab?.from).toBe('sf01');
    expect(pairs[0]!.ba?.from).toBe('sf02');
    expect(pairs[1]!.ab?.to).toBe('sf01');
    expect(pairs[1]!.ba).toBeUndefined();
    expect(unorderedPairId('b', 'a')).toBe(unorderedPairId('a', 'b'));
  });

  it('labels one line when the directions agree, one line each with arrows when they differ', () => {
    const left = { x: 0, y: 0 };
    const right = { x: 400, y: 0 };
    const [same] = unorderedPairs([
      { from: 'a', to: 'b', text: 'tcp 5701' },
      { from: 'b', to: 'a', text: 'tcp 5701' },
    ]);
    expect(pairLabelLines(same!, (l) => l.text, left, right)).toEqual(['tcp 5701']);
    const [differ] = unorderedPairs([
      { from: 'a', to: 'b', text: 'tcp 443' },
      { from: 'b', to: 'a', text: 'tcp 80' },
    ]);
    expect(pairLabelLines(differ!, (l) => l.text, left, right)).toEqual(['→ tcp 443', '← tcp 80']);
    // The arrows follow the boxes on screen: b above a.
    expect(pairLabelLines(differ!, (l) => l.text, { x: 0, y: 300 }, { x: 0, y: 0 })).toEqual(['↑ tcp 443', '↓ tcp 80']);
    expect(directionGlyph({ x: 0, y: 0 }, { x: -5, y: 1 })).toBe('←');
  });
});
