/**
 * `npm pack` gives a working package: installed from the tarball into an
 * empty folder (no network: it has no run-time dependencies), `npx portolan`
 * answers --version and validates an example, with no tsx and no source.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: object;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  engines: { node: string };
};

describe('the npm package', () => {
  it('installs from its tarball and runs outside the checkout', () => {
    const work = mkdtempSync(join(tmpdir(), 'portolan-pack-'));
    const quiet = { cwd: root, encoding: 'utf8' as const, stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'] };
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], quiet)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const paths = packed!.files.map((f) => f.path);
    expect(paths).toContain('bin/portolan.mjs');
    expect(paths).toContain('dist-cli/portolan.mjs');
    expect(paths.some((p) => p.startsWith('src/'))).toBe(false);

    const app = join(work, 'app');
    execFileSync('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), '{ "name": "try-portolan", "private": true }');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, packed!.filename)], { ...quiet, cwd: app });
    expect(readdirSync(join(app, 'node_modules'))).toEqual(['.bin', '.package-lock.json', 'portolan']);
    expect(existsSync(join(app, 'node_modules/tsx'))).toBe(false);

    const npx = (...args: string[]) => execFileSync('npx', ['--offline', 'portolan', ...args], { ...quiet, cwd: app });
    expect(npx('--version')).toBe(`${pkg.version}\n`);
    const example = join(app, 'node_modules/portolan/examples/tarantella-array-netlet.portolan.json');
    expect(npx('validate', example)).toMatch(/: valid\. \d+ components in \d+ zones/);
    expect(npx('export', example, '--format', 'xlsx', '-o', join(work, 'm.xlsx'))).toBe('');
    expect(readFileSync(join(work, 'm.xlsx')).subarray(0, 2).toString()).toBe('PK');
  }, 180_000);

  it('declares the Node it needs and nothing to install at run time', () => {
    expect(pkg.engines.node).toBe('>=20.19');
    expect(pkg.dependencies).toBeUndefined();
    // Native packages (PNG, serve) are optional peers: never installed with the package, named by the command that needs them.
    for (const name of Object.keys(pkg.peerDependencies ?? {})) expect(pkg.peerDependenciesMeta?.[name]?.optional).toBe(true);
  });
});
