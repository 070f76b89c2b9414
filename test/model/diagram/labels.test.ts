import { describe, expect, it } from 'vitest';
import { candidatesOnCubic, edgeAnchors, edgeCurve, labelSize, placeLabels, rectsOverlap, type Rect } from '../../../src/model/diagram';

const metrics = { charWidth: 6.5, lineHeight: 13, paddingX: 6, paddingY: 2 };

describe('label placement', () => {
  it('sizes a label from its longest line and its line count', () => {
    expect(labelSize(['tcp 443'], metrics)).toEqual({ width: Math.ceil(7 * 6.5 + 12), height: 17 });
    expect(labelSize(['→ tcp 443', '← tcp 80'], metrics).height).toBe(30);
  });

  it('keeps the middle when it is free', () => {
    const { placed, hidden } = placeLabels(
      [
        {
          id: 'e',
          width: 40,
          height: 16,
          candidates: [
            { x: 100, y: 100 },
            { x: 200, y: 100 },
          ],
        },
      ],
      [],
    );
    expect(hidden).toEqual([]);
    expect(placed.get('e')).toEqual({ x: 80, y: 92, width: 40, height: 16 });
  });

  it('moves along the edge to clear a component and another label', () => {
    const component: Rect = { x: 80, y: 80, width: 60, height: 60 };
    const { placed } = placeLabels(
      [
        {
          id: 'first',
          width: 40,
          height: 16,
          candidates: [
            { x: 100, y: 100 },
            { x: 250, y: 100 },
          ],
        },
        {
          id: 'second',
          width: 40,
          height: 16,
          candidates: [
            { x: 250, y: 100 },
            { x: 250, y: 140 },
          ],
        },
      ],
      [component],
    );
    const first = placed.get('first')!;
    const second = placed.get('second')!;
    expect(first.x + first.width / 2).toBe(250);
    expect(second.y + second.height / 2).toBe(140);
    expect(rectsOverlap(first, second)).toBe(false);
    expect(rectsOverlap(first, component) || rectsOverlap(second, component)).toBe(false);
  });

  it('leaves a label out rather than piling it on another', () => {
    const { placed, hidden } = placeLabels(
      [
        { id: 'a', width: 60, height: 16, candidates: [{ x: 0, y: 0 }] },
        { id: 'b', width: 60, height: 16, candidates: [{ x: 10, y: 4 }] },
      ],
      [],
    );
    expect([...placed.keys()]).toEqual(['a']);
    expect(hidden).toEqual(['b']);
  });

  it('places many labels on crossing edges with no two overlapping', () => {
    const boxes: Rect[] = [];
    for (let i = 0; i < 40; i++) boxes.push({ x: (i % 8) * 320, y: Math.floor(i / 8) * 220, width: 220, height: 96 });
    const requests = [];
    for (let i = 0; i < 39; i++) {
      for (const j of [i + 1, (i + 9) % 40]) {
        const { source, target } = edgeAnchors(boxes[i]!, boxes[j]!);
        requests.push({ id: `${i}-${j}`, width: 70, height: 16, candidates: candidatesOnCubic(edgeCurve(source, target)) });
      }
    }
    const { placed, hidden } = placeLabels(requests, boxes);
    expect(placed.size + hidden.length).toBe(requests.length);
    expect(placed.size).toBeGreaterThan(requests.length / 2);
    const rects = [...placed.values()];
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) expect(rectsOverlap(rects[i]!, rects[j]!)).toBe(false);
      for (const b of boxes) expect(rectsOverlap(rects[i]!, b)).toBe(false);
    }
  });
});

describe('labels beside short edges', () => {
  it('puts the label just above or below an edge too short to hold it', () => {
    const left = { x: 0, y: 0, width: 220, height: 40 };
    const right = { x: 300, y: 0, width: 220, height: 80 };
    const { source, target } = edgeAnchors(left, right);
    const candidates = candidatesOnCubic(edgeCurve(source, target));
    const { placed, hidden } = placeLabels([{ id: 'e', width: 130, height: 19, candidates }], [left, right]);
    expect(hidden).toEqual([]);
    const rect = placed.get('e')!;
    expect(rectsOverlap(rect, left) || rectsOverlap(rect, right)).toBe(false);
    expect(rect.y + rect.height <= 0 || rect.y >= 80).toBe(true);
  });
});
