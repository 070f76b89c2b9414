/** Zone aggregation: what the zone view, the zone-to-zone matrix and the presentation steps show. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../../src/model/catalogue/bundled';
import { deriveFlows } from '../../../src/model/derive';
import { restoreDesignValue } from '../../../src/model/design/restore';
import { buildMatrix } from '../../../src/model/matrix';
import {
  collapseServices,
  formatServices,
  pairServicesText,
  UNZONED_ID,
  zoneMatrix,
  zonePairs,
  zonesOf,
} from '../../../src/model/zones/pairs';
import { productSteps, zonePairSteps } from '../../../src/model/zones/steps';
import { design } from '../design-helpers';

const catalogue = bundledCatalogue();

describe('collapseServices and formatServices', () => {
  it('merges consecutive and overlapping ports per protocol, tcp before udp', () => {
    const merged = collapseServices([
      { protocol: 'udp', from: 53, to: 53 },
      { protocol: 'tcp', from: 5703, to: 5703 },
      { protocol: 'tcp', from: 5701, to: 5701 },
      { protocol: 'tcp', from: 5702, to: 5702 },
      { protocol: 'tcp', from: 443, to: 443 },
      { protocol: 'tcp', from: 443, to: 443 },
      { protocol: 'tcp', from: 8000, to: 8010 },
      { protocol: 'tcp', from: 8005, to: 8020 },
      { protocol: 'udp', from: 54, to: 54 },
    ]);
    expect(formatServices(merged)).toBe('tcp 443, 5701–5703, 8000–8020 · udp 53–54');
  });

  it('keeps gaps and summarises past the limit', () => {
    const merged = collapseServices([80, 443, 445, 1433, 1434].map((p) => ({ protocol: 'tcp' as const, from: p, to: p })));
    expect(formatServices(merged)).toBe('tcp 80, 443, 445, 1433–1434');
    expect(formatServices(merged, 2)).toBe('tcp 80, 443 +2');
  });
});

describe('zonePairs', () => {
  const doc = {
    zones: [
      { id: 'office', name: 'Office', kind: 'internal' },
      { id: 'dmz', name: 'DMZ', kind: 'dmz' },
    ],
    components: [
      { id: 'pc', type: 'infra.workstation', zone: 'office' },
      { id: 'tta', type: 'tarantella.tarantella-host', zone: 'dmz' },
      { id: 'loose', type: 'infra.workstation' },
    ],
  };

  it('counts every firewall-visible flow once under its ordered zone pair, with unzoned ends under ""', () => {
    const d = design(catalogue, doc);
    const flows = deriveFlows(d, catalogue);
    const pairs = zonePairs(d, flows);
    const officeToDmz = pairs.find((p) => p.key === 'office>dmz')!;
    expect(officeToDmz.services.some((s) => s.protocol === 'tcp' && s.from <= 3144 && 3144 <= s.to)).toBe(true);
    expect(officeToDmz.flows).toBe(flows.filter((f) => f.from === 'pc' && f.to === 'tta').length);
    const unzoned = pairs.find((p) => p.from === UNZONED_ID && p.to === 'dmz')!;
    expect(unzoned.flows).toBe(flows.filter((f) => f.from === 'loose' && f.to === 'tta').length);
    expect(pairs.reduce((n, p) => n + p.flows, 0)).toBe(flows.filter((f) => !f.local && !f.excluded).length);
  });

  it('leaves out flows the user switched off and flows local to one host', () => {
    const d = design(catalogue, doc);
    const keys = deriveFlows(d, catalogue)
      .filter((f) => f.from === 'pc' && f.to === 'tta')
      .map((f) => f.key);
    const off = design(catalogue, { ...doc, excluded: keys });
    expect(zonePairs(off, deriveFlows(off, catalogue)).find((p) => p.key === 'office>dmz')).toBeUndefined();
    const apart = design(catalogue, { ...doc, components: doc.components.map((c) => (c.id === 'loose' ? c : { ...c, zone: 'office' })) });
    expect(zonePairs(apart, deriveFlows(apart, catalogue)).find((p) => p.key === 'office>office')?.flows).toBeGreaterThan(0);
    const oneHost = design(catalogue, {
      ...doc,
      components: doc.components.map((c) => (c.id === 'loose' ? c : { ...c, zone: 'office', host: 'same' })),
    });
    expect(zonePairs(oneHost, deriveFlows(oneHost, catalogue)).find((p) => p.key === 'office>office')).toBeUndefined();
  });

  it('orders zones by trust, Internet first and Unzoned last, and the matrix reads its cells from row to column', () => {
    const d = design(catalogue, { ...doc, zones: [...doc.zones, { id: 'net', name: 'Internet', kind: 'internet' }] });
    expect(zonesOf(d).map((z) => z.name)).toEqual(['Internet', 'DMZ', 'Office', 'Unzoned']);
    const m = zoneMatrix(d, deriveFlows(d, catalogue));
    expect(m.cell('office', 'dmz')?.key).toBe('office>dmz');
    expect(m.cell('dmz', 'net')).toBeUndefined();
  });

  describe.each(readdirSync('examples').filter((f) => f.endsWith('.json')))('example %s', (file) => {
    const result = restoreDesignValue(JSON.parse(readFileSync(`examples/${file}`, 'utf8')) as unknown, catalogue, file);
    if (!result.ok) throw new Error(result.problem.message);
    const d = result.design;
    const flows = deriveFlows(d, catalogue);
    const rows = buildMatrix(d, catalogue, flows);

    it('has exactly the zone pairs the flow matrix rows have, with the same ports', () => {
      const pairs = zonePairs(d, flows);
      const rowKeys = new Set(rows.map((r) => `${r.source.zoneId}>${r.destination.zoneId}`));
      expect(new Set(pairs.map((p) => p.key))).toEqual(rowKeys);
      for (const pair of pairs) {
        const pairRows = rows.filter((r) => `${r.source.zoneId}>${r.destination.zoneId}` === pair.key);
        expect(new Set(pairRows.map((r) => r.flowKey)).size).toBe(pair.flows);
        for (const row of pairRows) {
          if (row.portFrom === null) continue;
          expect(pair.services.some((s) => s.protocol === row.protocol && s.from <= row.portFrom! && row.portTo! <= s.to)).toBe(true);
        }
        expect(pairServicesText(pair)).not.toBe('');
      }
    });

    it('presents every matrix flow exactly once by product and once by zone pair', () => {
      const visible = new Set(rows.map((r) => r.flowKey));
      for (const steps of [productSteps(flows, (id) => catalogue.products.get(id)?.name ?? id), zonePairSteps(d, flows)]) {
        const keys = steps.flatMap((s) => s.flowKeys);
        expect(keys.length).toBe(new Set(keys).size);
        expect(new Set(keys)).toEqual(visible);
        for (const s of steps) expect(s.title).not.toBe('');
      }
    });
  });
});
