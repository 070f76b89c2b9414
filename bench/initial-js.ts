/**
 * What the JS before interactive is made of, and how much of it runs while a
 * generated estate opens: the same load and the same files as `npm run
 * bench`'s "JS before interactive", split by package (and by folder of src/)
 * through the build's source maps, with the bytes V8's coverage saw run.
 *
 *   npx tsx bench/initial-js.ts [--size 2000] [--no-build] [--modules]
 *
 * Gzipped sizes are each group's text compressed alone: an estimate (a group
 * compresses a little better inside its chunk), good for comparing groups.
 * The catalogue's JSON has no source map: it shows as `(catalogue data)`.
 * `--modules`: one row per source file instead of per package or folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { withEstatePage } from './estate-page';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const out = join(ROOT, 'bench', 'out', 'initial-js');

/** The editor's production build with source maps, beside the bench's own. */
function buildWithMaps(dir: string) {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const run = spawnSync(vite, ['build', '--sourcemap', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error('vite build failed');
}

/** A package (`react-dom`, d3's packages as one), a folder of src/ (or a file, with --modules), or the catalogue. */
function groupOf(source: string | null): string {
  if (!source) return '(catalogue data)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) return pkg.startsWith('d3-') ? 'd3-* (React Flow)' : pkg;
  const own = /src\/.*/.exec(source)?.[0] ?? source;
  return args.includes('--modules') ? own : own.replace(/^(src\/[^/]+\/[^/]+)\/.*/, '$1').replace(/^(src\/[^/]+)\.tsx?$/, '$1');
}

interface Group {
  text: string;
  /** Minified characters V8 ran while the design opened. */
  ran: number;
}

/** Each generated character's group, from the source map; `ran`: V8 ran the code it belongs to. */
function attribute(code: string, map: string, ran: Uint8Array, groups: Map<string, Group>) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const segments: { at: number; source: string | null }[] = [];
  new SourceMapConsumer(JSON.parse(map) as never).eachMapping((m) =>
    segments.push({ at: lineStarts[m.generatedLine - 1]! + m.generatedColumn, source: m.source }),
  );
  segments.sort((a, b) => a.at - b.at);
  for (let i = 0; i < segments.length; i++) {
    const { at, source } = segments[i]!;
    const end = segments[i + 1]?.at ?? code.length;
    const key = groupOf(source);
    const group = groups.get(key) ?? { text: '', ran: 0 };
    group.text += code.slice(at, end);
    for (let k = at; k < end; k++) if (ran[k]) group.ran++;
    groups.set(key, group);
  }
}

await withEstatePage(
  args,
  async ({ size, page, load }) => {
    const entries = await page.coverage.stopJSCoverage();
    const groups = new Map<string, Group>();
    let total = 0;
    for (const file of load.jsFiles) {
      const code = readFileSync(join(out, file), 'utf8');
      total += gzipSync(code, { level: 9 }).length;
      const entry = entries.find((e) => new URL(e.url).pathname === file);
      // Block coverage: ranges nest, and an inner range overrides the one around it.
      const ran = new Uint8Array(code.length).fill(entry ? 1 : 0);
      for (const fn of entry?.functions ?? [])
        for (const range of fn.ranges) ran.fill(range.count > 0 ? 1 : 0, range.startOffset, range.endOffset);
      const map = join(out, `${file}.map`);
      if (existsSync(map)) attribute(code, readFileSync(map, 'utf8'), ran, groups);
    }
    const rows = [...groups]
      .map(([name, g]) => ({ name, gzip: gzipSync(g.text, { level: 9 }).length, raw: g.text.length, ran: g.ran }))
      .sort((a, b) => b.gzip - a.gzip);
    console.log(
      `JS before interactive at ${size} components: ${load.jsFiles.length} files, ${total} bytes gzipped (${(total / 1024).toFixed(1)} KiB)\n`,
    );
    console.log('| code | gzipped KiB (alone) | minified bytes | of which ran while opening |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const row of rows.slice(0, Number(flag('--top', '40'))))
      console.log(
        `| ${row.name} | ${(row.gzip / 1024).toFixed(1)} | ${row.raw} | ${row.name === '(catalogue data)' ? 'n/a' : `${Math.round((100 * row.ran) / Math.max(1, row.raw))} %`} |`,
      );
  },
  { appDir: out, build: buildWithMaps, beforeLoad: (page) => page.coverage.startJSCoverage({ resetOnNavigation: false }) },
);
