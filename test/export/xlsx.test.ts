import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, fingerprint } from '../../src/model/export/xlsx';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { contextFor, loadFixture, runFormat } from './helpers';
import { readWorkbook } from './workbook';

async function workbook(fixture: string, options: Parameters<typeof contextFor>[1] = {}) {
  const result = await runFormat('xlsx', contextFor(loadFixture(fixture), options));
  expect(result.files).toHaveLength(1);
  const [file] = result.files;
  expect(file!.name).toMatch(/\.xlsx$/);
  expect(file!.data).toBeInstanceOf(Uint8Array);
  return readWorkbook(file!.data as Uint8Array);
}

describe('XLSX workbook', () => {
  it('has Cover, Flows, Design and Hosts sheets; tables have a frozen header and an auto-filter', async () => {
    const book = await workbook('tarantella');
    expect(book.sheets).toEqual(['Cover', 'Flows', 'Design', 'Hosts']);
    for (const name of ['Flows', 'Hosts']) {
      const sheet = book.workbook.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toMatch(/^A1:[A-Z]+1$/);
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    const flows = book.rows('Flows');
    expect(flows[0]!.slice(0, 4)).toEqual(['ID', 'Action', 'Source zone', 'Source component']);
    expect(flows[0]).toEqual(
      expect.arrayContaining([
        'Destination IP',
        'Destination NAT address',
        'Port',
        'Service name (IANA)',
        'Purpose',
        'Business justification',
        'Request type',
        'Expiry date',
        'Status',
        'Vendor reference',
        'Source document file',
        'Condition',
      ]),
    );
    expect(flows).toHaveLength(54);
    expect(flows[1]).toEqual(expect.arrayContaining(['R001', 'Allow', 'Core servers', '10.30.0.20', 'TCP', '139']));
  });

  it('Design names the request and the catalogue version; Hosts lists every host with its components', async () => {
    const book = await workbook('tarantella');
    const design = Object.fromEntries(book.rows('Design').map(([k, v]) => [k, v]));
    expect(design).toMatchObject({
      Title: 'Tarantella remote access',
      Owner: 'Network team',
      'Change ticket': 'CHG-1042',
      Date: '2025-01-15T09:30:00.000Z',
    });
    expect(design['Catalogue version']).toBe(`fnv1a64:${fingerprint(bundledCatalogue())}`);
    // The fifth column is 'AS or name (no IP)': empty for a host with an address.
    expect(book.rows('Hosts')).toContainEqual(['tta1', 'DMZ', '10.20.0.10', '', '', 'Tarantella server']);
  });

  it('keeps a formula-looking value as text', async () => {
    const book = await workbook('wso2-mobile');
    const sheet = book.workbook.getWorksheet('Design')!;
    let found = false;
    sheet.eachRow((row) => {
      const cell = row.getCell(2);
      if (String(cell.value).includes('HYPERLINK')) {
        found = true;
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
        expect(cell.value).toBe('\'=HYPERLINK("http://example.invalid")');
      }
    });
    expect(found).toBe(true);
  });

  it('shows placeholders and the rows left out of rule sets', async () => {
    const book = await workbook('wso2-mobile', { placeholderAddresses: true });
    expect(book.rows('Hosts')).toContainEqual([
      'emm-01',
      "Server 'farm'",
      '192.0.2.1 (placeholder, RFC 5737)',
      '',
      '',
      'EMM server \u202eevil\u202c 🚀',
    ]);
    const [header, ...flows] = book.rows('Flows');
    const note = header!.indexOf('Note');
    const action = header!.indexOf('Action');
    const left = flows.filter(
      (r) => r[note] === 'Not in rule sets: Firebase / Google Cloud Messaging (AS15169) is known only by its autonomous system',
    );
    expect(left.length).toBeGreaterThan(0);
    // Issue 16: a row the rule sets leave out never says Allow.
    for (const row of flows) expect(row[action]).toBe(row[note]!.includes('Not in rule sets') ? 'Not in rule sets' : 'Allow');
    expect(flows.some((r) => r[action] === 'Allow')).toBe(true);
  });

  it('cells never hold characters XML cannot carry', () => {
    expect(cellText('a\u0000b\u0008c\td\ud800')).toBe('a\ufffdb\ufffdc\td\ufffd');
    expect(cellText('+1')).toBe("'+1");
  });
});
