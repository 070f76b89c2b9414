/**
 * Property tests: random designs, written as a person might (hostile names,
 * any addresses, random parameters within bounds, random user flows), go
 * through restore, derivation, the matrix and CSV without throwing, and what
 * comes out is well-formed. Runs: PORTOLAN_PROPERTY_RUNS (CI sets 1000).
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesignValue } from '../../src/model/design/restore';
import { deriveFlows } from '../../src/model/derive';
import { matrixToCsv } from '../../src/model/export/csv';
import { CSV_COLUMN_IDS } from '../../src/model/export/columns';
import { buildMatrix } from '../../src/model/matrix';

const catalogue = bundledCatalogue();
const runs = Number(process.env.PORTOLAN_PROPERTY_RUNS ?? 200);
const types = [...catalogue.components.values()];

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '=HYPERLINK("x")',
    '+1',
    '-2',
    '@SUM(A1)',
    '"quoted"',
    "it's",
    'line\nbreak',
    '${x}',
    '\\',
    '*/',
    '# c',
    'שלום',
    '🔥🔥',
    '\u202Eevil',
    '',
  ),
);
const ipv4 = fc.ipV4().map((ip) => ip);
const address = fc.oneof(
  ipv4,
  fc.ipV6(),
  fc.tuple(ipv4, fc.integer({ min: 8, max: 32 })).map(([ip, p]) => `${ip}/${p}`),
  fc.constant(undefined),
);

const component = fc.record({
  typeIndex: fc.nat({ max: types.length - 1 }),
  label: fc.option(hostileText, { nil: undefined }),
  host: fc.option(fc.constantFrom('h1', 'h2', 'h3', 'H1'), { nil: undefined }),
  ip: address,
  zone: fc.option(fc.constantFrom('z1', 'z2', 'z3'), { nil: undefined }),
  optionSeeds: fc.array(fc.nat(), { maxLength: 8 }),
  paramSeeds: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
});

const designArbitrary = fc
  .record({
    title: hostileText,
    zones: fc.array(
      fc.record({ name: hostileText.filter((t) => t.trim().length > 0), kind: fc.constantFrom('internet', 'dmz', 'internal') }),
      { minLength: 3, maxLength: 3 },
    ),
    components: fc.array(component, { minLength: 1, maxLength: 14 }),
    userFlows: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        protocol: fc.constantFrom('tcp', 'udp'),
        port: fc.integer({ min: 1, max: 65535 }),
        span: fc.nat({ max: 50 }),
        purpose: hostileText,
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ title, zones, components, userFlows }) => {
    const instances = components.map((c, i) => {
      const type = types[c.typeIndex]!;
      const options = Object.fromEntries(
        type.options.map((o, j) => {
          const seed = c.optionSeeds[j] ?? 0;
          return [o.id, o.type === 'boolean' ? seed % 2 === 1 : o.choices[seed % o.choices.length]!.value];
        }),
      );
      // Parameters within bounds; the offset kept small enough that no port leaves 1-65535.
      const params = Object.fromEntries(
        type.params.map((p, j) => {
          const max = p.id === type.portOffsetParam ? Math.min(p.max, 1000) : Math.min(p.max, p.min + 200);
          return [p.id, Math.round(p.min + (c.paramSeeds[j] ?? 0) * (max - p.min))];
        }),
      );
      // Co-located components share the first one's address and zone, as restore requires.
      return {
        id: `c${i}`,
        type: type.id,
        label: c.label,
        host: c.host,
        ip: c.host ? `10.9.9.${c.host.toLowerCase().slice(1)}` : c.ip,
        zone: c.host ? 'z1' : c.zone,
        options,
        params,
      };
    });
    const flows = userFlows.map((f, i) => ({
      id: `u${i}`,
      from: `c${f.from % instances.length}`,
      to: `c${f.to % instances.length}`,
      protocol: f.protocol,
      ports: { from: f.port, to: Math.min(65535, f.port + f.span) },
      purpose: f.purpose,
    }));
    return {
      schemaVersion: 1,
      meta: { title },
      zones: zones.map((z, i) => ({ id: `z${i + 1}`, ...z })),
      components: instances,
      flows,
    };
  });

describe('random designs', () => {
  it('restore, derive, build the matrix and export CSV without throwing, and the output is well-formed', () => {
    fc.assert(
      fc.property(designArbitrary, (doc) => {
        const restored = restoreDesignValue(doc, catalogue, 'random');
        expect(restored.ok, restored.ok ? '' : restored.problem.message).toBe(true);
        if (!restored.ok) return;
        const design = restored.design;
        const flows = deriveFlows(design, catalogue);
        expect(deriveFlows(design, catalogue)).toEqual(flows);
        const rows = buildMatrix(design, catalogue, flows);
        for (const row of rows) {
          if (row.portFrom !== null) {
            expect(row.portFrom).toBeGreaterThanOrEqual(1);
            expect(row.portTo!).toBeLessThanOrEqual(65535);
            expect(row.portFrom).toBeLessThanOrEqual(row.portTo!);
          }
          expect(flows.find((f) => f.key === row.flowKey)?.local).toBe(false);
        }
        const csv = matrixToCsv(rows, { includeInternal: true });
        const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data.length).toBe(rows.length + 1);
        for (const record of parsed.data.slice(1)) {
          expect(record.length).toBe(CSV_COLUMN_IDS.length);
          for (const cell of record) expect(cell).not.toMatch(/(^|[,;\t|\r\n])[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/);
        }
      }),
      { numRuns: runs },
    );
  });
});
