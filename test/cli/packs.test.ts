/**
 * `--catalogue FILE` on the command line: two packs at once, a pack replacing
 * its embedded copy, and bad packs named by file and field (exit 1).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { processIo, type CliIo } from '../../src/cli/io';
import { run } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'portolan-packs-'));
const example = join(import.meta.dirname, '../../examples/packs/infrastructure-pack.json');

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { ...processIo, out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await run(argv, io);
  return { code, out, err };
}

const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

const acme = (purpose = 'Billing database') => ({
  product: { id: 'acme', name: 'Acme Billing', vendor: 'Acme', tag: 'ACM', colour: '#336699' },
  roles: [{ id: 'acme.app', name: 'Acme application' }],
  components: [{ id: 'acme.app-server', name: 'Acme app server', roles: ['acme.app'], kind: 'server' }],
  flows: [
    {
      id: 'acme.app-to-sql',
      from: 'acme.app',
      to: 'sql-server',
      protocols: ['tcp'],
      ports: { kind: 'ports', ports: [1433] },
      purpose,
      cite: { url: 'https://docs.example.com/acme/ports', section: 'Database' },
    },
  ],
});

const design = file('design.json', {
  schemaVersion: 1,
  components: [
    { id: 'proxy', type: 'common-infra.proxy-server', ip: '10.0.0.1' },
    { id: 'time', type: 'common-infra.time-server', ip: '10.0.0.2' },
    { id: 'app', type: 'acme.app-server', ip: '10.0.0.3' },
    { id: 'sql', type: 'infra.sql-server', ip: '10.0.0.4' },
  ],
});

const rows = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('--catalogue', () => {
  it('takes two packs: their flows derive, with the pack’s URL as the reference', async () => {
    const acmeFile = file('acme.json', acme());
    const { code, out, err } = await cli('export', design, '--format', 'csv', '--catalogue', example, '--catalogue', acmeFile);
    expect(err).toBe('');
    expect(code).toBe(0);
    const csv = rows(out);
    const summary = csv.map((r) => `${r['Source component']}>${r['Destination component']} ${r.Port}/${r.Protocol}`).sort();
    expect(summary).toEqual(['Acme app server>Microsoft SQL Server 1433/tcp', 'Reverse proxy>NTP server 123/udp']);
    expect(readFileSync(example, 'utf8')).toContain('rfc5905');
    expect(out).toContain('https://www.rfc-editor.org/rfc/rfc5905#section-7.2');
    expect(out).toContain('https://docs.example.com/acme/ports');
    expect((await cli('validate', design, '--catalogue', example, '--catalogue', acmeFile)).code).toBe(0);
    expect((await cli('check', design, '--catalogue', example, '--catalogue', acmeFile)).code).toBe(0);
  });

  it('is needed for a design that names pack types without embedding them', async () => {
    const { code, err } = await cli('validate', design, '--catalogue', example);
    expect(code).toBe(1);
    expect(err).toContain('"acme.app-server"');
  });

  it('replaces an embedded copy of the same pack', async () => {
    const embedded = file('embedded.json', {
      schemaVersion: 1,
      packs: [{ name: 'acme.json', content: acme('old purpose') }],
      components: [
        { id: 'app', type: 'acme.app-server', ip: '10.0.0.3' },
        { id: 'sql', type: 'infra.sql-server', ip: '10.0.0.4' },
      ],
    });
    expect(rows((await cli('export', embedded, '--format', 'csv')).out)[0]?.Purpose).toBe('old purpose');
    const newer = file('acme-v2.json', acme('new purpose'));
    expect(rows((await cli('export', embedded, '--format', 'csv', '--catalogue', newer)).out)[0]?.Purpose).toBe('new purpose');
  });

  it('refuses a bad pack, naming the file and the field', async () => {
    const bad = acme();
    (bad.flows[0]!.ports.ports as number[])[0] = 70000;
    const badFile = file('bad-pack.json', bad);
    const { code, err, out } = await cli('export', design, '--format', 'csv', '--catalogue', example, '--catalogue', badFile);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/pack "bad-pack\.json": flows\[0\]\.ports\.ports\[0\]: /);

    const shadow = file('shadow.json', {
      ...acme(),
      components: [{ id: 'infra.sql-server', name: 'X', roles: ['acme.app'], kind: 'server' }],
    });
    const shadowed = await cli('validate', design, '--catalogue', shadow);
    expect(shadowed.code).toBe(1);
    expect(shadowed.err).toContain('pack "shadow.json": components[0].id: "infra.sql-server" is already defined by the built-in catalogue');

    const notJson = await cli('catalogue', '--catalogue', file('broken.json', '{ "product": '));
    expect(notJson.code).toBe(1);
    expect(notJson.err).toMatch(/broken\.json: Pack "broken\.json" is not valid JSON/);

    const missing = await cli('catalogue', '--catalogue', join(dir, 'nowhere.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nowhere.json');
  });

  it('lists a pack in the catalogue listing', async () => {
    const { code, out } = await cli('catalogue', '--json', '--catalogue', example);
    expect(code).toBe(0);
    const listing = JSON.parse(out) as { id: string; document: string; section: string }[];
    expect(listing.find((r) => r.id === 'common-infra.syslog-udp')).toMatchObject({
      document: 'https://www.rfc-editor.org/rfc/rfc5426#section-3.3',
      section: '3.3. Source and Target Ports',
    });
  });

  it('works on diff too', async () => {
    const acmeFile = file('acme-diff.json', acme());
    const { code, err } = await cli('diff', design, design, '--catalogue', example, '--catalogue', acmeFile);
    expect(err).toContain('0 added, 0 removed');
    expect(code).toBe(0);
  });
});
