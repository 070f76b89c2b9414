/**
 * The command line, in-process through `run` with a recording IO, and once as
 * a real process through the `portolan` bin.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cli } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'portolan-cli-'));

function designFile(name: string, doc: Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ schemaVersion: 1, ...doc }));
  return path;
}

const csvRows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const ports = (csv: string, from: string, to: string) =>
  csvRows(csv)
    .filter((r) => r['Source component'] === from && r['Destination component'] === to)
    .map((r) => `${r.Port}/${r.Protocol}`)
    .sort();

describe('portolan catalogue', () => {
  it('lists every documented flow and service with its document and section', async () => {
    const { code, out } = await cli('catalogue', '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { kind: string; product: string; port: string; document: string; section: string; firewall: boolean }[];
    expect(rows.length).toBeGreaterThan(200);
    expect(new Set(rows.map((r) => r.product))).toEqual(new Set(['Tarantella', '1E Tachyon', 'Open Cobalt', 'TIBCO Spotfire', 'WSO2']));
    expect(rows.every((r) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(r.document) && r.section.length > 0)).toBe(true);
    expect(rows.some((r) => r.kind === 'service' && r.firewall === false && r.port === '61000-62000')).toBe(true);
  });

  it('lists component types with --components', async () => {
    const { out } = await cli('catalogue', '--components');
    expect(out.split('\n')[0]).toBe('id\tproduct\tname');
    expect(out).toContain('tarantella.tarantella-host\tTarantella\tTarantella server');
  });
});

describe('portolan export and validate', () => {
  it('scenario 1: exports 3144/tcp, and 5307/tcp only with the Security Pack', async () => {
    const plain = designFile('s1.json', {
      components: [
        { type: 'infra.workstation', label: 'PC' },
        { type: 'tarantella.tarantella-host', label: 'TTA' },
      ],
    });
    const { code, out } = await cli('export', plain, '--format', 'csv');
    expect(code).toBe(0);
    expect(ports(out, 'PC', 'TTA')).toContain('3144/tcp');
    expect(ports(out, 'PC', 'TTA')).not.toContain('5307/tcp');
    const secure = designFile('s1b.json', {
      components: [
        { type: 'infra.workstation', label: 'PC' },
        { type: 'tarantella.tarantella-host', label: 'TTA', options: { 'security-pack': true } },
      ],
    });
    expect(ports((await cli('export', secure, '--format', 'csv')).out, 'PC', 'TTA')).toContain('5307/tcp');
  });

  it('scenario 3: WSO2 API Manager with offset 1 exports 8281 and 8244', async () => {
    const file = designFile('s3.json', {
      components: [
        { id: 'pc', type: 'infra.workstation', label: 'PC' },
        { id: 'apim', type: 'wso2.api-manager', label: 'APIM', params: { 'port-offset': 1 } },
      ],
      flows: [{ from: 'pc', to: 'apim', service: 'wso2.api-manager#nio-pt-8280-8243' }],
    });
    expect(ports((await cli('export', file, '--format', 'csv')).out, 'PC', 'APIM')).toEqual(['8244/tcp', '8281/tcp']);
  });

  it('scenario 5: Spotfire reaches PostgreSQL on 5432, Oracle on 1521', async () => {
    const pg = designFile('s5a.json', {
      components: [
        { type: 'spotfire.spotfire-server', label: 'SF' },
        { type: 'infra.postgresql', label: 'DB' },
      ],
    });
    const ora = designFile('s5b.json', {
      components: [
        { type: 'spotfire.spotfire-server', label: 'SF' },
        { type: 'infra.oracle', label: 'DB' },
      ],
    });
    expect(ports((await cli('export', pg, '--format', 'csv')).out, 'SF', 'DB')).toEqual(['5432/tcp']);
    expect(ports((await cli('export', ora, '--format', 'csv')).out, 'SF', 'DB')).toEqual(['1521/tcp']);
  });

  it('scenario 6: three array members behind the Netlet', async () => {
    const file = designFile('s6.json', {
      components: [
        { type: 'infra.workstation', label: 'PC' },
        { type: 'tarantella.netlet-applet', label: 'Netlet', params: { 'array-members': 3 } },
      ],
    });
    expect(ports((await cli('export', file, '--format', 'csv')).out, 'PC', 'Netlet')).toEqual([
      '4000/tcp',
      '4001/tcp',
      '4002/tcp',
      '4003/tcp',
      '4004/tcp',
      '4005/tcp',
    ]);
  });

  it('scenario 7: writes a formula-looking label as text to -o FILE', async () => {
    const file = designFile('s7.json', {
      components: [
        { type: 'infra.workstation', label: '=HYPERLINK("x")' },
        { type: 'tarantella.tarantella-host', label: 'TTA' },
      ],
    });
    const out = join(dir, 's7.csv');
    expect((await cli('export', file, '--format', 'csv', '-o', out, '--bom')).code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written.startsWith('\uFEFF')).toBe(true);
    expect(csvRows(written).every((r) => r['Source component'] === `'=HYPERLINK("x")`)).toBe(true);
  });

  it('validate summarises a good design', async () => {
    const file = designFile('ok.json', { components: [{ type: 'infra.workstation' }, { type: 'tarantella.tarantella-host' }] });
    const { code, out } = await cli('validate', file);
    expect(code).toBe(0);
    expect(out).toMatch(/valid\. 2 components in 0 zones; \d+ flows/);
  });

  it.each([
    ['malformed', '{ "schemaVersion": 1, ', 'is not valid JSON'],
    ['unknown version', '{ "schemaVersion": 99 }', 'newer Portolan (schemaVersion 99)'],
    ['wrong field', '{ "schemaVersion": 1, "components": [{ "type": "infra.workstation", "ip": 5 }] }', 'components[0].ip'],
  ])('refuses a %s design with a message naming the file and problem, exit 1', async (_, text, words) => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, text);
    for (const argv of [
      ['validate', path],
      ['export', path, '--format', 'csv'],
    ]) {
      const { code, out, err } = await cli(...argv);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toContain(path);
      expect(err).toContain(words);
    }
  });

  it('refuses unknown commands, formats and missing files with exit 2 or 1', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    const file = designFile('f.json', {});
    const badFormat = await cli('export', file, '--format', 'pdf');
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toContain('unknown format "pdf"');
    const missing = await cli('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
  });
});

describe('the portolan bin', () => {
  it('runs as a real process and exits non-zero on a bad file', async () => {
    const bin = resolve(__dirname, '../../bin/portolan.mjs');
    const ok = await promisify(execFile)(process.execPath, [bin, 'catalogue', '--components']);
    expect(ok.stdout).toContain('infra.sql-server');
    const path = join(dir, 'broken.json');
    writeFileSync(path, 'not json');
    const failed = await promisify(execFile)(process.execPath, [bin, 'validate', path]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('is not valid JSON');
  }, 30_000);
});

describe('portolan export: Tachyon scenarios', () => {
  it('scenario 2: stacks on one host have no rows between them; on two hosts 443 and 3901', async () => {
    const file = (hostB: string) =>
      designFile(`s2-${hostB}.json`, {
        components: [
          { type: 'tachyon.master-stack-server', label: 'Master', host: 'tachyon01' },
          { type: 'tachyon.response-stack-server', label: 'Response', host: hostB },
        ],
      });
    const same = (await cli('export', file('tachyon01'), '--format', 'csv')).out;
    expect(ports(same, 'Master', 'Response')).toEqual([]);
    const split = (await cli('export', file('tachyon02'), '--format', 'csv')).out;
    expect(ports(split, 'Master', 'Response')).toEqual(['443/tcp']);
    expect(ports(split, 'Response', 'Master')).toEqual(['3901/tcp']);
  });

  it('scenario 4: Switch port 4100 gives 4100 to clients and poke port 4101 to the DMZ server', async () => {
    const file = designFile('s4.json', {
      components: [
        { type: 'tachyon.1e-client', label: 'Client' },
        { type: 'tachyon.response-stack-server', label: 'Response', params: { 'switch-port': 4100 } },
        { type: 'tachyon.dmz-server', label: 'DMZ', params: { 'switch-port': 4100 } },
      ],
    });
    const out = (await cli('export', file, '--format', 'csv')).out;
    expect(ports(out, 'Client', 'Response')).toContain('4100/tcp');
    expect(ports(out, 'Response', 'DMZ')).toEqual(['4101/tcp']);
  });
});

describe('portolan export into a folder', () => {
  it('writes the rule files into -o DIR/ and into an existing folder', async () => {
    const file = designFile('folder.json', {
      zones: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      components: [
        { type: 'infra.workstation', zone: 'a', ip: '10.0.0.1' },
        { type: 'tarantella.tarantella-host', zone: 'b', ip: '10.0.1.1' },
      ],
    });
    const out = join(dir, 'pairs');
    expect((await cli('export', file, '--format', 'iptables', '--scope', 'zone-pair', '-o', `${out}/`)).code).toBe(0);
    // One zone pair: its IPv4 rules, and the IPv6 file that drops by default (an IPv4-only design leaves no IPv6 path open).
    const written = readdirSync(out).sort();
    expect(written).toHaveLength(2);
    const v4 = written.find((n) => n.endsWith('.v4.rules'));
    const v6 = written.find((n) => n.endsWith('.v6.rules'));
    expect(readFileSync(join(out, v4!), 'utf8')).toContain('--dport 3144');
    expect(readFileSync(join(out, v6!), 'utf8')).toMatch(/:FORWARD DROP/);
    expect((await cli('export', file, '--format', 'csv', '-o', out)).code).toBe(0);
    expect(readdirSync(out).some((n) => n.endsWith('.csv'))).toBe(true);
  });
});

describe('portolan catalogue ports', () => {
  it('shows a parameter port at its default with the parameter named', async () => {
    const rows = JSON.parse((await cli('catalogue', '--json')).out) as { id: string; port: string }[];
    expect(rows.find((r) => r.id === 'tachyon.response-to-dmz-poke')?.port).toBe('4001 (switch-port + 1)');
    expect(rows.find((r) => r.id === 'tarantella.client-to-server-3144')?.port).toBe('3144');
  });
});
