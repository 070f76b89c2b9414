import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { matrixToCsv } from '../../src/model/export/csv';
import { MATRIX_COLUMNS, neutraliseFormula } from '../../src/model/export/cells';
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

describe('matrixToCsv', () => {
  const label = '=HYPERLINK("http://evil.example","x")';
  const rows = buildMatrix(design(catalogue, {
    zones: [{ id: 'lan', name: 'LAN, "main"\nfloor 2' }],
    components: [
      { id: 'pc', type: 'infra.workstation', label, zone: 'lan', ip: '10.0.0.10' },
      { id: 'tta', type: 'tarantella.tarantella-host', label: 'Ünïcödé שלום 🔥', ip: '10.0.0.20' },
    ],
  }), catalogue);

  it('scenario 7: a label =HYPERLINK("x") opens in a spreadsheet as text', () => {
    const table = parse(matrixToCsv(rows));
    const column = MATRIX_COLUMNS.findIndex((c) => c.header === 'Source component');
    const cells = table.slice(1).map((r) => r[column]);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).toBe(`'${label}`);
  });

  it('is RFC 4180: CRLF lines, quoted commas, quotes and newlines round-trip', () => {
    const csv = matrixToCsv(rows);
    expect(csv.split('\r\n')[0]).toBe(MATRIX_COLUMNS.map((c) => c.header).join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    const table = parse(csv);
    expect(table[0]).toEqual(MATRIX_COLUMNS.map((c) => c.header));
    const zone = MATRIX_COLUMNS.findIndex((c) => c.header === 'Source zone');
    expect(table[1]![zone]).toBe('LAN, "main"\nfloor 2');
    expect(table.slice(1).every((r) => r.length === MATRIX_COLUMNS.length)).toBe(true);
    expect(table.length - 1).toBe(rows.filter((r) => r.firewall).length);
  });

  it('adds a UTF-8 BOM only when asked, and keeps unicode intact', () => {
    expect(matrixToCsv(rows).startsWith('\uFEFF')).toBe(false);
    const withBom = matrixToCsv(rows, { bom: true });
    expect(withBom.startsWith('\uFEFF')).toBe(true);
    expect(withBom).toContain('Ünïcödé שלום 🔥');
  });
});
