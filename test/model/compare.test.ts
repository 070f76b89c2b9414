/** "Compare with…": another design's matrix as the baseline, diffed against the design on screen. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesign } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { buildMatrix } from '../../src/model/matrix';
import { baselineOfDesign, diffMatrix } from '../../src/model/request/diff';

const catalogue = bundledCatalogue();
const example = (name: string): Design => {
  const result = restoreDesign(new Uint8Array(readFileSync(resolve(__dirname, '../../examples', name))), catalogue, name);
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
};

describe('baselineOfDesign', () => {
  const now = example('tachyon-remote-response-dmz.portolan.json');
  const before: Design = { ...now, components: now.components.filter((c) => c.zone !== 'internet') };

  it('finds nothing to change against the same design', () => {
    const diff = diffMatrix(baselineOfDesign(now, catalogue, '2026-11-30').rows, buildMatrix(now, catalogue));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.size).toBe(0);
  });

  it('marks the rows of components the other file lacks as added, and the reverse as removed', () => {
    const internet = new Set(now.components.filter((c) => c.zone === 'internet').map((c) => c.id));
    expect(internet.size).toBeGreaterThan(0);
    const rows = buildMatrix(now, catalogue);
    const touching = rows.filter((r) => r.firewall && (internet.has(r.source.componentId) || internet.has(r.destination.componentId)));
    expect(touching.length).toBeGreaterThan(0);
    const forward = diffMatrix(baselineOfDesign(before, catalogue, '2026-11-30').rows, rows);
    expect(forward.added.sort()).toEqual(touching.map((r) => r.id).sort());
    expect(forward.removed).toEqual([]);
    const backward = diffMatrix(baselineOfDesign(now, catalogue, '2026-11-30').rows, buildMatrix(before, catalogue));
    expect(backward.removed.map((r) => r.id).sort()).toEqual(touching.map((r) => r.id).sort());
  });

  it('compares NAT addresses too: a translated address is a changed row', () => {
    const target = now.components.find((c) => c.ip)!;
    const natted: Design = { ...now, components: now.components.map((c) => (c.id === target.id ? { ...c, nat: '203.0.113.7' } : c)) };
    const diff = diffMatrix(
      baselineOfDesign(now, catalogue, '2026-11-30').rows,
      buildMatrix(natted, catalogue).map((r) => ({
        ...r,
        sourceNat: r.source.componentId === target.id ? '203.0.113.7' : '',
        destinationNat: r.destination.componentId === target.id ? '203.0.113.7' : '',
      })),
    );
    expect(diff.changed.size).toBeGreaterThan(0);
  });
});
