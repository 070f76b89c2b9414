/**
 * One generated estate opened in Portolan from the autosave, for the small
 * bench scripts (load-once.ts, overview.ts, initial-js.ts): reads --size, --throttle,
 * --port and --no-build, builds the app unless told not to, serves it,
 * measures the load as `npm run bench` does, hands the page on, and cleans up.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { bundledCatalogue } from '../src/model/catalogue/bundled';
import { generateDesign } from './generate';
import { autosaveSeed, benchPort, build, measureLoad, scriptOptions, serve, withBrowser, type LoadStats } from './run';

export interface EstatePage {
  size: number;
  outDir: string;
  context: BrowserContext;
  page: Page;
  load: LoadStats;
}

/** How a script opens the estate when the defaults do not do: its own build (`appDir`, built by `build`) and what runs before the page loads. */
export interface EstateOptions {
  appDir?: string;
  build?: (appDir: string) => void;
  beforeLoad?: (page: Page) => Promise<void>;
}

export async function withEstatePage(
  argv: readonly string[],
  work: (opened: EstatePage) => Promise<void>,
  estate: EstateOptions = {},
): Promise<void> {
  const flag = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1]! : fallback);
  const size = Number(flag('--size', '2000'));
  const outDir = resolve(fileURLToPath(new URL('.', import.meta.url)), 'out');
  const options = scriptOptions(size, outDir, { throttle: Number(flag('--throttle', '1')), port: Number(flag('--port', '0')) });
  const appDir = estate.appDir ?? join(outDir, 'app');
  if (!argv.includes('--no-build')) (estate.build ?? (() => build(outDir, console.log)))(appDir);
  const seed = autosaveSeed(generateDesign(size, bundledCatalogue()));
  const served = await serve(appDir, benchPort(0, options.port));
  try {
    await withBrowser('estate', async (context) => {
      const { page, stats } = await measureLoad(context, served.url, seed, appDir, options, estate.beforeLoad);
      await work({ size, outDir, context, page, load: stats });
    });
  } finally {
    served.server.close();
  }
}
