/**
 * One load of a generated estate, printing its long tasks and when it became
 * interactive (the same measure as `npm run bench`), for quick before/after
 * checks of the load path:
 *
 *   npx tsx bench/load-once.ts --size 2000 [--no-build] [--throttle 4] [--port 4308]
 */
import { withEstatePage } from './estate-page';

process.env.BENCH_DEBUG = '1';
await withEstatePage(process.argv.slice(2), async ({ load }) => {
  const { jsFiles: _files, ...shown } = load;
  console.log(JSON.stringify(shown));
});
