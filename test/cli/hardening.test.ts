/**
 * The command line as an attacker's file and a careless user meet it:
 * control characters, arguments, standard streams, write errors, huge
 * designs and floods of messages.
 */
import { execFile, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/main';
import { cli } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'portolan-cli-hard-'));
const bin = resolve(__dirname, '../../bin/portolan.mjs');
const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('control characters from a file never reach the terminal', () => {
  const nasty = ['\u001b[2J\u001b[H', '\u0007', '\u001b]52;c;ZXZpbA==\u0007', '\u009b31m', '\u009d0;title\u009c', '\r\u001b[K'];
  it.each(nasty.map((s) => [JSON.stringify(s), s]))('%s in a label, a key, a value and a file name is escaped', async (_, s) => {
    const cases = [
      file('label.json', JSON.stringify({ schemaVersion: 1, components: [{ type: 'infra.sql-server', label: s, ip: `10.0.0.1${s}` }] })),
      file('key.json', JSON.stringify({ schemaVersion: 1, components: [{ type: 'infra.sql-server', [`x${s}`]: 1 }] })),
      file('type.json', JSON.stringify({ schemaVersion: 1, components: [{ type: `acme${s}` }] })),
      file('zone.json', JSON.stringify({ schemaVersion: 1, zones: [{ name: `z${s}`, cidr: '10.0.0.1/24' }] })),
      file(`name${s.replace(/[/\\]/g, '')}.json`, '{'),
    ];
    for (const path of cases) {
      for (const argv of [
        ['validate', path],
        ['export', path, '--format', 'csv', '-o', join(dir, 'out.csv')],
      ]) {
        const { err } = await cli(...argv);
        expect(err.length).toBeGreaterThan(0);
        expect(err).not.toMatch(TERMINAL_CONTROLS);
      }
    }
    const unknown = await cli(`frob${s}`);
    expect(unknown.err).not.toMatch(TERMINAL_CONTROLS);
  });
});

describe('arguments', () => {
  it('--version prints the package version', async () => {
    expect(await cli('--version')).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it.each([['export'], ['validate'], ['catalogue']])('%s --help prints usage to stdout and exits 0', async (command) => {
    expect(await cli(command, '--help')).toEqual({ code: 0, out: `${USAGE}\n`, err: '' });
  });

  it('prints usage to stderr with exit 2 on no command, unknown options and extra arguments', async () => {
    const good = file('good.json', JSON.stringify({ schemaVersion: 1, components: [{ type: 'infra.sql-server' }] }));
    for (const argv of [
      [],
      ['validate', good, good],
      ['export', good, 'extra', '--format', 'csv'],
      ['catalogue', 'extra'],
      ['validate', '--frob', good],
      ['--version', 'x'],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toContain(USAGE);
    }
    expect((await cli('validate', good, good)).err).toContain(`one design file at a time; unexpected "${good}"`);
  });

  it('names the file and the reason when it cannot write', async () => {
    const good = file('good2.json', JSON.stringify({ schemaVersion: 1, components: [{ type: 'infra.sql-server' }] }));
    const missingFolder = join(dir, 'no', 'such', 'folder', 'x.csv');
    const result = await cli('export', good, '--format', 'csv', '-o', missingFolder);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`portolan: ${missingFolder}: cannot write (no such file or folder)\n`);
    if (process.getuid?.() !== 0) {
      const locked = mkdtempSync(join(tmpdir(), 'portolan-locked-'));
      chmodSync(locked, 0o500);
      expect((await cli('export', good, '--format', 'csv', '-o', join(locked, 'x.csv'))).err).toContain('cannot write (permission denied)');
    }
  });
});

describe('standard streams, as a process', () => {
  const runBin = (args: string[], input: string) =>
    new Promise<{ code: number | null; out: string; err: string }>((done) => {
      const child = spawn(process.execPath, [bin, ...args]);
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('close', (code) => done({ code, out, err }));
      child.stdin.end(input);
    });

  it('- reads the design from standard input and -o - writes standard output', async () => {
    const design = JSON.stringify({
      schemaVersion: 1,
      components: [
        { type: 'infra.workstation', label: 'PC' },
        { type: 'tarantella.tarantella-host', label: 'TTA' },
      ],
    });
    const validated = await runBin(['validate', '-'], design);
    expect(validated).toMatchObject({ code: 0, err: '' });
    expect(validated.out).toMatch(/^standard input: valid\. 2 components/);
    const exported = await runBin(['export', '-', '--format', 'csv', '-o', '-'], design);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('3144');
  }, 30_000);

  it('--version as a process', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--version']);
    expect(stdout).toBe(`${pkg.version}\n`);
  }, 30_000);
});

describe('bounded work', () => {
  it('refuses 500 Tachyon servers × 500 clients within seconds, naming the pairs to narrow', async () => {
    const components = [
      ...Array.from({ length: 500 }, () => ({ type: 'tachyon.server' })),
      ...Array.from({ length: 500 }, () => ({ type: 'tachyon.1e-client' })),
    ];
    const path = file('all-to-all.json', JSON.stringify({ schemaVersion: 1, components }));
    for (const argv of [
      ['validate', path],
      ['export', path, '--format', 'csv'],
    ]) {
      const { code, out, err } = await cli(...argv);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toContain('would produce up to 1,248,500 flows, more than the 20,000 Portolan derives');
      expect(err).toContain('500 × 1E Client to 500 × ');
    }
  }, 60_000);

  it('caps repeated messages: 100,000 nameless zones give a few lines and a count', async () => {
    const path = file('zones.json', `{"schemaVersion":1,"zones":[${Array(100_000).fill('{}').join(',')}]}`);
    const { code, err } = await cli('validate', path);
    expect(code).toBe(1);
    const lines = err.trimEnd().split('\n');
    expect(lines.length).toBe(22);
    expect(lines[21]).toBe('  - and 99,979 more');
  });
});
