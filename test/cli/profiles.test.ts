/** `portolan export --profile`: built-in, saved in the design, or a file; bad profiles are named. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cli } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'portolan-profile-'));
const FIXTURE = join(import.meta.dirname, '../fixtures/designs/tarantella.portolan.json');

const table = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('export --profile', () => {
  it('full is the default; compact gives one row per source, destination and service', async () => {
    const full = table((await cli('export', FIXTURE, '--format', 'csv')).out);
    const compact = await cli('export', FIXTURE, '--format', 'csv', '--profile', 'compact');
    expect(compact.code).toBe(0);
    const rows = table(compact.out);
    expect(rows[0]).toEqual([
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
    const keys = rows.slice(1).map((r) => `${r[1]}|${r[3]}|${r[5]}|${r[6]}`);
    expect(new Set(keys).size).toBe(keys.length);
    const h = full[0]!;
    const fullKeys = new Set(
      full
        .slice(1)
        .map(
          (r) =>
            `${r[h.indexOf('Source component')]}|${r[h.indexOf('Destination component')]}|${r[h.indexOf('Protocol')]}|${r[h.indexOf('Port')]}`,
        ),
    );
    expect(new Set(keys)).toEqual(fullKeys);
    // Every matrix row is named by exactly one compact row.
    const refs = rows.slice(1).flatMap((r) => r[0]!.split(', '));
    expect(refs.sort()).toEqual(
      full
        .slice(1)
        .map((r) => r[0])
        .sort(),
    );
  });

  it('zone-pairs writes one CSV per zone pair, and xlsx one sheet per pair', async () => {
    const out = join(dir, 'pairs');
    expect((await cli('export', FIXTURE, '--format', 'csv', '--profile', 'zone-pairs', '-o', `${out}/`)).code).toBe(0);
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThan(1);
    const total = files.reduce((n, f) => n + table(readFileSync(join(out, f), 'utf8')).length - 1, 0);
    expect(total).toBe(table((await cli('export', FIXTURE, '--format', 'csv')).out).length - 1);
  });

  it('reads a profile file: picked, ordered and renamed columns', async () => {
    const file = join(dir, 'form.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'ACME form',
        columns: [{ id: 'port', header: 'Dest. port' }, { id: 'ref' }, { id: 'justification', header: 'Why' }],
      }),
    );
    const { code, out } = await cli('export', FIXTURE, '--format', 'csv', '--profile', file);
    expect(code).toBe(0);
    const rows = table(out);
    expect(rows[0]).toEqual(['Dest. port', 'ID', 'Why']);
    expect(rows[1]![1]).toBe('R001');
  });

  it('refuses an unknown profile or column with a message', async () => {
    const unknown = await cli('export', FIXTURE, '--format', 'csv', '--profile', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no profile "nope" \(built in or in the design: full, compact, zone-pairs/);
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 'x', columns: [{ id: 'bogus' }] }));
    const bad = await cli('export', FIXTURE, '--format', 'csv', '--profile', file);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/names unknown columns: bogus/);
  });
});
