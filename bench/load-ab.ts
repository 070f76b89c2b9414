/**
 * The load of two or more builds side by side: each page opens a generated
 * estate in a fresh browser profile, as `npm run bench` opens it, and the
 * builds are interleaved (A, B, A, B…) so background load hits them alike.
 *
 *   npx vite build --outDir bench/out/before --emptyOutDir   (at one commit)
 *   npx vite build --outDir bench/out/after --emptyOutDir    (at another)
 *   npx tsx bench/load-ab.ts --dirs before,after [--size 2000] [--runs 4]
 *
 * Prints each page's time to interactive, then per build all of them, sorted.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCatalogue } from '../src/model/catalogue/bundled';
import { generateDesign } from './generate';
import { autosaveSeed, benchPort, measureLoad, scriptOptions, serve, withBrowser } from './run';

async function main(argv: string[]) {
  const flag = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1]! : fallback);
  const outDir = resolve(fileURLToPath(new URL('.', import.meta.url)), 'out');
  const dirs = flag('--dirs', 'app').split(',');
  const size = Number(flag('--size', '2000'));
  const runs = Number(flag('--runs', '4'));
  const options = scriptOptions(size, outDir);
  const seed = autosaveSeed(generateDesign(size, bundledCatalogue()));
  const servers = await Promise.all(dirs.map((dir, i) => serve(join(outDir, dir), benchPort(i))));
  const loads = new Map<string, number[]>(dirs.map((dir) => [dir, []]));
  try {
    for (let run = 0; run < runs; run++)
      for (const [i, dir] of dirs.entries()) {
        const { stats } = await withBrowser('load-ab', (context) =>
          measureLoad(context, servers[i]!.url, seed, join(outDir, dir), options),
        );
        loads.get(dir)!.push(stats.interactiveMs);
        console.log(`${dir}: interactive in ${stats.interactiveMs} ms (TBT ${stats.tbtMs} ms)`);
      }
  } finally {
    for (const { server } of servers) server.close();
  }
  for (const [dir, all] of loads) console.log(`${dir}: ${[...all].sort((a, b) => a - b).join(' / ')} ms`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
