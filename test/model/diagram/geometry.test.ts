import { describe, expect, it } from 'vitest';
import {
  anchorOnSide,
  edgeAnchors,
  edgeCurve,
  facingSide,
  pointOnCubic,
  pointOnPolyline,
  polylinePath,
  rectBetween,
  rectsOverlap,
  rectWithin,
} from '../../../src/model/diagram';

const box = (x: number, y: number, width = 220, height = 96) => ({ x, y, width, height });

describe('facing sides', () => {
  it('attaches at the sides that face each other, whichever way round', () => {
    expect(facingSide(box(0, 0), box(400, 0))).toBe('right');
    expect(facingSide(box(400, 0), box(0, 0))).toBe('left');
    expect(facingSide(box(0, 0), box(0, 300))).toBe('bottom');
    expect(facingSide(box(0, 300), box(0, 0))).toBe('top');
  });

  it('chooses left/right for a wide neighbour clearly beside, even when it is a little lower', () => {
    // Centres are 320 apart horizontally and 150 vertically, but the boxes overlap vertically by none and are 100 apart horizontally.
    expect(facingSide(box(0, 0), box(320, 150))).toBe('right');
    // Stacked with a small horizontal shift: top/bottom.
    expect(facingSide(box(0, 0), box(60, 200))).toBe('bottom');
  });

  it('re-attaches when a node moves to the other side', () => {
    const a = box(0, 0);
    expect(edgeAnchors(a, box(500, 0)).source.side).toBe('right');
    expect(edgeAnchors(a, box(-500, 0)).source.side).toBe('left');
    expect(edgeAnchors(a, box(0, 400)).target.side).toBe('top');
  });

  it('puts the anchor on the side, spread toward the other node, away from corners', () => {
    const a = box(0, 0, 200, 100);
    const level = anchorOnSide(a, 'right', { x: 600, y: 50 });
    expect(level).toEqual({ x: 200, y: 50 });
    const lower = anchorOnSide(a, 'right', { x: 600, y: 250 });
    expect(lower.x).toBe(200);
    expect(lower.y).toBeGreaterThan(50);
    expect(lower.y).toBeLessThanOrEqual(100 - 14);
    const far = anchorOnSide(a, 'right', { x: 201, y: 5000 });
    expect(far.y).toBe(86);
  });
});

describe('curves and polylines', () => {
  it('leaves each side at a right angle and ends on the anchors', () => {
    const { source, target } = edgeAnchors(box(0, 0), box(500, 0));
    const curve = edgeCurve(source, target);
    expect(curve[0]).toEqual(source.point);
    expect(curve[3]).toEqual(target.point);
    expect(curve[1].y).toBe(source.point.y);
    expect(curve[1].x).toBeGreaterThan(source.point.x);
    expect(curve[2].x).toBeLessThan(target.point.x);
    expect(pointOnCubic(curve, 0)).toEqual(source.point);
    expect(pointOnCubic(curve, 1)).toEqual(target.point);
  });

  it('finds points by length along a polyline', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ];
    expect(pointOnPolyline(points, 0.5)).toEqual({ x: 100, y: 0 });
    expect(pointOnPolyline(points, 0.25)).toEqual({ x: 50, y: 0 });
    expect(pointOnPolyline(points, 1)).toEqual({ x: 100, y: 100 });
  });

  it('draws a polyline with rounded bends that start and end on its points', () => {
    const path = polylinePath([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ]);
    expect(path.startsWith('M0,0')).toBe(true);
    expect(path).toContain('Q100,0');
    expect(path.endsWith('L100,100')).toBe(true);
  });

  it('tells overlapping boxes from touching ones', () => {
    expect(rectsOverlap(box(0, 0, 10, 10), box(5, 5, 10, 10))).toBe(true);
    expect(rectsOverlap(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(false);
  });

  it('tells a box wholly inside another (edges touching) from one that crosses it', () => {
    expect(rectWithin(box(0, 0, 10, 10), box(0, 0, 10, 10))).toBe(true);
    expect(rectWithin(box(2, 2, 5, 5), box(0, 0, 10, 10))).toBe(true);
    expect(rectWithin(box(6, 2, 5, 5), box(0, 0, 10, 10))).toBe(false);
  });

  it('makes the box between two corners whichever way round they are given', () => {
    expect(rectBetween({ x: 10, y: 2 }, { x: 4, y: 8 })).toEqual(box(4, 2, 6, 6));
    expect(rectBetween({ x: 4, y: 8 }, { x: 10, y: 2 })).toEqual(box(4, 2, 6, 6));
  });
});
