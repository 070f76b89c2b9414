/**
 * A drag or an auto-layout changes only where things are drawn; the derived
 * flows, matrix and edges are then reused (the same objects), so nothing
 * re-derives and no reader re-renders. Anything else derives afresh.
 */
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate';
import { applyLayout } from '../../src/model/placement';
import { updateComponent, updateComponents, updateZone } from '../../src/model/design/edit';
import { deriveInSteps, derivedOf, onlyPlacementDiffers } from '../../src/store/derived';

describe('derived results across placement-only changes', () => {
  const design = generateDesign(100);
  const [first, second] = design.components;

  it('reuses them when only positions and sizes change', () => {
    const before = derivedOf(design);
    const moved = updateComponents(design, new Map([[first!.id, { position: { x: 1, y: 2 } }]]));
    expect(onlyPlacementDiffers(design, moved)).toBe(true);
    expect(derivedOf(moved)).toBe(before);
    const resized = updateZone(moved, design.zones[1]!.id, { position: { x: 5, y: 5 }, size: { width: 900, height: 700 } });
    expect(derivedOf(resized)).toBe(before);
    const laidOut = applyLayout(resized, { components: new Map([[second!.id, { x: 10, y: 10 }]]), zones: new Map() });
    expect(derivedOf(laidOut)).toBe(before);
  });

  it('derives afresh when anything a flow or a row reads changes', () => {
    const before = derivedOf(design);
    for (const changed of [
      updateComponent(design, first!.id, { label: 'Renamed' }),
      updateComponent(design, first!.id, { zone: design.zones[2]!.id }),
      updateComponent(design, first!.id, { options: { anything: true } }),
      updateZone(design, design.zones[1]!.id, { name: 'Renamed zone' }),
      { ...design, excluded: [...design.excluded, 'some:flow'] },
    ]) {
      expect(onlyPlacementDiffers(design, changed)).toBe(false);
      expect(derivedOf(changed)).not.toBe(before);
    }
  });
});

describe('a large design derived in steps before it is shown', () => {
  it('gives what deriving at once gives, over several tasks, and the first read finds it done', async () => {
    const design = generateDesign(1200);
    let pauses = 0;
    await deriveInSteps(design, async () => {
      pauses++;
    });
    // Each step pauses first: the flow limit and flows, pairs in slices, and the matrix.
    expect(pauses).toBeGreaterThanOrEqual(4);
    const stepped = derivedOf(design);
    const atOnce = derivedOf(structuredClone(design));
    expect(atOnce).not.toBe(stepped);
    expect(stepped.flows.map((f) => f.key)).toEqual(atOnce.flows.map((f) => f.key));
    expect(stepped.pairs.map((p) => [p.id, p.label, p.fullLabel])).toEqual(atOnce.pairs.map((p) => [p.id, p.label, p.fullLabel]));
    expect(stepped.edges.map((e) => e.id)).toEqual(atOnce.edges.map((e) => e.id));
    expect(stepped.rows.length).toBe(atOnce.rows.length);
    expect(stepped.rows.length).toBeGreaterThan(1000);
  });
});
