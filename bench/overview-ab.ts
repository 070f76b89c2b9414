/**
 * The overview switch of two or more builds side by side: each run opens a
 * fresh page on a generated estate and measures the first round of
 * `measureOverview` (overview.ts), the one a user meets right after opening,
 * with the builds interleaved (A, B, A, B…) so background load hits them alike.
 *
 *   npx vite build --outDir bench/out/before --emptyOutDir   (at one commit)
 *   npx vite build --outDir bench/out/after --emptyOutDir    (at another)
 *   npx tsx bench/overview-ab.ts --dirs before,after [--size 2000] [--runs 4] [--throttle 1]
 *
 * Prints each run, then per build the median of the worst frame into detail
 * and back (ms) and the frames over 50 ms.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCatalogue } from '../src/model/catalogue/bundled';
import { generateDesign } from './generate';
import { measureOverview, type OverviewStats } from './overview';
import { autosaveSeed, benchPort, measureLoad, scriptOptions, serve, withBrowser } from './run';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main(argv: string[]) {
  const flag = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1]! : fallback);
  const outDir = resolve(fileURLToPath(new URL('.', import.meta.url)), 'out');
  const dirs = flag('--dirs', 'app').split(',');
  const size = Number(flag('--size', '2000'));
  const runs = Number(flag('--runs', '4'));
  const options = scriptOptions(size, outDir, { throttle: Number(flag('--throttle', '1')), quick: true });
  const seed = autosaveSeed(generateDesign(size, bundledCatalogue()));
  const servers = await Promise.all(dirs.map((dir, i) => serve(join(outDir, dir), benchPort(i))));
  const results = new Map<string, OverviewStats[]>(dirs.map((dir) => [dir, []]));
  try {
    await withBrowser('overview-ab', async (context) => {
      for (let run = 0; run < runs; run++)
        for (const [i, dir] of dirs.entries()) {
          const { page, stats } = await measureLoad(context, servers[i]!.url, seed, join(outDir, dir), options);
          const overview = await measureOverview(page);
          results.get(dir)!.push(overview);
          console.log(`${dir}: load ${stats.interactiveMs} ms; ${JSON.stringify(overview)}`);
          await page.close();
        }
    });
  } finally {
    for (const { server } of servers) server.close();
  }
  for (const [dir, all] of results) {
    const of = (pick: (s: OverviewStats) => number) => all.map(pick).join(' / ');
    console.log(
      `${dir}: into detail worst ${of((s) => s.intoDetailMax)} ms (median ${median(all.map((s) => s.intoDetailMax))}), over 50 ms ${of((s) => s.intoDetailOver50)};` +
        ` into the overview worst ${of((s) => s.intoOverviewMax)} ms (median ${median(all.map((s) => s.intoOverviewMax))}), over 50 ms ${of((s) => s.intoOverviewOver50)}`,
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
