// Builds the command line into ESM files in dist-cli/ with every dependency
// inside (exceljs included) but the native ones (resvg for PNG; SQLite and
// Hocuspocus for serve), so the
// package needs nothing else at run time: no tsx, no TypeScript. The entry, portolan.mjs, is a few
// hundred bytes; the commands and exceljs are chunks it imports when needed,
// so `--version` starts without compiling 1.7 MB. `npm run build` and
// `prepare` run it; bin/portolan.mjs runs it again in a checkout whenever a
// source is newer than the bundle.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bundlePath = join(root, 'dist-cli', 'portolan.mjs');

function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether a source the bundle is made of (src/model, src/cli, catalogue, package.json) changed after it was built. */
export function isStale() {
  const built = statSync(bundlePath, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return ['src/model', 'src/cli', 'catalogue', 'package.json'].some((p) => newest(join(root, p)) > built);
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { portolan: join(root, 'src/cli/bin.ts') },
    outdir: dirname(bundlePath),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    minify: true,
    legalComments: 'none',
    // Native packages ship a binary per platform and cannot be bundled: they are the package's run-time dependencies.
    external: ['@resvg/resvg-js', '@hocuspocus/server', '@hocuspocus/extension-sqlite', 'better-sqlite3'],
    write: false,
    logLevel: 'warning',
    // exceljs and its dependencies are CommonJS and require Node built-ins: give the ESM bundle a `require`.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __portolanRequire } from 'node:module';\nconst require = __portolanRequire(import.meta.url);",
    },
  });
  const folder = dirname(bundlePath);
  mkdirSync(folder, { recursive: true });
  // Chunks first, the entry last; each written beside and renamed into place, so a CLI started meanwhile never reads half a file.
  const files = [...result.outputFiles].sort((a, b) => (a.path === bundlePath) - (b.path === bundlePath));
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents, { mode: 0o755 });
    renameSync(temporary, file.path);
  }
  const current = new Set(files.map((f) => f.path));
  for (const name of readdirSync(folder))
    if (name.startsWith('chunk-') && !current.has(join(folder, name))) rmSync(join(folder, name), { force: true });
  return bundlePath;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = await buildCli();
  console.error(`built ${path} and its chunks`);
}
