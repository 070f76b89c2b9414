/**
 * Ids that are JavaScript property names (`__proto__`, `constructor`, ...)
 * are ordinary ids everywhere: the design with them gives exactly what the
 * same design with plain ids gives, through restore, derivation, the
 * matrix, layout and every export.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesignValue } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { deriveFlows } from '../../src/model/derive';
import { exportFormats } from '../../src/model/export/formats';
import { layoutDesign } from '../../src/model/layout';
import { buildMatrix } from '../../src/model/matrix';

const catalogue = bundledCatalogue();
import { PROPERTY_NAME_IDS } from './hostile-ids';

function designWith(ids: readonly string[]): Design {
  const [zone, ...components] = ids;
  const result = restoreDesignValue(
    {
      schemaVersion: 1,
      zones: [{ id: zone, name: 'LAN', position: { x: 0, y: 0 }, size: { width: 800, height: 600 } }],
      components: components.map((id, i) => ({
        id,
        type: i % 2 ? 'infra.workstation' : 'tarantella.tarantella-host',
        zone,
        label: `L${i}`,
        ip: `10.0.0.${i + 1}`,
        ...(i === 0 && { servedBy: { 'tarantella.server': [components[2]] } }),
      })),
      flows: [{ id: 'f1', from: components[1], to: components[0], protocol: 'tcp', ports: { from: 9000, to: 9000 } }],
    },
    catalogue,
  );
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
}

describe('ids that are property names', () => {
  const plainIds = PROPERTY_NAME_IDS.map((_, i) => `id${i}`);
  const hostile = designWith(PROPERTY_NAME_IDS);
  const plain = designWith(plainIds);
  const rename = (text: string) => PROPERTY_NAME_IDS.reduce((t, id, i) => t.split(id).join(plainIds[i]!), text);

  it('derive the same flows and matrix as plain ids', () => {
    const flows = deriveFlows(hostile, catalogue);
    expect(flows.length).toBeGreaterThan(4);
    expect(flows.map((f) => rename(f.key))).toEqual(deriveFlows(plain, catalogue).map((f) => f.key));
    const rows = buildMatrix(hostile, catalogue, flows);
    expect(rows.map((r) => `${rename(r.source.componentId)}>${rename(r.destination.componentId)} ${r.port}`)).toEqual(
      buildMatrix(plain, catalogue).map((r) => `${r.source.componentId}>${r.destination.componentId} ${r.port}`),
    );
  });

  it('lay out every component and zone at a finite position, as plain ids do', () => {
    const edges = (d: Design) => deriveFlows(d, catalogue).map((f) => ({ from: f.from, to: f.to }));
    const layout = layoutDesign(hostile, edges(hostile));
    const reference = layoutDesign(plain, edges(plain));
    expect(PROPERTY_NAME_IDS.slice(1).map((id) => layout.components.get(id))).toEqual(
      plainIds.slice(1).map((id) => reference.components.get(id)),
    );
    expect(layout.zones.get(PROPERTY_NAME_IDS[0]!)).toEqual(reference.zones.get(plainIds[0]!));
    expect([...layout.components.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });

  it('export in every format the same files as plain ids, but for the ids', async () => {
    // PNG is the SVG through a native rasteriser; here the SVG text itself stands in for the pixels, so ids are still compared.
    const picture = { rasterise: async (svg: string) => new TextEncoder().encode(svg) };
    const context = (design: Design) => ({
      design,
      catalogue,
      rows: buildMatrix(design, catalogue),
      scope: 'all' as const,
      generatedAt: '2026-01-01T00:00:00Z',
      placeholderAddresses: false,
      includeInternal: false,
      picture,
    });
    for (const format of exportFormats) {
      const [a, b] = await Promise.all([format.run(context(hostile)), format.run(context(plain))]);
      expect(
        a.files.map((f) => f.name),
        format.id,
      ).toEqual(b.files.map((f) => f.name));
      for (const [i, file] of a.files.entries()) {
        if (typeof file.data !== 'string') continue;
        expect(rename(file.data), `${format.id} ${file.name}`).toBe(b.files[i]!.data);
      }
    }
  });
});
