import { describe, expect, it } from 'vitest';
import { applyMoves, detour, freeSpot, pushClear, rectsOverlap } from '../../../src/model/diagram';
import type { Design } from '../../../src/model/design/schema';

const design = {
  zones: [
    { id: 'dmz', name: 'DMZ', kind: 'dmz', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } },
    { id: 'app', name: 'App', kind: 'internal', position: { x: 600, y: 0 }, size: { width: 400, height: 300 } },
  ],
  components: [{ id: 'web', type: 'infra.browser', zone: 'dmz', position: { x: 20, y: 60 }, options: {}, params: {}, servedBy: {} }],
} as unknown as Design;

describe('a finished drag', () => {
  it('pushes a zone dropped on another clear of it', () => {
    const next = applyMoves(design, { zones: new Map([['dmz', { x: 500, y: 40 }]]), components: new Map() });
    const [dmz, app] = next.zones;
    expect(rectsOverlap({ ...dmz!.position!, ...dmz!.size! }, { ...app!.position!, ...app!.size! })).toBe(false);
  });

  it('puts a component in the zone under the pointer, not under its corner', () => {
    // Dropped with its top-left still in the DMZ, the pointer inside App.
    const next = applyMoves(design, {
      zones: new Map(),
      components: new Map([['web', { position: { x: 380, y: 60 }, size: { width: 220, height: 96 } }]]),
      pointer: { id: 'web', at: { x: 640, y: 100 } },
    });
    const web = next.components[0]!;
    expect(web.zone).toBe('app');
    expect(web.position).toEqual({ x: 380 - 600, y: 60 });
  });

  it('finds no clear place when the zone is boxed in, and says so', () => {
    const walls = [-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j) => ({ x: i * 110, y: j * 110, width: 100, height: 100 })));
    expect(pushClear({ x: 10, y: 10, width: 80, height: 80 }, walls)).toBeUndefined();
    expect(pushClear({ x: 10, y: 10, width: 80, height: 80 }, [walls[4]!])).toBeDefined();
  });
});

describe('free space and detours', () => {
  it('places a new box in view on nothing taken', () => {
    const view = { x: 0, y: 0, width: 1200, height: 800 };
    const taken = [{ x: 0, y: 0, width: 500, height: 400 }];
    const spot = freeSpot({ width: 460, height: 320 }, view, taken);
    expect(rectsOverlap({ ...spot, width: 460, height: 320 }, taken[0]!)).toBe(false);
    expect(spot.x + 460).toBeLessThanOrEqual(1200);
  });

  it('goes around a box that lies between two others', () => {
    const a = { x: 0, y: 0, width: 220, height: 90 };
    const between = { x: 0, y: 150, width: 220, height: 90 };
    const b = { x: 0, y: 300, width: 220, height: 90 };
    const points = detour(a, b, [between])!;
    expect(points.length).toBeGreaterThan(2);
    for (const p of points)
      expect(p.x > between.x && p.x < between.x + between.width && p.y > between.y && p.y < between.y + between.height).toBe(false);
    expect(detour(a, { ...b, x: 600, y: 0 }, [between])).toBeUndefined();
  });
});
