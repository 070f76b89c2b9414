import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { exportFormats } from '../../src/model/export/formats';
import { FIXTURES, removeTempDirs, tempDir } from './helpers';
import { recordingIo } from '../cli/harness';

afterAll(removeTempDirs);

const io = recordingIo;

const fixture = (name: string) => join(FIXTURES, `${name}.portolan.json`);

describe('export formats in the registry and the CLI', () => {
  it('registers every format, csv first', () => {
    expect(exportFormats.map((f) => f.id)).toEqual([
      'csv',
      'xlsx',
      'iptables',
      'nftables',
      'asa',
      'aws',
      'azure',
      'windows',
      'k8s',
      'capirca',
      'svg',
      'png',
      'drawio',
      'mermaid',
    ]);
  });

  it('portolan export --format nftables prints the rule set', async () => {
    const cli = io();
    expect(await run(['export', fixture('tarantella'), '--format', 'nftables'], cli)).toBe(0);
    expect(cli.stdout).toMatch(/^table inet portolan \{$/m);
    expect(cli.stdout).toContain('ip saddr 10.10.0.0/16 ip daddr 10.20.0.10 tcp dport 443 ct state new accept');
  });

  it('portolan export --format iptables writes the IPv4 and the IPv6 file, so it needs a folder', async () => {
    const refused = io();
    expect(await run(['export', fixture('tarantella'), '--format', 'iptables'], refused)).toBe(2);
    expect(refused.stderr).toContain('makes 2 files: name an output folder with -o');
    const dir = tempDir('cli-iptables');
    expect(await run(['export', fixture('tarantella'), '--format', 'iptables', '-o', dir], io())).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['tarantella-remote-access.v4.rules', 'tarantella-remote-access.v6.rules']);
    const v4 = readFileSync(join(dir, 'tarantella-remote-access.v4.rules'), 'utf8');
    expect(v4).toMatch(/^\*filter$/m);
    expect(v4).toContain('-A FORWARD -s 10.10.0.0/16 -d 10.20.0.10 -p tcp -m tcp --dport 443');
  });

  it('--scope zone-pair -o DIR writes one file per zone pair', async () => {
    const dir = tempDir('cli');
    const cli = io();
    expect(await run(['export', fixture('tarantella'), '--format', 'nftables', '--scope', 'zone-pair', '-o', dir], cli)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'tarantella-remote-access-core-servers-to-dmz.nft',
      'tarantella-remote-access-dmz-to-core-servers.nft',
      'tarantella-remote-access-office-lan-to-dmz.nft',
    ]);
  });

  it('warns on stderr about rows left out', async () => {
    const cli = io();
    expect(await run(['export', fixture('wso2-mobile'), '--format', 'asa'], cli)).toBe(0);
    expect(cli.stderr).toContain('Rows left out because these hosts have no IP: EMM server evil 🚀 (emm-01)');
  });

  it('writes the workbook to a file', async () => {
    const path = join(tempDir('cli'), 'flows.xlsx');
    expect(await run(['export', fixture('tarantella'), '--format', 'xlsx', '-o', path], io())).toBe(0);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });
});
