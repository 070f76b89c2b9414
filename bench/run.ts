/**
 * `npm run bench`: Portolan on estates of 100 to 2000 components, next to
 * two bare React Flow pages with the same nodes and edges: one with React
 * Flow's defaults (every node mounted) and one with its own culling
 * (`onlyRenderVisibleElements`).
 *
 *   npm run bench                        sizes 100, 500, 1000, 2000
 *   npm run bench -- --sizes 100,1000    chosen sizes
 *   npm run bench -- --throttle 4        CPU slowed 4x (CDP), for a slow laptop
 *   npm run bench -- --quick             one repetition, 100 components (CI)
 *   npm run bench -- --repeats 5         repetitions per size (default 3, 1 with --quick)
 *   npm run bench -- --no-build          reuse bench/out
 *   npm run bench -- --no-pictures       skip timing picture exports (bench/pictures.ts)
 *   npm run bench -- --switch-pages 10   fresh pages for the overview's first switch (default 5, 1 with --quick)
 *   npm run bench -- --out file.json     results to file.json and file.md instead of bench/results.*
 *
 * Builds the app and the bare page for production, serves them on
 * 127.0.0.1, and drives Debian's Chromium (never a downloaded one) through
 * playwright-core with a fresh profile. For each size the three pages run
 * interleaved (Portolan, bare, bare culled, Portolan, ...), so background
 * load hits every page alike; each figure is the median over repetitions.
 * Each repetition measures, in the page: time to interactive and Total
 * Blocking Time; frame intervals while a node is dragged with real mouse
 * input, from the mouse down to the frame that draws the last move (fit
 * view and 100 % zoom); the edges drawn in view at 100 % against those
 * derived there (bench/edges-in-view.ts); the gzipped JS requested before
 * interactive.
 * Portolan alone: auto-layout time and the longest main-thread task
 * meanwhile, the cost of edits (bench/edits.ts), and on estates that open in
 * the overview, its first switch into detail and back and its pan, each on a
 * fresh page (bench/overview.ts). In Node: derivation,
 * matrix, CSV, XLSX and iptables export. Prints a table (bench/table.ts),
 * writes bench/results.json (merged by throttle) and bench/results.md (the
 * README's table).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measureCli, type CliTimings } from './cli';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { bundledCatalogue } from '../src/model/catalogue/bundled';
import { deriveFlows } from '../src/model/derive';
import { AUTO_LAYOUT_MARK } from '../src/ui/marks';
import type { Design } from '../src/model/design/schema';
import { exportFormat } from '../src/model/export/formats';
import { buildMatrix } from '../src/model/matrix';
import type { BareGraph } from './bare/main';
import { measureEdits, pickTargets, type EditsStats } from './edits';
import { measurePictures, type PictureTiming } from './pictures';
import { countEdgesInView, componentCorners, type EdgesInView } from './edges-in-view';
import { drawnEdges, edgePairs, generateDesign } from './generate';
import { measureOverview, summariseOverview, type OverviewStats, type OverviewSummary } from './overview';
import { OVERVIEW_MIN_COMPONENTS } from '../src/ui/canvas/overview-limits';
import { formatTable } from './table';
import { waitForQuietMachine } from './quiet';

export { formatTable };

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const VIEWPORT = { width: 1440, height: 900 };
export const AUTOSAVE_KEY = 'portolan.autosave.v1';

/** What a page's storage holds before it loads: `design` as the editor's autosave, so it opens at once. */
export const autosaveSeed = (design: Design): { key: string; value: string }[] => [
  { key: AUTOSAVE_KEY, value: JSON.stringify({ tabId: 'bench', savedAt: new Date().toISOString(), design }) },
];

/** Runs `work` in Chromium on a profile of its own (named for `purpose`), closed and removed after. */
export async function withBrowser<T>(
  purpose: string,
  work: (context: BrowserContext) => Promise<T>,
  extra: { deviceScaleFactor?: number } = {},
): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), `portolan-${purpose}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    ...extra,
  });
  try {
    return await work(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
/**
 * Frame intervals are multiples of 16.7 ms; Chromium rounds rAF timestamps to
 * 0.1 ms, so one frame reads 16.6 to 16.8 ms. An interval over 20 ms missed at
 * least one frame: that is what "over 16.7 ms" counts, and a p95 up to 16.8 ms
 * is one frame.
 */
const MISSED_FRAME_MS = 20;
const DRAG_STEPS = 60;

export interface BenchOptions {
  sizes: number[];
  throttle: number;
  quick: boolean;
  /** Interleaved repetitions per size (default 3, 1 with --quick). */
  repeats?: number;
  build: boolean;
  /** Where the builds go (default bench/out). */
  outDir: string;
  /** results.json path; null writes nothing. */
  resultsPath: string | null;
  /** Markdown table path; null writes nothing. */
  markdownPath: string | null;
  /** First port to serve on (see `benchPort`); 0 or absent: PORTOLAN_BENCH_PORT, else any free port. */
  port?: number;
  /** Time every picture export in the browser (bench/pictures.ts); off with --quick or --no-pictures. */
  pictures?: boolean;
  /** Fresh pages, each switched once into detail and back, at sizes that open in the overview (default 5, 1 with --quick). */
  switchPages?: number;
  log: (line: string) => void;
}

/** Options for a small script measuring one size on builds already made, writing no results (the A/B scripts, estate-page.ts). */
export function scriptOptions(size: number, outDir: string, extra: Partial<BenchOptions> = {}): BenchOptions {
  return {
    sizes: [size],
    throttle: 1,
    quick: false,
    build: false,
    outDir,
    resultsPath: null,
    markdownPath: null,
    log: console.log,
    ...extra,
  };
}

/** Three drags, frame intervals pooled, from each mouse down to the frame after the last move; with repetitions, each figure is their median. */
export interface FrameStats {
  /** The dragged nodes' ids. */
  nodes: string[];
  frames: number;
  p95: number;
  /** The worst frame interval (the drag-start frame included). */
  max: number;
  /** Intervals over 20 ms (a missed frame). */
  over: number;
  /** The dragged node's screen transform changed. */
  moved: boolean;
  /** Component nodes in the DOM while dragging. */
  mounted: number;
  zoom: number;
}

export interface LoadStats {
  interactiveMs: number;
  tbtMs: number;
  longTasks: number;
  /** The longest main-thread task until interactive (over repetitions: the worst; absent in results recorded before). */
  longestTaskMs?: number;
  /** Delay of a key press sent once the page was quiet. */
  inputDelayMs: number;
  jsGzipKb: number;
  /** The same in bytes. */
  jsGzipBytes: number;
  jsFiles: string[];
  nodes: number;
}

/** One page's figures at one size: each the median over the interleaved repetitions. */
export interface PageStats {
  load: LoadStats;
  dragFit: FrameStats;
  dragZoom: FrameStats;
  /** At 100 % zoom: edges drawn in view against those derived there (absent in results recorded before). */
  edgesAt100?: EdgesInView;
}

export interface SizeResult {
  size: number;
  zones: number;
  flows: number;
  /** Component pairs per direction (`from>to`). */
  edges: number;
  /** Edges every page draws: one per unordered component pair (absent in results recorded before). */
  drawnEdges?: number;
  edgesPerComponent: number;
  /** Interleaved repetitions the medians are over. */
  repeats?: number;
  portolan: PageStats & { layout: LayoutStats; edits?: EditsStats; overview?: OverviewSummary };
  /** Bare React Flow, its defaults: every node and edge mounted. */
  bare: PageStats;
  /** Bare React Flow with `onlyRenderVisibleElements` (absent in results recorded before). */
  bareCulled?: PageStats;
  node: NodeTimings | null;
}

export interface LayoutStats {
  ms: number;
  longestTaskMs: number;
  tasksOver200: number;
  maxFrameMs: number;
  moved: boolean;
}

export interface NodeTimings {
  deriveMs: number;
  matrixMs: number;
  rows: number;
  csvMs: number | null;
  xlsxMs: number | null;
  iptablesMs: number | null;
  /** SVG picture of the whole design (drawn from the design, text from font metrics). */
  svgMs?: number | null;
}

export interface BenchResult {
  date: string;
  throttle: number;
  quick: boolean;
  machine: { cpu: string; cores: number; memoryGb: number; os: string; node: string; chromium: string };
  sizes: SizeResult[];
  /** Start-up of the bundled CLI (absent in results recorded before it was measured). */
  cli?: CliTimings;
  /** Click-to-download time of each picture, per example and at 500 components. */
  pictures?: PictureTiming[];
}

// ---------------------------------------------------------------- serving

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * The port the bench serves on: `--port N` or PORTOLAN_BENCH_PORT (the app
 * on N, the bare pages on N+1, N+2), else any free port.
 */
export const benchPort = (offset: number, base = Number(process.env.PORTOLAN_BENCH_PORT ?? 0)) => (base > 0 ? base + offset : 0);

export function serve(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

export function build(outDir: string, log: (line: string) => void) {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  for (const [what, args] of [
    ['app', ['build', '--outDir', join(outDir, 'app'), '--emptyOutDir', '--logLevel', 'warn']],
    [
      'bare React Flow page',
      ['build', '--config', 'bench/bare/vite.config.ts', '--outDir', join(outDir, 'bare'), '--emptyOutDir', '--logLevel', 'warn'],
    ],
  ] as const) {
    log(`building ${what}...`);
    const run = spawnSync(vite, [...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`vite build (${what}) failed:\n${run.stdout}\n${run.stderr}`);
  }
}

// ---------------------------------------------------------------- in the page

interface PageBench {
  longTasks: [number, number][];
  frames: [number, number, string, string][];
  watch: string | undefined;
  input: { at: number; handled: number } | undefined;
  saves: number[];
  clicks: number[];
}

declare global {
  interface Window {
    __bench: PageBench;
  }
}

/** Runs before the page's own scripts: long tasks, one record per frame, inputs, autosave writes. */
function instrument(seed: { key: string; value: string }[]) {
  const bench: PageBench = { longTasks: [], frames: [], watch: undefined, input: undefined, saves: [], clicks: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing: TBT reads 0.
  }
  const nodes = document.getElementsByClassName('react-flow__node');
  // Nodes the user sees: not the components of a rehearsal of the detail view, drawn invisibly
  // under the overview (src/ui/canvas/rehearsal.ts), which change nothing on the screen.
  const rehearsed = document.getElementsByClassName('rehearsal');
  const seen = () =>
    rehearsed.length === 0 ? nodes.length : nodes.length - rehearsed[0]!.getElementsByClassName('react-flow__node-component').length;
  const tick = (time: number) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const watched = bench.watch ? document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(bench.watch)}"]`) : null;
    bench.frames.push([time, seen(), viewport?.style.transform ?? '', watched?.style.transform ?? '']);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener(
    'keydown',
    (event) => {
      bench.input = { at: event.timeStamp, handled: performance.now() };
    },
    true,
  );
  addEventListener('pointerdown', (event) => bench.clicks.push(event.timeStamp), true);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if (key === 'portolan.autosave.v1') bench.saves.push(performance.now());
    return setItem.call(this, key, value);
  };
  for (const { key, value } of seed) setItem.call(localStorage, key, value);
}

const nextFrames = (page: Page, n = 1) =>
  page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let left = count;
        const step = () => (--left <= 0 ? done() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    n,
  );

/** Polls a predicate in the page (waitForFunction would need 'unsafe-eval', which the app's CSP forbids). */
async function poll<A>(page: Page, predicate: (arg: A) => boolean, arg: A, timeoutMs: number, what: string, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(predicate as (arg: unknown) => boolean, arg as unknown))) {
    if (Date.now() > deadline) {
      const state = await page.evaluate(() => ({
        frames: window.__bench?.frames.slice(-3),
        longTasks: window.__bench?.longTasks.slice(-3),
      }));
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}: ${JSON.stringify(state)}`);
    }
    await new Promise((done) => setTimeout(done, intervalMs));
  }
}

/** Waits until nodes are on screen, the viewport has settled and no long task ran for `quietMs`. */
async function waitQuiet(page: Page, quietMs: number, timeoutMs: number) {
  await poll(
    page,
    (quiet) => {
      const { frames, longTasks } = window.__bench;
      const last = frames[frames.length - 1];
      if (!last || last[1] === 0) return false;
      let i = frames.length - 1;
      while (i > 0 && frames[i - 1]![1] === last[1] && frames[i - 1]![2] === last[2]) i--;
      const lastTaskEnd = longTasks.reduce((end, [start, duration]) => Math.max(end, start + duration), 0);
      const now = performance.now();
      return now - frames[i]![0] >= quiet && now - lastTaskEnd >= quiet;
    },
    quietMs,
    timeoutMs,
    'the page to settle',
  );
}

/**
 * Waits until the number of edges drawn has not changed for `quietMs`: leaving the overview, the
 * edges in view join a chunk a frame, each chunk too short to be a long task (edge-reveal.ts).
 */
async function waitEdgesSettled(page: Page, quietMs: number, timeoutMs: number) {
  await poll(
    page,
    (quiet) => {
      const seen = window as unknown as { __edgesSeen?: { count: number; since: number } };
      const count = document.getElementsByClassName('react-flow__edge').length;
      const now = performance.now();
      if (seen.__edgesSeen?.count !== count) seen.__edgesSeen = { count, since: now };
      return now - seen.__edgesSeen.since >= quiet;
    },
    quietMs,
    timeoutMs,
    'the edges to settle',
    50,
  );
}

export async function measureLoad(
  context: BrowserContext,
  url: string,
  seed: { key: string; value: string }[],
  distDir: string,
  options: BenchOptions,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ page: Page; stats: LoadStats }> {
  // Not while the browser is still starting or the last page is being torn down (quiet.ts).
  const settled = await waitForQuietMachine();
  if (!settled.quiet) options.log(`  (the machine was still busy after ${settled.waitedMs} ms; measuring anyway)`);
  const page = await context.newPage();
  if (options.throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
  }
  // tsx (esbuild, keepNames) wraps named functions in __name(); the page needs it too.
  await page.addInitScript('globalThis.__name = (target) => target;');
  await page.addInitScript(instrument, seed);
  await beforeLoad?.(page);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await waitQuiet(page, 1000, (options.quick ? 15_000 : 120_000) * options.throttle);
  await page.keyboard.press('Shift');
  await nextFrames(page, 2);
  const measured = await page.evaluate(() => {
    const { frames, longTasks, input } = window.__bench;
    const last = frames[frames.length - 1]!;
    let i = frames.length - 1;
    while (i > 0 && frames[i - 1]![1] === last[1] && frames[i - 1]![2] === last[2]) i--;
    const firstFinal = frames[i]![0];
    const before = longTasks.filter(([start]) => !input || start < input.at);
    const interactive = Math.max(firstFinal, ...before.map(([start, duration]) => start + duration));
    const tbt = before.filter(([start]) => start < interactive).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => /\.m?js(\?|$)/.test(entry.name) && entry.startTime <= interactive)
      .map((entry) => new URL(entry.name).pathname);
    return {
      tasks: before.map(([a, b]) => `${Math.round(a)}+${Math.round(b)}`).join(' '),
      firstFinal,
      interactive,
      tbt,
      longTasks: before.length,
      longest: Math.max(0, ...before.map(([, duration]) => duration)),
      inputDelay: input ? input.handled - input.at : -1,
      scripts,
      nodes: document.querySelectorAll('.react-flow__node').length,
    };
  });
  if (process.env.BENCH_DEBUG) console.log(`long tasks ${measured.tasks}; first final frame ${Math.round(measured.firstFinal)}`);
  const jsFiles = [...new Set(measured.scripts)];
  const bytes = jsFiles.reduce((sum, path) => {
    const file = join(distDir, path);
    return sum + (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
  }, 0);
  return {
    page,
    stats: {
      interactiveMs: round(measured.interactive),
      tbtMs: round(measured.tbt),
      longTasks: measured.longTasks,
      longestTaskMs: round(measured.longest),
      inputDelayMs: round(measured.inputDelay),
      jsGzipKb: round(bytes / 1024, 1),
      jsGzipBytes: bytes,
      jsFiles,
      nodes: measured.nodes,
    },
  };
}

/** The component node nearest a point of the canvas whose centre is really under the mouse there. */
async function pickNode(
  page: Page,
  at: { x: number; y: number },
  prefer?: string,
  corners?: readonly [string, number, number][],
): Promise<{ id: string; x: number; y: number; box?: boolean }> {
  const found = await page.evaluate(
    ({ fx, fy, reach, prefer, corners }) => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const goal = { x: pane.left + pane.width * fx, y: pane.top + pane.height * fy };
      // Portolan's overview of a large estate draws components as boxes on a canvas (no node elements):
      // a box is found from the design's positions through the viewport transform.
      if (corners && document.querySelector('.overview-boxes')) {
        const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
        const [, tx, ty, zoom] = (/translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(transform) ?? []).map(Number);
        if (tx === undefined || ty === undefined || !zoom) return undefined;
        const boxes = corners
          .map(([id, x, y]) => ({ id, x: pane.left + tx + (x + 110) * zoom, y: pane.top + ty + (y + 20) * zoom }))
          .filter(({ x, y }) => x > pane.left + 10 && y > pane.top + 10 && x + reach.x < pane.right - 10 && y + reach.y < pane.bottom - 10)
          .map((b) => ({ ...b, distance: b.id === prefer ? -1 : Math.hypot(b.x - goal.x, b.y - goal.y) }))
          .sort((a, b) => a.distance - b.distance);
        const free = boxes.find((b) => {
          const hit = document.elementFromPoint(b.x, b.y);
          return !!hit && !!hit.closest('.react-flow') && !hit.closest('.react-flow__panel, .zone-title');
        });
        return free && { id: free.id, x: free.x, y: free.y, box: true };
      }
      const candidates: { node: HTMLElement; id: string; x: number; y: number; distance: number }[] = [];
      for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
        if (node.classList.contains('react-flow__node-zone') || node.classList.contains('react-flow__node-group')) continue;
        const box = node.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + Math.min(box.height / 2, 12);
        if (x < pane.left + 10 || y < pane.top + 10 || x + reach.x > pane.right - 10 || y + reach.y > pane.bottom - 10) continue;
        const distance = node.dataset.id === prefer ? -1 : Math.hypot(x - goal.x, y - goal.y);
        candidates.push({ node, id: node.dataset.id ?? '', x, y, distance });
      }
      candidates.sort((a, b) => a.distance - b.distance);
      // The nearest whose centre is not covered (by an edge label, another node...).
      const hit = candidates.find((c) => document.elementFromPoint(c.x, c.y)?.closest('.react-flow__node') === c.node);
      const best = hit && { id: hit.id, x: hit.x, y: hit.y };
      return best;
    },
    { fx: at.x, fy: at.y, reach: { x: DRAG_STEPS * 4, y: DRAG_STEPS * 2 }, prefer, corners },
  );
  if (!found) throw new Error('no component node can be grabbed on the canvas');
  return found;
}

const zoomOf = (transform: string) => Number(/scale\(([\d.e-]+)\)/.exec(transform)?.[1] ?? 1);

/** Drags a node with real mouse input, one move per frame, and records every frame interval meanwhile. */
/** Where the drags start, as fractions of the canvas: three nodes, so one node's edges do not decide the result. */
const DRAG_POINTS = process.env.BENCH_ONE_DRAG
  ? [{ x: 0.3, y: 0.35 }]
  : [
      { x: 0.3, y: 0.35 },
      { x: 0.45, y: 0.55 },
      { x: 0.6, y: 0.3 },
    ];

/** Drags `prefer` when it can be grabbed, else the node nearest `at`, with real mouse input; returns every frame interval meanwhile. */
/** Where the autosave has a component (a box in the overview has no element to read it from). */
const savedPosition = (page: Page, id: string) =>
  page.evaluate(
    ([key, id]) =>
      JSON.stringify(
        (JSON.parse(localStorage.getItem(key) ?? '{}') as { design?: Design }).design?.components.find((c) => c.id === id)?.position,
      ),
    [AUTOSAVE_KEY, id] as const,
  );

/**
 * Where a node is drawn on screen (its box's corner): React Flow moves a node it drags, Portolan draws a
 * component it drags shifted inside its node (src/ui/canvas/component-drag.ts). Runs in the page.
 */
function drawnAt(id: string): string {
  const box = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"] > *`)?.getBoundingClientRect();
  return box ? `${box.left},${box.top}` : '';
}

async function dragOnce(page: Page, at: { x: number; y: number }, prefer?: string, corners?: readonly [string, number, number][]) {
  const node = await pickNode(page, at, prefer, corners);
  const savedBefore = node.box ? await savedPosition(page, node.id) : undefined;
  const drawnBefore = node.box ? '' : await page.evaluate(drawnAt, node.id);
  await page.mouse.move(node.x, node.y);
  await nextFrames(page, 2);
  await page.evaluate(() => {
    window.__bench.frames = [];
    window.__bench.clicks = [];
  });
  // Timed from the mouse down: the frame that handles it (selection, the drag's start) counts.
  await page.mouse.down();
  // Chromium dispatches mouse moves at the start of a frame and acknowledges them once handled,
  // so awaiting each move paces the drag at one move per frame (or slower, when frames are slow).
  for (let i = 1; i <= DRAG_STEPS; i++) await page.mouse.move(node.x + i * 4, node.y + i * 2);
  // Two frames: the one that draws the last move ends when the next one begins.
  await nextFrames(page, 2);
  const during = await page.evaluate(() => ({
    frames: window.__bench.frames.map((f) => f[0]),
    down: window.__bench.clicks[0],
    mounted:
      document.querySelectorAll('.react-flow__node').length -
      document.querySelectorAll('.react-flow__node-zone, .react-flow__node-group').length,
    viewport: document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '',
  }));
  const drawnDuring = node.box ? '' : await page.evaluate(drawnAt, node.id);
  await page.mouse.up();
  await nextFrames(page, 3);
  // Let the drop (one design change) settle before the next drag (a box: until the autosave has it,
  // within 1.6 s: a 600 ms pause in editing, then idle time, src/ui/autosave.ts).
  await page.waitForTimeout(node.box ? 2000 : 300);
  const savedAfter = node.box ? await savedPosition(page, node.id) : undefined;
  const after = await page.evaluate(drawnAt, node.id);
  // From the last frame that began before the mouse down (the interval that handled it) to the frame after the last move.
  let start = 0;
  if (during.down !== undefined) while (start + 1 < during.frames.length && during.frames[start + 1]! <= during.down) start++;
  const frames = during.frames.slice(start);
  const intervals = frames.slice(1).map((t, i) => t - frames[i]!);
  if (process.env.BENCH_DEBUG) console.log(node.id, intervals.map((d) => d.toFixed(1)).join(' '));
  return {
    node: node.id,
    intervals,
    moved: node.box ? savedAfter !== savedBefore : drawnDuring !== drawnBefore && after !== drawnBefore && after !== '',
    mounted: during.mounted,
    zoom: zoomOf(during.viewport),
  };
}

/** Three drags (the nodes `prefer` names when given, as Portolan's run dragged them); frame intervals pooled. */
export async function measureDrag(
  page: Page,
  prefer: readonly string[] = [],
  corners?: readonly [string, number, number][],
): Promise<FrameStats> {
  const runs = [];
  for (const [i, at] of DRAG_POINTS.entries()) runs.push(await dragOnce(page, at, prefer[i], corners));
  const intervals = runs.flatMap((r) => r.intervals);
  return {
    nodes: runs.map((r) => r.node),
    frames: intervals.length,
    p95: round(percentile(intervals, 0.95), 1),
    max: round(Math.max(0, ...intervals), 1),
    over: intervals.filter((d) => d > MISSED_FRAME_MS).length,
    moved: runs.every((r) => r.moved),
    mounted: Math.max(...runs.map((r) => r.mounted)),
    zoom: round(runs[0]!.zoom, 3),
  };
}

/** Zooms to 100 % around a node (else the canvas centre) with one real wheel event (React Flow: factor 2^(-deltaY * 0.002)). */
export async function zoomToActualSize(page: Page, options: BenchOptions, around?: string, corner?: { x: number; y: number }) {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const { transform, node } = await page.evaluate(
    ({ id, corner }) => {
      const element = id ? document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) : null;
      const box = element?.getBoundingClientRect();
      const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
      // A box in Portolan's overview has no element: its place comes from the design's position (`corner`).
      const [, tx, ty, zoom] = (/translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(transform) ?? []).map(Number);
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const drawn =
        !box && corner && tx !== undefined && ty !== undefined && zoom
          ? { x: pane.left + tx + (corner.x + 110) * zoom, y: pane.top + ty + (corner.y + 20) * zoom }
          : undefined;
      return { transform, node: box ? { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 12) } : drawn };
    },
    { id: around, corner },
  );
  const inside = node && node.x > pane.x && node.x < pane.x + pane.width && node.y > pane.y && node.y < pane.y + pane.height;
  await page.mouse.move(inside ? node.x : pane.x + pane.width * 0.5, inside ? node.y : pane.y + pane.height * 0.5);
  await page.mouse.wheel(0, -Math.log2(1 / zoomOf(transform)) / 0.002);
  await waitQuiet(page, 400, 60_000 * options.throttle);
  await waitEdgesSettled(page, 400, 60_000 * options.throttle);
}

/**
 * Clicks Auto-layout; done when the laid-out design is on screen: the first frame after the editor's
 * mark that the layout replaced the design (AUTO_LAYOUT_MARK; the autosave that follows waits for a
 * pause in editing, so it says nothing about when).
 */
export async function measureLayout(page: Page, options: BenchOptions): Promise<LayoutStats> {
  const node = await pickNode(page, { x: 0.5, y: 0.5 });
  await page.evaluate(
    ({ id, mark }) => {
      const bench = window.__bench;
      bench.watch = id;
      bench.clicks = [];
      bench.frames = [];
      performance.clearMarks(mark);
    },
    { id: node.id, mark: AUTO_LAYOUT_MARK },
  );
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await poll(
    page,
    (mark) => performance.getEntriesByName(mark).length > 0,
    AUTO_LAYOUT_MARK,
    60_000 * options.throttle,
    'the laid-out design',
    50,
  );
  await waitQuiet(page, 600, 60_000 * options.throttle);
  return page.evaluate((mark) => {
    const { frames, longTasks, clicks } = window.__bench;
    const start = clicks[0] ?? 0;
    const applied = performance.getEntriesByName(mark)[0]!.startTime;
    const shown = frames.find(([time]) => time > applied)?.[0] ?? applied;
    const tasks = longTasks.filter(([s, d]) => s + d > start && s < shown + 50);
    const times = frames.filter(([time]) => time >= start && time <= shown).map(([time]) => time);
    const intervals = times.slice(1).map((t, i) => t - times[i]!);
    const before = frames.find(([time]) => time >= start)?.[3];
    const after = frames[frames.length - 1]?.[3];
    return {
      ms: Math.round(shown - start),
      longestTaskMs: Math.round(Math.max(0, ...tasks.map(([, d]) => d))),
      tasksOver200: tasks.filter(([, d]) => d > 200).length,
      maxFrameMs: Math.round(Math.max(0, ...intervals)),
      moved: before !== after,
    };
  }, AUTO_LAYOUT_MARK);
}

// ---------------------------------------------------------------- in Node

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

async function timeIt(runs: number, work: () => unknown): Promise<number> {
  await work(); // warm up (and load exceljs once)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return round(median(times), 1);
}

async function nodeTimings(design: Design, quick: boolean): Promise<NodeTimings> {
  const catalogue = bundledCatalogue();
  const runs = quick ? 3 : 7;
  const deriveMs = await timeIt(runs, () => deriveFlows(design, catalogue));
  const flows = deriveFlows(design, catalogue);
  const matrixMs = await timeIt(runs, () => buildMatrix(design, catalogue, flows));
  const rows = buildMatrix(design, catalogue, flows);
  const context = { design, catalogue, rows, scope: 'all' as const, generatedAt: '2026-01-01T00:00:00.000Z' };
  const exportMs = async (id: string, times: number) => {
    const format = exportFormat(id);
    return format ? timeIt(times, () => format.run(context)) : null;
  };
  return {
    deriveMs,
    matrixMs,
    rows: rows.length,
    csvMs: await exportMs('csv', runs),
    xlsxMs: await exportMs('xlsx', quick ? 1 : 3),
    iptablesMs: await exportMs('iptables', runs),
    svgMs: await exportMs('svg', quick ? 1 : 3),
  };
}

// ---------------------------------------------------------------- the run

export function bareGraph(design: Design, edges: { id: string; a: string; b: string }[]): BareGraph {
  const zones = new Set(design.zones.map((z) => z.id));
  return {
    nodes: [
      ...design.zones.map((z) => ({
        id: z.id,
        zone: true,
        label: z.name,
        x: z.position?.x ?? 0,
        y: z.position?.y ?? 0,
        width: z.size?.width ?? 420,
        height: z.size?.height ?? 300,
      })),
      ...design.components.map((c) => ({
        id: c.id,
        label: c.label ?? c.type,
        x: c.position?.x ?? 0,
        y: c.position?.y ?? 0,
        ...(c.zone && zones.has(c.zone) && { parentId: c.zone }),
      })),
    ],
    edges: edges.map(({ id, a, b }) => ({ id, source: a, target: b })),
  };
}

/** Portolan's canvas size and the view it opened on, as the bare page's query (`w=880&h=560&x=..&y=..&zoom=..`). */
async function fittedView(page: Page): Promise<string> {
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const transform = await page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '');
  const [, x, y] = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)/.exec(transform) ?? [];
  const size = `w=${Math.round(canvas.width)}&h=${Math.round(canvas.height)}`;
  return x !== undefined && y !== undefined ? `${size}&x=${x}&y=${y}&zoom=${zoomOf(transform)}` : size;
}

type PageKey = 'portolan' | 'bare' | 'bareCulled';
const PAGE_NAMES: Record<PageKey, string> = { portolan: 'Portolan', bare: 'bare React Flow', bareCulled: 'bare React Flow, culled' };

/** The median of one figure over repetitions. */
const medianOf = <T>(runs: readonly T[], figure: (run: T) => number) => round(median(runs.map(figure)), 1);

/** Drag figures over repetitions: each the median, the first repetition's nodes; moved only if every repetition moved. */
function medianDrag(runs: readonly FrameStats[]): FrameStats {
  return {
    nodes: runs[0]!.nodes,
    frames: Math.round(median(runs.map((r) => r.frames))),
    p95: medianOf(runs, (r) => r.p95),
    max: medianOf(runs, (r) => r.max),
    over: Math.round(median(runs.map((r) => r.over))),
    moved: runs.every((r) => r.moved),
    mounted: Math.round(median(runs.map((r) => r.mounted))),
    zoom: runs[0]!.zoom,
  };
}

function medianPage(runs: readonly PageStats[]): PageStats {
  // Load figures come from one load, the one of median time to interactive; the longest task is the
  // worst of all loads (the target is that no load has a task over 200 ms).
  const loads = runs.map((r) => r.load).sort((a, b) => a.interactiveMs - b.interactiveMs);
  const edges = runs.flatMap((r) => (r.edgesAt100 ? [r.edgesAt100] : []));
  return {
    load: { ...loads[Math.floor(loads.length / 2)]!, longestTaskMs: Math.max(0, ...loads.map((l) => l.longestTaskMs ?? 0)) },
    dragFit: medianDrag(runs.map((r) => r.dragFit)),
    dragZoom: medianDrag(runs.map((r) => r.dragZoom)),
    ...(edges.length > 0 && {
      edgesAt100: {
        derived: Math.round(median(edges.map((e) => e.derived))),
        drawn: Math.round(median(edges.map((e) => e.drawn))),
        drawnInView: Math.round(median(edges.map((e) => e.drawnInView))),
        nodesInView: Math.round(median(edges.map((e) => e.nodesInView))),
        zoom: edges[0]!.zoom,
      },
    }),
  };
}

async function benchSize(
  context: BrowserContext,
  urls: { app: string; bare: string },
  size: number,
  options: BenchOptions,
): Promise<SizeResult> {
  const catalogue = bundledCatalogue();
  const design = generateDesign(size, catalogue);
  const flows = deriveFlows(design, catalogue);
  const edges = edgePairs(design, catalogue);
  const drawn = drawnEdges(design, catalogue);
  const corners = componentCorners(design);
  options.log(
    `${size} components: ${design.zones.length} zones, ${flows.length} flows, ${edges.length} pairs per direction, ${drawn.length} edges drawn (${(drawn.length / size).toFixed(2)} per component)`,
  );
  const repeats = options.repeats ?? (options.quick ? 1 : 3);
  const appDir = join(options.outDir, 'app');
  const bareDir = join(options.outDir, 'bare');
  const appSeed = autosaveSeed(design);
  const bareSeed = [{ key: 'bench.graph', value: JSON.stringify(bareGraph(design, drawn)) }];

  const runs: Record<PageKey, PageStats[]> = { portolan: [], bare: [], bareCulled: [] };
  let layout: LayoutStats | undefined;
  // The bare pages get Portolan's canvas size and fitted view, known after its first load.
  let view = '';
  for (let rep = 0; rep < repeats; rep++) {
    // The bare pages drag the nodes Portolan dragged in the same repetition.
    let prefer: { fit: string[]; zoom: string[] } = { fit: [], zoom: [] };
    for (const key of ['portolan', 'bare', 'bareCulled'] as const) {
      const name = `  ${PAGE_NAMES[key]}${repeats > 1 ? ` (${rep + 1} of ${repeats})` : ''}`;
      const bareUrl = `${urls.bare}?${view}${key === 'bareCulled' ? '&cull=1' : ''}`;
      options.log(`${name}: load, drag at fit view, drag at 100 %, edges in view`);
      const { page, stats: load } =
        key === 'portolan'
          ? await measureLoad(context, urls.app, appSeed, appDir, options)
          : await measureLoad(context, bareUrl, bareSeed, bareDir, options);
      if (key === 'portolan') view = await fittedView(page);
      const dragFit = await measureDrag(page, prefer.fit, corners);
      await zoomToActualSize(page, options);
      // Before the drags at 100 %; the nodes dragged at fit view are no longer where the design has them, so their edges are left out.
      const edgesAt100 = await countEdgesInView(page, corners, drawn, dragFit.nodes);
      const dragZoom = await measureDrag(page, prefer.zoom);
      if (key === 'portolan') prefer = { fit: dragFit.nodes, zoom: dragZoom.nodes };
      runs[key].push({ load, dragFit, dragZoom, edgesAt100 });
      if (key === 'portolan' && rep === repeats - 1) {
        options.log(`${name}: auto-layout`);
        layout = await measureLayout(page, options);
      }
      await page.close();
    }
  }
  // Edits are defined at up to 1000 components (issue 17); the 2000 estate's chosen targets are not mounted at 100 %.
  let edits: EditsStats | undefined;
  if (size <= 1000) {
    options.log('  Portolan: edits (event to next paint)');
    const edited = await measureLoad(context, urls.app, appSeed, appDir, options);
    edits = await measureEdits(edited.page, pickTargets(size), options.quick ? 5 : 20, options);
    await edited.page.close();
  }

  // The overview's switch is worst the first time on a page (its code has not run yet): one per fresh page.
  let overview: OverviewSummary | undefined;
  if (size > OVERVIEW_MIN_COMPONENTS) {
    const pages = options.switchPages ?? (options.quick ? 1 : 5);
    options.log(`  Portolan: the overview's first switch into detail and back, and its pan (${pages} fresh pages)`);
    const switches: OverviewStats[] = [];
    for (let i = 0; i < pages; i++) {
      const { page } = await measureLoad(context, urls.app, appSeed, appDir, options);
      switches.push(await measureOverview(page));
      await page.close();
    }
    overview = summariseOverview(switches);
  }

  options.log('  Node: derivation, matrix, exports');
  // As before each load: Chromium tearing down the last page shares the two cores with the timings.
  if (options.throttle <= 1) {
    const settled = await waitForQuietMachine();
    if (!settled.quiet) options.log(`  (the machine was still busy after ${settled.waitedMs} ms; measuring anyway)`);
  }
  const node = options.throttle > 1 ? null : await nodeTimings(design, options.quick);
  return {
    size,
    zones: design.zones.length,
    flows: flows.length,
    edges: edges.length,
    drawnEdges: drawn.length,
    edgesPerComponent: round(edges.length / size, 2),
    repeats,
    portolan: { ...medianPage(runs.portolan), layout: layout!, edits, ...(overview && { overview }) },
    bare: medianPage(runs.bare),
    bareCulled: medianPage(runs.bareCulled),
    node,
  };
}

export async function runBench(partial: Partial<BenchOptions> = {}): Promise<BenchResult> {
  const options: BenchOptions = {
    sizes: partial.quick ? [100] : [100, 500, 1000, 2000],
    throttle: 1,
    quick: false,
    build: true,
    outDir: join(ROOT, 'bench', 'out'),
    resultsPath: join(ROOT, 'bench', 'results.json'),
    markdownPath: join(ROOT, 'bench', 'results.md'),
    log: (line) => console.log(line),
    ...partial,
  };
  options.outDir = resolve(options.outDir);
  if (options.build) build(options.outDir, options.log);
  const app = await serve(join(options.outDir, 'app'), benchPort(0, options.port));
  const bare = await serve(join(options.outDir, 'bare'), benchPort(1, options.port));
  const profile = mkdtempSync(join(tmpdir(), 'portolan-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
  });
  try {
    const probe = await context.newPage();
    // The user agent string is reduced (156.0.0.0); the DevTools protocol tells the build.
    const { product } = await (await context.newCDPSession(probe)).send('Browser.getVersion');
    await probe.close();
    const sizes: SizeResult[] = [];
    for (const size of options.sizes) sizes.push(await benchSize(context, { app: app.url, bare: bare.url }, size, options));
    options.log('measuring CLI start-up...');
    const cli = measureCli(ROOT, options.quick ? 1 : 5);
    let pictures: PictureTiming[] | undefined;
    if (options.pictures ?? !options.quick) {
      options.log('measuring picture exports...');
      pictures = await measurePictures(app.url, 3);
    }
    const result: BenchResult = {
      date: new Date().toISOString(),
      throttle: options.throttle,
      quick: options.quick,
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGb: round(totalmem() / 1024 ** 3, 1),
        os: `${platform()} ${release()}`,
        node: process.version,
        chromium: /Chrome\/([\d.]+)/.exec(product)?.[1] ?? product,
      },
      sizes,
      cli,
      ...(pictures && { pictures }),
    };
    const table = formatTable(result);
    options.log(`\n${table}`);
    if (options.resultsPath) {
      const previous = existsSync(options.resultsPath)
        ? (JSON.parse(readFileSync(options.resultsPath, 'utf8')) as Record<string, BenchResult>)
        : {};
      writeFileSync(options.resultsPath, `${JSON.stringify({ ...previous, [`throttle${options.throttle}`]: result }, null, 2)}\n`);
    }
    if (options.markdownPath)
      writeFileSync(options.markdownPath.replace(/\.md$/, options.throttle > 1 ? `-throttle${options.throttle}.md` : '.md'), `${table}\n`);
    return result;
  } finally {
    await context.close();
    app.server.close();
    bare.server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- command line

function parseArgs(argv: string[]): Partial<BenchOptions> {
  const options: Partial<BenchOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--sizes')
      options.sizes = value()
        .split(',')
        .map((s) => Number(s.trim()))
        .filter((n) => Number.isInteger(n) && n > 0);
    else if (arg === '--throttle') options.throttle = Number(value());
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--repeats') options.repeats = Math.max(1, Math.round(Number(value())) || 1);
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--no-pictures') options.pictures = false;
    else if (arg === '--switch-pages') options.switchPages = Math.max(1, Math.round(Number(value())) || 1);
    else if (arg === '--out') {
      // The table goes beside the results (file.md), not over the committed bench/results.md.
      options.resultsPath = resolve(value());
      options.markdownPath = options.resultsPath.replace(/\.json$/, '') + '.md';
    } else if (arg === '--port') options.port = Number(value());
    else
      throw new Error(
        `unknown option ${arg} (use --sizes 100,500 --throttle 4 --quick --repeats 3 --switch-pages 5 --no-build --out file.json --port 4300)`,
      );
  }
  if (options.quick && !options.sizes) options.sizes = [100];
  return options;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  runBench(parseArgs(process.argv.slice(2))).catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
