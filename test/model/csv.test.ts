import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { matrixToCsv } from '../../src/model/export/csv';
import { neutraliseCsvCell, neutraliseFormula, writeCsv } from '../../src/model/export/cells';
import { COLUMN_BY_ID, CSV_COLUMN_IDS } from '../../src/model/export/columns';
import { buildMatrix } from '../../src/model/matrix';
import { design } from './design-helpers';

const catalogue = bundledCatalogue();
const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx'])('prefixes %j with an apostrophe', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });
  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Tarantella server')).toBe('Tarantella server');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });
});

const HEADERS = CSV_COLUMN_IDS.map((id) => COLUMN_BY_ID.get(id)!.header);

describe('neutraliseCsvCell (issue 16: a CSV opened with another separator)', () => {
  it.each(['＝1+1', '＋1', '－1', '＠SUM(A1)'])('prefixes the fullwidth formula start %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });
  it.each([
    ['Nightly backup;=1+1;', "Nightly backup;'=1+1;"],
    ['a,+1', "a,'+1"],
    ['a\t-1|@x', "a\t'-1|'@x"],
    ['x\n＝1', "x\n'＝1"],
    ['=a;=b', "'=a;'=b"],
  ])('neutralises every formula start after a separator in %j', (cell, expected) => {
    expect(neutraliseCsvCell(cell)).toBe(expected);
  });
  it('leaves ports, ranges and prose alone', () => {
    for (const cell of ['5900-5930', 'a - b', 'user@example.org', 'LDAP; then LDAPS']) expect(neutraliseCsvCell(cell)).toBe(cell);
  });
});

describe('matrixToCsv', () => {
  const label = '=HYPERLINK("http://evil.example","x")';
  const rows = buildMatrix(
    design(catalogue, {
      zones: [{ id: 'lan', name: 'LAN, "main"\nfloor 2' }],
      components: [
        { id: 'pc', type: 'infra.workstation', label, zone: 'lan', ip: '10.0.0.10' },
        { id: 'tta', type: 'tarantella.tarantella-host', label: 'Ünïcödé שלום 🔥', ip: '10.0.0.20' },
      ],
    }),
    catalogue,
  );

  it('scenario 7: a label =HYPERLINK("x") opens in a spreadsheet as text', () => {
    const table = parse(matrixToCsv(rows));
    const column = HEADERS.indexOf('Source component');
    const cells = table.slice(1).map((r) => r[column]);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).toBe(`'${label}`);
  });

  it('is RFC 4180: CRLF lines, quoted commas, quotes and newlines round-trip', () => {
    const csv = matrixToCsv(rows);
    expect(csv.split('\r\n')[0]).toBe(HEADERS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    const table = parse(csv);
    expect(table[0]).toEqual(HEADERS);
    const zone = HEADERS.indexOf('Source zone');
    expect(table[1]![zone]).toBe('LAN, "main"\nfloor 2');
    expect(table.slice(1).every((r) => r.length === HEADERS.length)).toBe(true);
    expect(table.length - 1).toBe(rows.filter((r) => r.firewall).length);
  });

  it('adds a UTF-8 BOM only when asked, and keeps unicode intact', () => {
    expect(matrixToCsv(rows).startsWith('\uFEFF')).toBe(false);
    const withBom = matrixToCsv(rows, { bom: true });
    expect(withBom.startsWith('\uFEFF')).toBe(true);
    expect(withBom).toContain('Ünïcödé שלום 🔥');
  });
});

describe('writeCsv (the CSV writer of every CSV export)', () => {
  const hostile = fc.string({ unit: fc.constantFrom('a', ' ', '"', ',', ';', '\t', '\r', '\n', '|', '\uFEFF', '=', '@', '＝', 'é') });
  // Two columns at least: a line holding one empty cell is a blank line to every reader.
  const table = fc
    .integer({ min: 2, max: 4 })
    .chain((width) =>
      fc.tuple(
        fc.array(hostile, { minLength: width, maxLength: width }),
        fc.array(fc.array(hostile, { minLength: width, maxLength: width }), { maxLength: 4 }),
      ),
    );

  it('reads back through papaparse as the neutralised cells, one record per row', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const csv = writeCsv(header, rows, true);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(csv.endsWith('\r\n')).toBe(true);
        const parsed = Papa.parse<string[]>(csv.slice(1, -2), { delimiter: ',' });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data).toEqual([header, ...rows].map((r) => r.map(neutraliseCsvCell)));
      }),
    );
  });

  it('quotes a cell with any separator, a quote or an edge space, and only those', () => {
    expect(writeCsv(['a;b', 'c|d', ' e', 'f ', 'say "x"', 'plain'], [], false)).toBe('"a;b","c|d"," e","f ","say ""x""",plain\r\n');
  });
});
