/**
 * The CSV read back by readers that did not write it: Python's `csv` module
 * (with `,` as written, and with `;`, tab and `|` as a spreadsheet in another
 * locale would open it), so a quirk shared by papaparse's writer and reader
 * cannot hide. Also the request fields, NAT addresses and the vendor
 * reference as people know it.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { COLUMN_BY_ID, CSV_COLUMN_IDS } from '../../src/model/export/columns';
import { matrixToCsv } from '../../src/model/export/csv';
import { buildMatrix } from '../../src/model/matrix';
import { setFlowRequests } from '../../src/model/request/edit';
import { loadServiceNames } from '../../src/model/request/services';
import { design } from '../model/design-helpers';
import { tempDir } from './helpers';

const catalogue = bundledCatalogue();
const HEADERS = CSV_COLUMN_IDS.map((id) => COLUMN_BY_ID.get(id)!.header);
const HOSTILE = 'Nightly backup;=1+1;,@SUM(A1)|－2\t＝3';

function pythonRead(csv: string, delimiter: string): string[][] {
  const file = join(tempDir('csv'), 'matrix.csv');
  writeFileSync(file, csv);
  const script = `import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))`;
  const run = spawnSync('python3', ['-c', script, file, delimiter], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as string[][];
}

const base = design(catalogue, {
  meta: { title: 'Remote access' },
  zones: [
    { id: 'lan', name: 'LAN; "floor 2"' },
    { id: 'dmz', name: 'DMZ' },
  ],
  components: [
    { id: 'pc', type: 'infra.workstation', label: '=HYPERLINK("x");+1', zone: 'lan', ip: '10.0.0.10', nat: '203.0.113.10' },
    { id: 'tta', type: 'tarantella.tarantella-host', label: 'TTA', zone: 'dmz', ip: '10.0.1.20' },
  ],
});
const rows = buildMatrix(base, catalogue);
const edited = setFlowRequests(base, [rows[0]!.flowKey], {
  justification: HOSTILE,
  lifetime: 'temporary',
  expires: '2027-03-31',
  status: 'approved',
});

describe('CSV read by Python csv', () => {
  it('gives the same table as written, row by row, with the request fields', async () => {
    const csv = matrixToCsv(rows, { design: edited, serviceNames: await loadServiceNames() });
    const table = pythonRead(csv, ',');
    expect(table[0]).toEqual(HEADERS);
    const firewall = rows.filter((r) => r.firewall);
    expect(table).toHaveLength(firewall.length + 1);
    const col = (name: string) => HEADERS.indexOf(name);
    for (const [i, row] of firewall.entries()) {
      const cells = table[i + 1]!;
      expect(cells).toHaveLength(HEADERS.length);
      expect(cells[col('ID')]).toBe(row.ref);
      expect(cells[col('Source zone')]).toBe('LAN; "floor 2"');
      expect(cells[col('Source component')]).toBe(`'=HYPERLINK("x");'+1`);
      expect(cells[col('Source NAT address')]).toBe('203.0.113.10');
      expect(cells[col('Destination NAT address')]).toBe('');
      expect(cells[col('Port')]).toBe(row.port);
      expect(cells[col('Source document file')]).toBe(row.cite?.doc ?? '');
      expect(cells[col('Vendor reference')]).not.toMatch(/\.txt/);
    }
    const first = table[1]!;
    expect(first[col('Business justification')]).toBe("Nightly backup;'=1+1;,'@SUM(A1)|'－2\t'＝3");
    expect(first[col('Permanent or temporary')]).toBe('Temporary');
    expect(first[col('Expiry date')]).toBe('2027-03-31');
    expect(first[col('Status')]).toBe('Approved');
    // The other rows keep the pre-filled justification, naming the vendor document.
    const https = table.find((r) => r[col('Port')] === '443')!;
    expect(https[col('Service name (IANA)')]).toBe('https');
    expect(https[col('Business justification')]).toMatch(/ — required by Tarantella, Inc\. "What ports does Tarantella use\?", /);
    expect(https[col('Vendor reference')]).toMatch(/^Tarantella, Inc\., "What ports does Tarantella use\?", § /);
  });

  it.each([';', '\t', '|'])('read with %j as the separator, no cell starts a formula', (delimiter) => {
    const csv = matrixToCsv(rows, { design: edited });
    const cells = pythonRead(csv, delimiter).flat();
    expect(cells.length).toBeGreaterThan(1);
    for (const cell of cells) expect(cell).not.toMatch(/^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/);
  });

  it('quotes every cell that holds a comma or a semicolon', () => {
    const csv = matrixToCsv(rows, { design: edited });
    expect(csv).toContain('"LAN; ""floor 2"""');
    expect(csv).toContain(`"Nightly backup;'=1+1;,'@SUM(A1)|'－2\t'＝3"`);
    // Every field Python reads that holds , or ; was written inside quotes.
    for (const record of pythonRead(csv, ','))
      for (const cell of record) if (/[,;]/.test(cell)) expect(csv).toContain(`"${cell.replace(/"/g, '""')}"`);
  });
});
