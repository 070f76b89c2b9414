/** The zone view's layout: untrusted zones first, nothing drawn on anything else. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../../src/model/catalogue/bundled';
import { deriveFlows } from '../../../src/model/derive';
import { restoreDesignValue } from '../../../src/model/design/restore';
import { layoutZones } from '../../../src/model/zones/layout';
import { pairServicesText, zonePairs, zonesOf } from '../../../src/model/zones/pairs';

const catalogue = bundledCatalogue();
type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(readdirSync('examples').filter((f) => f.endsWith('.json')))('zone layout of %s', (file) => {
  const result = restoreDesignValue(JSON.parse(readFileSync(`examples/${file}`, 'utf8')) as unknown, catalogue, file);
  if (!result.ok) throw new Error(result.problem.message);
  const design = result.design;
  const zones = zonesOf(design);
  const pairs = zonePairs(design, deriveFlows(design, catalogue));

  it.each(['LR', 'TB'] as const)(
    '%s: zones and labels never overlap, Internet comes before the DMZ and the DMZ before the rest',
    (direction) => {
      const layout = layoutZones(zones, pairs, {
        direction,
        boxSize: () => ({ width: 180, height: 60 }),
        labelSize: (p) => ({ width: pairServicesText(p, 4).length * 7.3 + 16, height: 38 }),
      });
      expect(layout.edges).toHaveLength(pairs.filter((p) => p.from !== p.to).length);
      const labels = layout.edges.map((e) => ({
        x: e.label.x - e.label.width / 2,
        y: e.label.y - e.label.height / 2,
        width: e.label.width,
        height: e.label.height,
      }));
      const rects = [...layout.boxes, ...labels];
      for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i]!, rects[j]!)).toBe(false);
      for (const r of rects) {
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(layout.width + 0.5);
      }
      const rank = (kind: string) => (kind === 'internet' || kind === 'partner' ? 0 : kind === 'dmz' ? 1 : 2);
      const along = (box: Rect) => (direction === 'LR' ? box.x : box.y);
      for (const a of layout.boxes)
        for (const b of layout.boxes) if (rank(a.zone.kind) < rank(b.zone.kind)) expect(along(a)).toBeLessThan(along(b));
    },
  );
});
