/**
 * The cost of an edit in the browser, from the input event to the next
 * paint, as the Event Timing API measures it (what INP reports): a selection
 * (click on a node), an option change (a checkbox in the inspector) and a
 * label edit (Enter in the inspector's Label field). Everything the edit
 * causes before the next frame is inside: derivation, pairing, rendering,
 * and autosave if it ran in the event.
 *
 *   npx tsx bench/edits.ts --size 1000 --edits 20 --port 4300 [--no-build] [--throttle 4] [--dir built-app]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { bundledCatalogue } from '../src/model/catalogue/bundled';
import { deriveFlows } from '../src/model/derive';
import { autosaveSeed, benchPort, build, measureLoad, serve, withBrowser, zoomToActualSize, type BenchOptions } from './run';
import { generateDesign } from './generate';

export interface EditStats {
  edits: number;
  /** Event to next paint, ms (Event Timing; under 16 ms is not reported and counts as 16). */
  p95: number;
  max: number;
  median: number;
  /**
   * Event to the end of its handlers, React's render and commit included
   * (Event Timing `processingEnd`), p95: the main thread's part, without
   * waiting for raster and the frame (which a loaded machine stretches).
   */
  mainP95: number;
  /**
   * A selection only: from the click to the frame after the one that draws
   * all it shows (the focus's veil around the component and the inspector's
   * fields for it), p95. The click's own paint (`p95`) may come first, with
   * the ring alone.
   */
  wholeP95?: number;
}

/** Watches every input event's duration (event start to the next paint after its handlers). */
async function watchEvents(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __events: { id: number; duration: number; main: number }[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.interactionId)
          w.__events.push({ id: entry.interactionId, duration: entry.duration, main: entry.processingEnd - entry.startTime });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
}

/** Runs `edit` n times; each edit's cost is its longest event (an interaction has several). */
async function timeEdits(
  page: Page,
  n: number,
  edit: (i: number) => Promise<void>,
  /** A selection: the component id edit `i` selects, to time until all it shows is drawn. */
  selects?: (i: number) => string,
): Promise<EditStats> {
  await watchEvents(page);
  const costs: number[] = [];
  const mains: number[] = [];
  const wholes: number[] = [];
  for (let i = 0; i < n; i++) {
    await page.evaluate(() => ((window as unknown as { __events: unknown[] }).__events = []));
    const whole = selects ? await watchSelectionShown(page, selects(i)) : undefined;
    await edit(i);
    if (whole) wholes.push(await whole());
    // Two frames and an idle moment: the paint has happened and its entry was delivered.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    const events = await page.evaluate(() => (window as unknown as { __events: { duration: number; main: number }[] }).__events);
    costs.push(Math.max(16, ...events.map((e) => e.duration)));
    mains.push(Math.max(0, ...events.map((e) => e.main)));
  }
  if (process.env.BENCH_DEBUG)
    console.log(
      `  each, ms (event to paint / main thread${selects ? ' / all shown' : ''}): ${costs
        .map((c, i) => `${Math.round(c)}/${Math.round(mains[i]!)}${selects ? `/${Math.round(wholes[i]!)}` : ''}`)
        .join(' ')}`,
    );
  const sorted = [...costs].sort((a, b) => a - b);
  const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)]!;
  return {
    edits: n,
    p95: p95(costs),
    max: sorted[sorted.length - 1]!,
    median: sorted[Math.floor(sorted.length / 2)]!,
    mainP95: Math.round(p95(mains)),
    // A selection whose veil or inspector never came in 5 s counts as not timed, not as a number.
    ...(selects && wholes.some(Number.isFinite) && { wholeP95: Math.round(p95(wholes.filter(Number.isFinite))) }),
  };
}

/**
 * From the next pointer press to the frame after the one that first draws the
 * component's focus (the veil's `data-focus`) and its inspector (its Zone
 * field): that frame's start is when the one before it was presented.
 * Installed before the click; the returned promise reads the time.
 */
async function watchSelectionShown(page: Page, id: string): Promise<() => Promise<number>> {
  await page.evaluate((id) => {
    const w = window as unknown as { __shown: Promise<number> };
    w.__shown = new Promise<number>((done) => {
      let pressed: number | undefined;
      const shown = () =>
        document.querySelector(`[data-testid="focus-veil"][data-focus="${CSS.escape(id)}"]`) !== null &&
        document.getElementById(`zone-of-${id}`) !== null;
      // A click delivered to the node alone (no pointer press) starts at its click.
      for (const type of ['pointerdown', 'click'])
        window.addEventListener(type, (event) => (pressed ??= event.timeStamp), { capture: true, once: true });
      const frame = () =>
        requestAnimationFrame(() => {
          if (pressed === undefined || !shown()) return frame();
          requestAnimationFrame((presented) => done(presented - pressed!));
        });
      frame();
      setTimeout(() => done(Number.NaN), 5000);
    });
  }, id);
  return () => page.evaluate(() => (window as unknown as { __shown: Promise<number> }).__shown);
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
/**
 * Clicks a component where it is not covered: on a large estate the selected
 * component's edges are drawn above the others, and a click on a covered
 * point would select an edge, as it would for a user.
 */
async function clickNode(page: Page, id: string): Promise<void> {
  let point = await uncoveredPoint(page, id);
  if (!point) {
    // The last selection's edges lie over it: clear the selection (Escape), as a user would.
    await page.keyboard.press('Escape');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    point = await uncoveredPoint(page, id);
  }
  // Still covered (by the panels or labels at this zoom): a click delivered to the component itself selects it all the same.
  if (!point) await page.locator(`.react-flow__node[data-id="${id}"]`).dispatchEvent('click');
  else await page.mouse.click(point.x, point.y);
}

function uncoveredPoint(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => {
    const element = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (!element) return null;
    const box = element.getBoundingClientRect();
    for (let y = box.top + 4; y < box.bottom - 2; y += 6) {
      for (let x = box.left + 4; x < box.right - 2; x += 10) {
        const hit = document.elementFromPoint(x, y);
        if (hit && element.contains(hit)) return { x, y };
      }
    }
    return null;
  }, id);
}

export interface EditsStats {
  selection: EditStats;
  option: EditStats;
  label: EditStats;
}

export async function measureEdits(
  page: Page,
  ids: { selection: string[]; option: { id: string; label: string; corner?: { x: number; y: number } } },
  n: number,
  options: BenchOptions,
  /** Around each kind of edit's run (bench/edit-trace.ts traces each). */
  around: (kind: keyof EditsStats, run: () => Promise<EditStats>) => Promise<EditStats> = (_kind, run) => run(),
): Promise<EditsStats> {
  await zoomToActualSize(page, options, ids.option.id, ids.option.corner);
  const visible = await page.evaluate(
    (candidates) =>
      candidates.filter((id) => {
        const box = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.getBoundingClientRect();
        return box && box.left > 300 && box.right < innerWidth - 340 && box.top > 80 && box.bottom < innerHeight - 40;
      }),
    ids.selection,
  );
  if (visible.length < 2) throw new Error('too few components on screen to select');
  const selection = await around('selection', () =>
    timeEdits(
      page,
      n,
      async (i) => {
        await clickNode(page, visible[i % visible.length]!);
      },
      (i) => visible[i % visible.length]!,
    ),
  );
  await clickNode(page, ids.option.id);
  const checkbox = inspector(page).getByLabel(ids.option.label, { exact: false }).first();
  const option = await around('option', () =>
    timeEdits(page, n, async () => {
      await checkbox.click();
    }),
  );
  const field = inspector(page).getByLabel('Label', { exact: true });
  const label = await around('label', () =>
    timeEdits(page, n, async (i) => {
      await field.fill(`edited ${i}`);
      await field.press('Enter');
    }),
  );
  return { selection, option, label };
}

/** A component with a yes/no option and flows, and others to click on. */
export function pickTargets(size: number) {
  const catalogue = bundledCatalogue();
  const design = generateDesign(size, catalogue);
  const flows = deriveFlows(design, catalogue);
  const connected = new Set(flows.flatMap((f) => [f.from, f.to]));
  const withOption = design.components.find(
    (c) => connected.has(c.id) && catalogue.components.get(c.type)?.options.some((o) => o.type === 'boolean'),
  )!;
  const option = catalogue.components.get(withOption.type)!.options.find((o) => o.type === 'boolean')!;
  const zone = design.zones.find((z) => z.id === withOption.zone)?.position ?? { x: 0, y: 0 };
  const corner = { x: zone.x + (withOption.position?.x ?? 0), y: zone.y + (withOption.position?.y ?? 0) };
  return { design, option: { id: withOption.id, label: option.label, corner }, selection: design.components.map((c) => c.id) };
}

/** What a script measuring edits gets: a page with the estate opened, its edit targets, and the options. */
export interface EditsPage {
  page: Page;
  targets: ReturnType<typeof pickTargets>;
  /** Edits of each kind (--edits). */
  n: number;
  size: number;
  throttle: number;
  appDir: string;
  options: BenchOptions;
}

/**
 * Builds (unless --no-build or --dir), serves and opens the estate for edits, runs `work`, and cleans
 * up: --size, --edits, --throttle, --port, and --dir (another build of the app, e.g. an older
 * commit's, for a before and after). bench/edit-trace.ts uses it too.
 */
export async function withEditsPage(
  argv: readonly string[],
  { edits, quiet = false }: { edits: number; quiet?: boolean },
  work: (opened: EditsPage) => Promise<void>,
): Promise<void> {
  const arg = (name: string, fallback: string) => {
    const at = argv.indexOf(name);
    return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1]! : fallback;
  };
  const size = Number(arg('--size', '1000'));
  const n = Number(arg('--edits', String(edits)));
  const throttle = Number(arg('--throttle', '1'));
  const port = Number(arg('--port', '0'));
  const outDir = resolve(fileURLToPath(new URL('.', import.meta.url)), 'out');
  const appDir = argv.includes('--dir') ? resolve(arg('--dir', '')) : join(outDir, 'app');
  const options: BenchOptions = {
    sizes: [size],
    throttle,
    quick: false,
    build: false,
    outDir,
    resultsPath: null,
    markdownPath: null,
    log: quiet ? () => {} : console.log,
    port,
  };
  if (!argv.includes('--no-build') && !argv.includes('--dir')) build(outDir, console.log);
  const app = await serve(appDir, benchPort(0, port));
  try {
    await withBrowser(
      'edits',
      async (context) => {
        const targets = pickTargets(size);
        const { page } = await measureLoad(context, app.url, autosaveSeed(targets.design), appDir, options);
        await work({ page, targets, n, size, throttle, appDir, options });
      },
      { deviceScaleFactor: 1 },
    );
  } finally {
    app.server.close();
  }
}

function main(argv: string[]) {
  return withEditsPage(argv, { edits: 20 }, async ({ page, targets, n, size, throttle, options }) => {
    const result = await measureEdits(page, targets, n, options);
    console.log(JSON.stringify({ size, throttle, ...result }, null, 2));
  });
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
