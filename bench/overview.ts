/**
 * The overview of a large estate, as a user meets it: switching from the
 * overview (fit view) into detail and back, and panning the overview.
 *
 * - Switch: one real wheel step takes the view from fit view to 100 % around
 *   the canvas centre, then one takes it back; the worst frame interval from
 *   the wheel event until the page is quiet is the switch's cost.
 * - Pan: the pane is dragged with real mouse input, one move per frame, at
 *   fit view; missed frames are intervals over 20 ms (one frame is 16.7 ms).
 *
 * Runs on a page `measureLoad` opened (window.__bench records every frame).
 *
 *   npx tsx bench/overview.ts --size 2000 [--no-build] [--port 4308] [--profile] [--trace [--trace-file F]] [--repeat N]
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { withEstatePage } from './estate-page';

export interface OverviewStats {
  /** Worst frame interval, ms, while zooming from the overview into 100 % (and the frames that took over 50 ms). */
  intoDetailMax: number;
  intoDetailOver50: number;
  /** The same, zooming back out into the overview. */
  intoOverviewMax: number;
  intoOverviewOver50: number;
  /** Panning the overview: frames, p95 and worst interval, and the share of frames missed. */
  panFrames: number;
  panP95: number;
  panMax: number;
  panMissedPct: number;
}

const MISSED_FRAME_MS = 20;
/**
 * Frame intervals are whole display frames of 16.67 ms, read to 0.1 ms: three frames read 49.9 to
 * 50.1 ms. A frame "over 50 ms" is one of four frames or more (66.7 ms), not a three-frame interval
 * that happens to read 50.1.
 */
export const OVER_50_MS = 50.4;
const PAN_STEPS = 60;

/** The first switches and pans of several fresh pages (`npm run bench`): the worst of each switch, the pans' median. */
export interface OverviewSummary {
  pages: number;
  intoDetailWorst: number;
  intoOverviewWorst: number;
  /** Frames over 50 ms (OVER_50_MS), over all pages. */
  intoDetailOver50: number;
  intoOverviewOver50: number;
  panMissedPct: number;
  panMissedWorstPct: number;
  panP95: number;
}

const frameIntervals = (frames: number[]) => frames.slice(1).map((t, i) => t - frames[i]!);

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

const round = (value: number) => Math.round(value * 10) / 10;

const zoomOfPage = (page: Page) =>
  page.evaluate(() =>
    Number(/scale\(([\d.e-]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '')?.[1] ?? 1),
  );

/** Frames from now until no frame has been slower than 20 ms for `quietMs` (or `timeoutMs`). */
async function framesUntilQuiet(page: Page, act: () => Promise<void>, quietMs = 600, timeoutMs = 20_000): Promise<number[]> {
  await page.evaluate(() => {
    window.__bench.frames = [];
  });
  await act();
  const started = Date.now();
  for (;;) {
    await page.waitForTimeout(100);
    const quiet = await page.evaluate((quiet) => {
      const frames = window.__bench.frames.map((f) => f[0]);
      const now = performance.now();
      let lastSlow = frames[0] ?? now;
      for (let i = 1; i < frames.length; i++) if (frames[i]! - frames[i - 1]! > 20) lastSlow = frames[i]!;
      return frames.length > 2 && now - lastSlow >= quiet;
    }, quietMs);
    if (quiet || Date.now() - started > timeoutMs) break;
  }
  return page.evaluate(() => window.__bench.frames.map((f) => f[0]));
}

/**
 * One wheel event that scales the view by `factor` around the canvas centre (React Flow: 2^(-deltaY * 0.002)).
 * The pane is found before the frames are counted: Playwright's query runs on the page's main thread
 * (30 ms and more on a 2000-component page) and is no part of the switch.
 */
async function wheelZoom(page: Page): Promise<(factor: number) => Promise<void>> {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  return async (factor) => {
    await page.mouse.move(pane.x + pane.width * 0.5, pane.y + pane.height * 0.5);
    await page.mouse.wheel(0, -Math.log2(factor) / 0.002);
  };
}

export async function measureOverview(page: Page): Promise<OverviewStats> {
  const fitZoom = await zoomOfPage(page);
  const wheel = await wheelZoom(page);
  const into = frameIntervals(await framesUntilQuiet(page, () => wheel(1 / fitZoom)));
  const detailZoom = await zoomOfPage(page);
  const back = frameIntervals(await framesUntilQuiet(page, () => wheel(fitZoom / detailZoom)));
  // Pan the overview: grab an empty point of the pane (the background) and move one step per frame.
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const start = await page.evaluate(
    ({ x, y, width, height }) => {
      for (let fy = 0.15; fy < 0.9; fy += 0.05)
        for (let fx = 0.1; fx < 0.9; fx += 0.05) {
          const px = x + width * fx;
          const py = y + height * fy;
          const hit = document.elementFromPoint(px, py);
          if (hit?.classList.contains('react-flow__pane') || hit?.closest('.react-flow__background')) return { x: px, y: py };
        }
      return { x: x + width * 0.5, y: y + height * 0.95 };
    },
    { x: pane.x, y: pane.y, width: pane.width, height: pane.height },
  );
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(() => {
    window.__bench.frames = [];
  });
  for (let i = 1; i <= PAN_STEPS; i++) await page.mouse.move(start.x + i * 3, start.y + i * 1.5);
  const pan = frameIntervals(await page.evaluate(() => window.__bench.frames.map((f) => f[0])));
  await page.mouse.up();
  return {
    intoDetailMax: round(Math.max(0, ...into)),
    intoDetailOver50: into.filter((d) => d > OVER_50_MS).length,
    intoOverviewMax: round(Math.max(0, ...back)),
    intoOverviewOver50: back.filter((d) => d > OVER_50_MS).length,
    panFrames: pan.length,
    panP95: round(percentile(pan, 0.95)),
    panMax: round(Math.max(0, ...pan)),
    panMissedPct: round((100 * pan.filter((d) => d > MISSED_FRAME_MS).length) / Math.max(1, pan.length)),
  };
}

export function summariseOverview(runs: readonly OverviewStats[]): OverviewSummary {
  const worst = (pick: (s: OverviewStats) => number) => Math.max(0, ...runs.map(pick));
  const total = (pick: (s: OverviewStats) => number) => runs.reduce((sum, s) => sum + pick(s), 0);
  const middle = (pick: (s: OverviewStats) => number) => percentile(runs.map(pick), 0.5);
  return {
    pages: runs.length,
    intoDetailWorst: worst((s) => s.intoDetailMax),
    intoOverviewWorst: worst((s) => s.intoOverviewMax),
    intoDetailOver50: total((s) => s.intoDetailOver50),
    intoOverviewOver50: total((s) => s.intoOverviewOver50),
    panMissedPct: middle((s) => s.panMissedPct),
    panMissedWorstPct: worst((s) => s.panMissedPct),
    panP95: middle((s) => s.panP95),
  };
}

async function main(argv: string[]) {
  await withEstatePage(argv, async ({ size, outDir, context, page, load }) => {
    console.log(`${size} components: interactive ${load.interactiveMs} ms, ${load.longTasks} long tasks`);
    // --profile: a CPU profile of the whole measure, written to bench/out/overview-<size>.cpuprofile.
    const session = argv.includes('--profile') ? await context.newCDPSession(page) : undefined;
    if (session) {
      await session.send('Profiler.enable');
      await session.send('Profiler.start');
    }
    // --trace: main-thread time by trace event over the whole measure (what rendering costs).
    const tracing = argv.includes('--trace') ? await context.newCDPSession(page) : undefined;
    const events: { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }[] = [];
    if (tracing) {
      tracing.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
      await tracing.send('Tracing.start', { categories: 'devtools.timeline,toplevel', transferMode: 'ReportEvents' });
    }
    console.log(JSON.stringify(await measureOverview(page)));
    // --repeat N: N more rounds on the same page (the first runs while the editor still loads what it
    // fetches after opening; the later ones show the switch alone).
    for (let i = 1; i < Number(argv.includes('--repeat') ? argv[argv.indexOf('--repeat') + 1] : 1); i++)
      console.log(JSON.stringify(await measureOverview(page)));
    if (tracing) {
      const done = new Promise<void>((resolve) => tracing.once('Tracing.tracingComplete', () => resolve()));
      await tracing.send('Tracing.end');
      await done;
      // --trace-file F: the events themselves, for a look at single frames.
      if (argv.includes('--trace-file')) writeFileSync(argv[argv.indexOf('--trace-file') + 1]!, JSON.stringify(events));
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const totals = new Map<string, number>();
      for (const e of events)
        if (main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
          totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25))
        console.log(`${ms.toFixed(0).padStart(8)} ms  ${name}`);
    }
    if (session) {
      const { profile } = await session.send('Profiler.stop');
      writeFileSync(join(outDir, `overview-${size}.cpuprofile`), JSON.stringify(profile));
    }
  });
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain)
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
