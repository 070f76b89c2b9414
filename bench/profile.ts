/**
 * A CPU profile of one benchmark step, for finding what to make faster:
 *
 *   npx tsx bench/profile.ts --size 1000 --step drag-zoom
 *
 * Steps: load, drag-fit, drag-zoom, layout, edits (bench/edits.ts, 5 of each). `--target bare` profiles the
 * bare React Flow page instead (`--cull`: with its own culling). Builds the app unminified (bench/out/profile)
 * so function names survive, writes bench/out/<step>-<size>.cpuprofile (open
 * it in Chromium's DevTools) and prints the functions with the most self
 * time and the most total time. `BENCH_ONE_DRAG=1` profiles one drag instead
 * of three; `BENCH_DEBUG=1` prints every long task of a load and every frame
 * interval of a drag.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bundledCatalogue } from '../src/model/catalogue/bundled';
import { measureEdits, pickTargets } from './edits';
import { bareGraph, benchPort, measureDrag, measureLayout, measureLoad, serve, zoomToActualSize, type BenchOptions } from './run';
import { drawnEdges, generateDesign } from './generate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const size = Number(flag('--size', '1000'));
const step = flag('--step', 'drag-zoom');
const target = flag('--target', 'app');
const throttle = Number(flag('--throttle', '1'));
// `--out DIR`: a build of its own (an A/B against another commit's build, with --no-build).
const out = flag('--out', join(ROOT, 'bench', 'out', 'profile'));

if (!args.includes('--no-build')) {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const config = target === 'bare' ? ['--config', 'bench/bare/vite.config.ts'] : [];
  const run = spawnSync(
    vite,
    ['build', ...config, '--minify', 'false', '--outDir', join(out, target), '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(1);
}

const options: BenchOptions = {
  sizes: [size],
  throttle,
  quick: true,
  build: false,
  outDir: out,
  resultsPath: null,
  markdownPath: null,
  log: console.log,
};
const catalogue = bundledCatalogue();
const design = generateDesign(size, catalogue);
const seed =
  target === 'bare'
    ? [{ key: 'bench.graph', value: JSON.stringify(bareGraph(design, drawnEdges(design, catalogue))) }]
    : [{ key: 'portolan.autosave.v1', value: JSON.stringify({ tabId: 'bench', savedAt: new Date().toISOString(), design }) }];
const served = await serve(join(out, target), benchPort(0));
const server = served.server;
// `--cull`: the bare page with React Flow's own culling (onlyRenderVisibleElements).
const url = target === 'bare' ? `${served.url}?w=880&h=570${args.includes('--cull') ? '&cull=1' : ''}` : served.url;
const profileDir = mkdtempSync(join(tmpdir(), 'portolan-profile-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
  viewport: { width: 1440, height: 900 },
});
try {
  let profile: unknown;
  let stop: (() => Promise<unknown>) | undefined;
  const profiled = async (page: import('playwright-core').Page, work: () => Promise<unknown>) => {
    if (args.includes('--trace')) return traced(page, work);
    const session = await context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    const result = await work();
    profile = (await session.send('Profiler.stop')).profile;
    console.log(JSON.stringify(result));
  };
  if (step === 'load' && args.includes('--trace')) {
    // Long tasks on the main thread with the top-level events inside each (load, one run).
    let session: import('playwright-core').CDPSession | undefined;
    const events: { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: Record<string, unknown> }[] = [];
    const { stats } = await measureLoad(context, url, seed, join(out, target), options, async (page) => {
      session = await context.newCDPSession(page);
      session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
      await session.send('Tracing.start', {
        categories: 'toplevel,devtools.timeline,blink.user_timing,v8.execute',
        transferMode: 'ReportEvents',
      });
    });
    const done = new Promise<void>((resolve) => session!.once('Tracing.tracingComplete', () => resolve()));
    await session!.send('Tracing.end');
    await done;
    console.log(JSON.stringify(stats));
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.dur ?? 0) > 0);
    const tasks = onMain.filter(
      (e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'SimpleWatcher::OnHandleReady') && (e.dur ?? 0) > 50_000,
    );
    if (tasks.length === 0) console.log(main, [...new Set(onMain.filter((e) => (e.dur ?? 0) > 50_000).map((e) => e.name))]);
    const origin = Math.min(...onMain.map((e) => e.ts));
    for (const task of tasks) {
      const inside = onMain.filter(
        (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur! && (e.dur ?? 0) > 8_000,
      );
      const totals = new Map<string, number>();
      for (const e of inside) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur! / 1000);
      console.log(
        `task at ${((task.ts - origin) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(0)} ms: ${[...totals]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12)
          .map(([n, t]) => `${n} ${t.toFixed(0)}`)
          .join(', ')}`,
      );
    }
    process.exit(0);
  }
  if (step === 'load') {
    const { stats } = await measureLoad(context, url, seed, join(out, target), options, async (page) => {
      const session = await context.newCDPSession(page);
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 200 });
      await session.send('Profiler.start');
      stop = async () => (await session.send('Profiler.stop')).profile;
    });
    profile = await stop!();
    console.log(JSON.stringify(stats));
  } else {
    const { page, stats } = await measureLoad(context, url, seed, join(out, target), options);
    console.log('load', JSON.stringify(stats));
    if (step === 'drag-zoom') await zoomToActualSize(page, options);
    if (step === 'layout') await profiled(page, () => measureLayout(page, options));
    else if (step === 'edits') await profiled(page, () => measureEdits(page, pickTargets(size), 5, options));
    else await profiled(page, () => measureDrag(page));
  }
  const file = join(ROOT, 'bench', 'out', `${target}-${step}-${size}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  summarise(profile as CpuProfile);
  console.log(`wrote ${file}`);
} finally {
  await context.close();
  server.close();
  rmSync(profileDir, { recursive: true, force: true });
}

/** A Chromium trace of the step: time per event name and thread (style, layout, paint, raster...). */
async function traced(page: import('playwright-core').Page, work: () => Promise<unknown>) {
  const session = await context.newCDPSession(page);
  const events: { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    categories: `devtools.timeline,disabled-by-default-devtools.timeline,toplevel,cc,viz,gpu,blink${
      args.includes('--invalidations') ? ',disabled-by-default-devtools.timeline.invalidationTracking' : ''
    }`,
    transferMode: 'ReportEvents',
  });
  const result = await work();
  await session.send('Tracing.end');
  await done;
  console.log(JSON.stringify(result));
  if (step.startsWith('drag')) console.log(dragFrames(events as TraceEvent[]));
  if (args.includes('--trace-file')) writeFileSync(flag('--trace-file', ''), JSON.stringify(events));
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${threads.get(`${e.pid}:${e.tid}`) ?? e.tid}  ${e.name}`;
    totals.set(key, (totals.get(key) ?? 0) + e.dur / 1000);
  }
  console.log(
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([k, t]) => `${t.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n'),
  );
  process.exit(0);
}

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { type?: string } };
};

/**
 * Main-thread CPU per drag frame, which load on a shared machine does not inflate as it does wall
 * clock: the drags are the spans from each mousedown to its mouseup, a frame is a mousemove handled
 * in one, and every top-level task inside the spans is charged to the frames (thread time, tdur).
 */
function dragFrames(events: readonly TraceEvent[]): string {
  // The page's main thread: the renderer main thread that handled the mouse.
  const main = events.find(
    (e) =>
      e.name === 'EventDispatch' &&
      e.args?.data?.type === 'mousedown' &&
      events.some((t) => t.name === 'thread_name' && t.pid === e.pid && t.tid === e.tid && t.args?.name === 'CrRendererMain'),
  );
  if (!main) return 'no main thread in the trace';
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const input = (type: string) => onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === type).map((e) => e.ts);
  const downs = input('mousedown');
  const ups = input('mouseup');
  const moves = input('mousemove');
  const spans = downs.map((d) => [d - 1, ups.find((u) => u > d) ?? Infinity] as const);
  const inside = (ts: number) => spans.some(([a, b]) => ts >= a && ts <= b);
  const frames = moves.filter(inside).length;
  const totals = new Map<string, number>();
  for (const e of onMain) {
    if (!inside(e.ts)) continue;
    const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
    const key = e.name === 'ThreadControllerImpl::RunTask' ? 'task (all)' : e.name;
    totals.set(key, (totals.get(key) ?? 0) + cpu);
  }
  const per = (name: string) => ((totals.get(name) ?? 0) / Math.max(1, frames)).toFixed(2);
  // The longest task (the drag's start: selection and inspector) and the 95th percentile of tasks over 1 ms.
  const tasks = onMain
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && inside(e.ts))
    .map((e) => (e.tdur ?? e.dur ?? 0) / 1000)
    .filter((t) => t > 1)
    .sort((a, b) => a - b);
  const longest = `longest task ${(tasks[tasks.length - 1] ?? 0).toFixed(1)} ms, p95 task ${(tasks[Math.floor(tasks.length * 0.95)] ?? 0).toFixed(1)} ms`;
  const phases = ['FunctionCall', 'EventDispatch', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];
  return `drag frames ${frames}: CPU per frame ${per('task (all)')} ms (${phases.map((p) => `${p} ${per(p)}`).join(', ')}); ${longest}`;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const name = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  };
  const selfByName = new Map<string, number>();
  const totalByName = new Map<string, number>();
  for (const [id, time] of self) {
    selfByName.set(name(id), (selfByName.get(name(id)) ?? 0) + time);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = name(at);
      if (seen.has(n)) continue;
      seen.add(n);
      totalByName.set(n, (totalByName.get(n) ?? 0) + time);
    }
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([n, t]) => `${t.toFixed(1).padStart(8)} ms  ${n}`)
      .join('\n');
  console.log(`self time:\n${top(selfByName, 30)}\n\ntotal time:\n${top(totalByName, 45)}`);
}
