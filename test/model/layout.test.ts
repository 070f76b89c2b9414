import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesign } from '../../src/model/design/restore';
import { deriveFlows } from '../../src/model/derive';
import { DEFAULT_NODE_SIZE, layoutDesign } from '../../src/model/layout';
import { applyLayout, zoneAt } from '../../src/model/placement';

const catalogue = bundledCatalogue();
const dir = resolve(__dirname, '../../examples');

describe.each(readdirSync(dir).filter((f) => f.endsWith('.portolan.json')))('layout of %s', (file) => {
  const restored = restoreDesign(readFileSync(resolve(dir, file)), catalogue, file);
  if (!restored.ok) throw new Error(restored.problem.message);
  const design = restored.design;
  const edges = deriveFlows(design, catalogue).map((f) => ({ from: f.from, to: f.to }));
  const layout = layoutDesign(design, edges);
  const laidOut = applyLayout(design, layout);

  it('places every component and zone, zones without overlapping', () => {
    expect(layout.components.size).toBe(design.components.length);
    const boxes = [...layout.zones.values()];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const apart =
          a.position.x + a.size.width <= b.position.x ||
          b.position.x + b.size.width <= a.position.x ||
          a.position.y + a.size.height <= b.position.y ||
          b.position.y + b.size.height <= a.position.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('keeps each component inside its zone', () => {
    for (const c of laidOut.components) {
      const zone = laidOut.zones.find((z) => z.id === c.zone);
      if (!zone) continue;
      const p = c.position!;
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + DEFAULT_NODE_SIZE.width).toBeLessThanOrEqual(zone.size!.width);
      expect(p.y + DEFAULT_NODE_SIZE.height).toBeLessThanOrEqual(zone.size!.height);
      const centre = { x: zone.position!.x + p.x + DEFAULT_NODE_SIZE.width / 2, y: zone.position!.y + p.y + DEFAULT_NODE_SIZE.height / 2 };
      expect(zoneAt(laidOut, centre)).toBe(zone.id);
    }
  });

  it('is deterministic', () => {
    expect(layoutDesign(design, edges)).toEqual(layout);
  });
});

describe('zone order', () => {
  it('puts zones in trust order along the way traffic goes: Internet, DMZ, internal, data, management', async () => {
    const { trustRank } = await import('../../src/model/layout');
    const zones = [
      { kind: 'management' as const, name: 'Admin' },
      { kind: 'internal' as const, name: 'Database network' },
      { kind: 'internal' as const, name: 'Servers' },
      { kind: 'dmz' as const, name: 'DMZ' },
      { kind: 'internet' as const, name: 'Internet' },
    ];
    expect([...zones].sort((a, b) => trustRank(a) - trustRank(b)).map((z) => z.name)).toEqual([
      'Internet',
      'DMZ',
      'Servers',
      'Database network',
      'Admin',
    ]);
  });

  it('lays the DMZ example out with the Internet zone first and management last', () => {
    const file = 'tachyon-remote-response-dmz.portolan.json';
    const restored = restoreDesign(readFileSync(resolve(dir, file)), catalogue, file);
    if (!restored.ok) throw new Error(restored.problem.message);
    const design = restored.design;
    const layout = layoutDesign(
      design,
      deriveFlows(design, catalogue).map((f) => ({ from: f.from, to: f.to })),
    );
    const at = (kind: string) => layout.zones.get(design.zones.find((z) => z.kind === kind)!.id)!.position;
    const order = (p: { x: number; y: number }) => p.x * 10 + p.y;
    expect(order(at('internet'))).toBeLessThan(order(at('dmz')));
    expect(order(at('dmz'))).toBeLessThan(order(at('management')));
    expect(layout.routes?.size).toBeGreaterThan(0);
  });
});
