/**
 * The workbook opened by LibreOffice (Debian's libreoffice-calc-nogui), not
 * by the library that wrote it: every sheet is converted to CSV by
 * `soffice --headless --convert-to csv` and compared row by row with the
 * matrix (Flows), the cover the model builds (Cover), and what exceljs reads
 * (Design, Hosts). Skipped, loudly, where soffice is not installed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { resolveColumns, WORKBOOK_COLUMN_IDS } from '../../src/model/export/columns';
import { coverRows } from '../../src/model/export/cover';
import { baseName } from '../../src/model/export/formats';
import { selectRules } from '../../src/model/export/scope';
import { setFlowRequests, setRequestFields } from '../../src/model/request/edit';
import { requestRows } from '../../src/model/request/rows';
import { loadServiceNames } from '../../src/model/request/services';
import { contextFor, loadFixture, runFormat, tempDir } from './helpers';
import { readWorkbook } from './workbook';

const SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const SHEETS = ['Cover', 'Flows', 'Design', 'Hosts'];
// Filter options: comma, double quote, UTF-8, from row 1, …, the last (-1) exports every sheet to its own file.
const FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function libreOfficeSheets(xlsx: Uint8Array): Record<string, string[][]> {
  const dir = tempDir('soffice');
  const file = join(dir, 'book.xlsx');
  writeFileSync(file, xlsx);
  const run = spawnSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', FILTER, '--outdir', join(dir, 'out'), file],
    { encoding: 'utf8', timeout: 170_000 },
  );
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  return Object.fromEntries(
    SHEETS.map((sheet) => {
      const text = readFileSync(join(dir, 'out', `book-${sheet}.csv`), 'utf8');
      return [sheet, Papa.parse<string[]>(text, { skipEmptyLines: false }).data.filter((r) => r.some((c) => c !== ''))];
    }),
  );
}

/** LibreOffice writes every row as wide as the sheet's widest: compare without trailing empty cells. */
const trim = (row: readonly string[]) => {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};

describe.skipIf(!SOFFICE)('workbook read by LibreOffice', () => {
  it('every sheet opens, and Flows and Cover match the matrix row by row', async () => {
    const fixture = loadFixture('wso2-mobile');
    let design = setRequestFields(fixture, {
      requester: 'Ana Lima',
      application: 'Mobile fleet',
      applicationOwner: 'M. Costa',
      environment: 'Production',
      dueDate: '2027-02-01',
      approver: 'CAB',
    });
    const context0 = contextFor(design);
    const firstKey = context0.rows[0]!.flowKey;
    design = setFlowRequests(design, [firstKey], {
      justification: '=1+1; quarterly; "urgent"',
      lifetime: 'temporary',
      expires: '2027-06-30',
      status: 'approved',
    });
    design = { ...design, components: design.components.map((c, i) => (i === 0 ? { ...c, nat: '203.0.113.7' } : c)) };
    const context = contextFor(design);
    const result = await runFormat('xlsx', context);
    const data = result.files[0]!.data as Uint8Array;
    const sheets = libreOfficeSheets(data);

    const selection = selectRules({ ...context, base: baseName(design) });
    const rows = requestRows(design, selection.rows, { serviceNames: await loadServiceNames() });
    const columns = resolveColumns(WORKBOOK_COLUMN_IDS.map((id) => ({ id })));
    const [header, ...flows] = sheets.Flows!;
    expect(header).toEqual(columns.map((c) => c.header));
    expect(flows).toHaveLength(rows.length);
    const col = (name: string) => header!.indexOf(name);
    for (const [i, row] of rows.entries()) {
      const cells = flows[i]!;
      expect(cells[col('ID')]).toBe(row.ref);
      expect(cells[col('Source IP')]).toBe(row.source.addresses.join(', ') || (row.source.asn !== undefined ? `AS${row.source.asn}` : ''));
      expect(cells[col('Source NAT address')]).toBe(row.sourceNat);
      expect(cells[col('Destination NAT address')]).toBe(row.destinationNat);
      expect(cells[col('Protocol')]).toBe(row.protocol.toUpperCase());
      expect(cells[col('Port')]).toBe(row.port);
      expect(cells[col('Service name (IANA)')]).toBe(row.serviceName);
      expect(cells[col('Status')]).toBe({ proposed: 'Proposed', approved: 'Approved', implemented: 'Implemented' }[row.request.status]);
      expect(cells[col('Expiry date')]).toBe(row.request.expires);
      expect(cells[col('Source document file')]).toBe(row.documentFile);
      const note = (selection.rowNotes.get(row.ref) ?? []).join('; ');
      expect(cells[col('Note')]).toBe(note);
      expect(cells[col('Action')]).toBe(note.includes('Not in rule sets') ? 'Not in rule sets' : 'Allow');
    }
    const edited = flows.filter((r) => r[col('Business justification')] === `'=1+1; quarterly; "urgent"`);
    expect(edited.length).toBeGreaterThan(0);
    expect(flows.some((r) => r[col('Action')] === 'Not in rule sets')).toBe(true);

    const cover = coverRows(design, rows, context.generatedAt).filter((r) => r.some((c) => c !== ''));
    expect(sheets.Cover!.map(trim)).toEqual(cover.map((r) => trim(r.map((c) => (/^[=+\-@]/.test(c) ? `'${c}` : c)))));
    expect(sheets.Cover).toContainEqual(expect.arrayContaining(['Requester', 'Ana Lima']));
    expect(sheets.Cover).toContainEqual(expect.arrayContaining(['Approver', 'CAB']));

    const book = await readWorkbook(data);
    for (const sheet of ['Design', 'Hosts'])
      expect(sheets[sheet]!.map(trim)).toEqual(
        book
          .rows(sheet)
          .map(trim)
          .filter((r) => r.length > 0),
      );
    expect(sheets.Hosts).toContainEqual(expect.arrayContaining(['203.0.113.7']));
  }, 180_000);
});
