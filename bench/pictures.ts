/**
 * How long a user waits for a picture in the editor: from the click on the
 * Export menu item to the finished download (SVG, PNG at 2x, draw.io), for
 * every example and for a generated 500-component estate, in Debian's
 * Chromium at 1440×900. Part of `npm run bench` (not with --quick); alone:
 *
 *   npx tsx bench/pictures.ts [--dist DIR] [--runs 3]
 *
 * Targets (issue 10): under 1 s for any example (the print view too), under
 * 5 s at 500 components.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { bundledCatalogue } from '../src/model/catalogue/bundled';
import { generateDesign } from './generate';
import { AUTOSAVE_KEY, CHROMIUM, CHROMIUM_ARGS, serve } from './run';

const FORMATS = ['SVG picture', 'PNG picture (2x)', 'draw.io diagram'] as const;
const COLUMNS = [...FORMATS, 'Print view'] as const;
const EXAMPLE_LIMIT_MS = 1000;
const ESTATE_LIMIT_MS = 5000;
const ESTATE_SIZE = 500;

export interface PictureTiming {
  design: string;
  components: number;
  /** Median click-to-download time per format (to the print dialog for the print view), ms. */
  ms: Record<(typeof COLUMNS)[number], number>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timeDesign(browser: Browser, url: string, name: string, design: unknown, runs: number): Promise<PictureTiming> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [AUTOSAVE_KEY, JSON.stringify({ tabId: 'bench', savedAt: new Date().toISOString(), design })],
  );
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  const ms = {} as PictureTiming['ms'];
  for (const format of FORMATS) {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await page.getByRole('button', { name: /^Export/ }).click();
      const item = page.getByRole('menuitem', { name: format });
      await item.waitFor();
      const started = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), item.click()]);
      await download.path();
      times.push(Date.now() - started);
    }
    ms[format] = median(times);
  }
  // The print view is ready when it calls the browser's print dialog (replaced here by a stamp).
  await page.evaluate(() => {
    window.print = () => void ((window as unknown as { printedAt: number }).printedAt = performance.now());
  });
  const printTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.getByRole('button', { name: /^Export/ }).click();
    const item = page.getByRole('menuitem', { name: 'Print view' });
    await item.waitFor();
    const started = await page.evaluate(() => performance.now());
    await item.click();
    const printed = await page.waitForFunction(() => (window as unknown as { printedAt?: number }).printedAt, undefined, {
      timeout: 120_000,
    });
    printTimes.push(Math.round(Number(await printed.jsonValue()) - started));
    await page.evaluate(() => {
      delete (window as unknown as { printedAt?: number }).printedAt;
      window.dispatchEvent(new Event('afterprint'));
    });
  }
  ms['Print view'] = median(printTimes);
  await context.close();
  const components = (design as { components: unknown[] }).components.length;
  return { design: name, components, ms };
}

export async function measurePictures(url: string, runs = 3): Promise<PictureTiming[]> {
  // Playwright gives the browser a fresh profile of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const out: PictureTiming[] = [];
    const dir = join(import.meta.dirname, '..', 'examples');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.portolan.json'))) {
      const design: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      out.push(await timeDesign(browser, url, file.replace('.portolan.json', ''), design, runs));
    }
    const estate = generateDesign(ESTATE_SIZE, bundledCatalogue());
    out.push(await timeDesign(browser, url, `generated estate`, estate, Math.min(runs, 2)));
    return out;
  } finally {
    await browser.close();
  }
}

/** A Markdown table and the target lines. */
export function picturesTable(timings: readonly PictureTiming[]): string {
  const lines = [`| design (components) | ${COLUMNS.join(' | ')} |`, `| --- | ${COLUMNS.map(() => '---:').join(' | ')} |`];
  for (const t of timings) lines.push(`| ${t.design} (${t.components}) | ${COLUMNS.map((f) => t.ms[f]).join(' | ')} |`);
  const examples = timings.filter((t) => t.components < ESTATE_SIZE);
  const worstExample = Math.max(...examples.flatMap((t) => Object.values(t.ms)));
  const estate = timings.find((t) => t.components >= ESTATE_SIZE);
  const worstEstate = estate ? Math.max(...Object.values(estate.ms)) : NaN;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  lines.push(
    '',
    `- any example, any picture < ${EXAMPLE_LIMIT_MS} ms (slowest ${worstExample}): ${met(worstExample < EXAMPLE_LIMIT_MS)}`,
    `- ${ESTATE_SIZE} components, any picture < ${ESTATE_LIMIT_MS} ms (slowest ${worstEstate}): ${met(worstEstate < ESTATE_LIMIT_MS)}`,
  );
  return lines.join('\n');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const { server, url } = await serve(join(import.meta.dirname, '..', option('--dist') ?? 'dist'));
  try {
    process.stdout.write(`${picturesTable(await measurePictures(url, Number(option('--runs') ?? 3)))}\n`);
  } finally {
    server.close();
  }
}
