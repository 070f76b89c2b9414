/**
 * One load of a generated estate, printing its long tasks and when it became
 * interactive (the same measure as `npm run bench`), for quick before/after
 * checks of the load path:
 *
 *   npx tsx bench/load-once.ts --size 2000 [--no-build] [--throttle 4] [--port 4308]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bundledCatalogue } from '../src/model/catalogue/bundled';
import { generateDesign } from './generate';
import { AUTOSAVE_KEY, benchPort, build, CHROMIUM, CHROMIUM_ARGS, measureLoad, serve, VIEWPORT, type BenchOptions } from './run';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const size = Number(flag('--size', '2000'));
const outDir = resolve(fileURLToPath(new URL('.', import.meta.url)), 'out');
const options: BenchOptions = {
  sizes: [size],
  throttle: Number(flag('--throttle', '1')),
  quick: false,
  build: false,
  outDir,
  resultsPath: null,
  markdownPath: null,
  log: console.log,
  port: Number(flag('--port', '0')),
};
if (!args.includes('--no-build')) build(outDir, console.log);
const design = generateDesign(size, bundledCatalogue());
const seed = [{ key: AUTOSAVE_KEY, value: JSON.stringify({ tabId: 'bench', savedAt: new Date().toISOString(), design }) }];
const served = await serve(join(outDir, 'app'), benchPort(0, options.port));
const profile = mkdtempSync(join(tmpdir(), 'portolan-load-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: VIEWPORT,
});
try {
  process.env.BENCH_DEBUG = '1';
  const { stats } = await measureLoad(context, served.url, seed, join(outDir, 'app'), options);
  const { jsFiles: _files, ...shown } = stats;
  console.log(JSON.stringify(shown));
} finally {
  await context.close();
  served.server.close();
  rmSync(profile, { recursive: true, force: true });
}
