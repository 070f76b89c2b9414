/**
 * `portolan diff OLD NEW`: only the rows that differ, Add or Remove, on
 * designs that add, remove and change components, options and parameters;
 * exit 0 when nothing differs, 1 when something does, 2 on trouble.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../export/workbook';
import { cli } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'portolan-diff-'));
const FIXTURES = join(import.meta.dirname, '../fixtures/designs');
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURES, `${name}.portolan.json`), 'utf8')) as { components: Record<string, unknown>[] } & Record<
    string,
    unknown
  >;
let n = 0;
const file = (doc: unknown) => {
  const path = join(dir, `d${(n += 1)}.portolan.json`);
  writeFileSync(path, JSON.stringify(doc));
  return path;
};

const records = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const changes = (csv: string) =>
  records(csv)
    .map((r) => `${r.Change} ${r['Source component']}>${r['Destination component']} ${r.Protocol}/${r.Port}`)
    .sort();

describe('portolan diff', () => {
  const base = fixture('tarantella');
  const old = file(base);

  it('exits 0 with only a header when nothing differs', async () => {
    const { code, out, err } = await cli('diff', old, file(base));
    expect(code).toBe(0);
    expect(records(out)).toEqual([]);
    expect(out.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Change,ID,Source zone,/);
    expect(err).toMatch(/0 added, 0 removed, 0 changed, \d+ unchanged/);
  });

  it('a removed component: its rows are Remove, nothing is Add', async () => {
    const removed = base.components.find((c) => c.id === 'apps')!;
    const { code, out } = await cli('diff', old, file({ ...base, components: base.components.filter((c) => c !== removed), flows: [] }));
    expect(code).toBe(1);
    const rows = records(out);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.Change === 'Remove')).toBe(true);
    expect(
      rows.every(
        (r) =>
          r['Source component'] === removed.label ||
          r['Destination component'] === removed.label ||
          r['Source component'] === 'Application server' ||
          r['Destination component'] === 'Application server',
      ),
    ).toBe(true);
  });

  it('an added component: its rows are Add, and reversing the files makes them Remove', async () => {
    const added = file({
      ...base,
      components: [
        ...base.components,
        { id: 'pc2', type: 'infra.workstation', label: 'Second office', ip: '10.11.0.0/16', zone: 'office' },
      ],
    });
    const forward = await cli('diff', old, added);
    const backward = await cli('diff', added, old);
    expect(forward.code).toBe(1);
    expect(backward.code).toBe(1);
    expect(changes(forward.out).length).toBeGreaterThan(0);
    expect(changes(forward.out).every((c) => c.startsWith('Add '))).toBe(true);
    expect(changes(backward.out)).toEqual(
      changes(forward.out)
        .map((c) => c.replace(/^Add /, 'Remove '))
        .sort(),
    );
  });

  it('a changed address: the row is removed as it was and added as it is', async () => {
    const moved = file({ ...base, components: base.components.map((c) => (c.id === 'tta' ? { ...c, ip: '10.20.0.99' } : c)) });
    const { code, out } = await cli('diff', old, moved);
    expect(code).toBe(1);
    const rows = records(out);
    const adds = rows.filter((r) => r.Change === 'Add');
    const removes = rows.filter((r) => r.Change === 'Remove');
    expect(adds.length).toBe(removes.length);
    expect(adds.every((r) => r['Destination IP'] === '10.20.0.99' || r['Source IP'] === '10.20.0.99')).toBe(true);
    expect(removes.every((r) => r['Destination IP'] === '10.20.0.10' || r['Source IP'] === '10.20.0.10')).toBe(true);
  });

  it('an option switched off removes its flows', async () => {
    const plain = file({
      ...base,
      components: base.components.map((c) =>
        c.id === 'tta' ? { ...c, options: { ...(c.options as object), 'security-pack': false } } : c,
      ),
    });
    const { code, out } = await cli('diff', old, plain);
    expect(code).toBe(1);
    expect(changes(out).some((c) => /^Remove .*tcp\/5307$/.test(c))).toBe(true);
    expect(changes(out).every((c) => c.startsWith('Remove '))).toBe(true);
  });

  it('a parameter that moves ports removes the old and adds the new, also as a workbook', async () => {
    const apim = fixture('wso2-apim');
    const shifted = {
      ...apim,
      components: apim.components.map((c) =>
        c.type === 'wso2.api-manager' ? { ...c, params: { ...(c.params as object), 'port-offset': 7 } } : c,
      ),
    };
    const { code, out } = await cli('diff', file(apim), file(shifted), '--profile', 'compact');
    expect(code).toBe(1);
    const rows = records(out);
    expect(rows.some((r) => r.Change === 'Add')).toBe(true);
    expect(rows.some((r) => r.Change === 'Remove')).toBe(true);
    expect(Object.keys(rows[0]!)).toEqual([
      'Change',
      'Matrix rows',
      'Source',
      'Source IP',
      'Destination',
      'Destination IP',
      'Protocol',
      'Port',
      'Service',
      'Business justification',
      'Permanent or temporary',
      'Expiry date',
    ]);
    const xlsx = join(dir, 'change.xlsx');
    expect((await cli('diff', file(apim), file(shifted), '--format', 'xlsx', '-o', xlsx)).code).toBe(1);
    const book = await readWorkbook(new Uint8Array(readFileSync(xlsx)));
    expect(book.sheets).toEqual(['Change request', 'Changes']);
    expect(
      book
        .rows('Changes')
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(
      records((await cli('diff', file(apim), file(shifted))).out)
        .map((r) => r.Change)
        .sort(),
    );
  });

  it('exits 2 on a missing file or bad arguments', async () => {
    expect((await cli('diff', old, join(dir, 'missing.json'))).code).toBe(2);
    expect((await cli('diff', old)).code).toBe(2);
    expect((await cli('diff', old, old, '--format', 'pdf')).code).toBe(2);
  });
});
