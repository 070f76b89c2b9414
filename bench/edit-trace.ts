/**
 * What each edit of bench/edits.ts costs the CPU, from a Chromium trace, in
 * figures that hold up on a loaded machine: per edit, the main thread's CPU
 * time (`tdur`) from the input event to the end of the next frame's commit,
 * what that time went to (script, style, layout, paint, layerize), how many
 * elements were restyled, and the raster threads' time for that frame.
 *
 *   npx tsx bench/edit-trace.ts --size 1000 --edits 10 --port 4322 [--dir built-app] [--no-build]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { measureEdits, withEditsPage, type EditStats } from './edits';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; elementCount?: number; data?: { type?: string } };
}

const INPUT = new Set(['click', 'keydown', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'keyup', 'input']);
const PHASES = ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest'];

async function traced(page: Page, kind: string, run: () => Promise<EditStats>): Promise<{ stats: EditStats; events: TraceEvent[] }> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel',
    transferMode: 'ReportEvents',
  });
  const stats = await run();
  await session.send('Tracing.end');
  await done;
  await session.detach();
  if (process.env.EDIT_TRACE_DUMP) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${process.env.EDIT_TRACE_DUMP}.${kind}.json`, JSON.stringify(events));
  }
  return { stats, events };
}

/** Per edit (input events closer than 60 ms are one edit): main-thread CPU to the first commit after the last input event. */
export function perEdit(events: TraceEvent[]) {
  // The page's renderer: the main thread with the most work (another renderer holds about:blank).
  const count = new Map<string, number>();
  for (const e of events) if (e.ph === 'X') count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const renderer = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => (count.get(`${b.pid}:${b.tid}`) ?? 0) - (count.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  if (!renderer) throw new Error('no renderer main thread in the trace');
  const main = events.filter((e) => e.pid === renderer.pid && e.tid === renderer.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  // Top-level tasks only (RunTask wraps ThreadControllerImpl::RunTask).
  const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'SimpleWatcher::OnHandleReady', 'Receive mojo message']);
  const topLevel: TraceEvent[] = [];
  for (const e of main) {
    if (!TASKS.has(e.name)) continue;
    const outer = topLevel[topLevel.length - 1];
    if (outer && e.ts < outer.ts + (outer.dur ?? 0)) continue;
    topLevel.push(e);
  }
  const inputs = main.filter((e) => e.name === 'EventDispatch' && INPUT.has(e.args?.data?.type ?? ''));
  const edits: TraceEvent[][] = [];
  for (const input of inputs) {
    const lastEdit = edits[edits.length - 1];
    const last = lastEdit?.[lastEdit.length - 1];
    if (last && input.ts - (last.ts + (last.dur ?? 0)) < 60_000) lastEdit!.push(input);
    else edits.push([input]);
  }
  // Software raster runs in the renderer's worker threads.
  const raster = events.filter((e) => e.pid === renderer.pid && e.tid !== renderer.tid && e.ph === 'X' && e.name === 'RasterTask');
  // A label edit's typing (fill) is not the edit: its Enter is.
  const committing = edits.filter((inputsOfEdit) => inputsOfEdit.some((e) => ['click', 'keydown'].includes(e.args?.data?.type ?? '')));
  return committing.map((inputsOfEdit) => {
    const start = inputsOfEdit[0]!.ts;
    const lastInput = inputsOfEdit[inputsOfEdit.length - 1]!;
    const commit = main.find((e) => e.name === 'Commit' && e.ts > lastInput.ts + (lastInput.dur ?? 0));
    const end = commit ? commit.ts + (commit.dur ?? 0) : lastInput.ts + 100_000;
    const inside = main.filter((e) => e.ts >= start && e.ts < end);
    const tasks = topLevel.filter((e) => e.ts + (e.dur ?? 0) > start && e.ts < end);
    const phase = (name: string) => inside.filter((e) => e.name === name).reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
    const nextStart = end + 200_000;
    return {
      cpu: tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000,
      phases: Object.fromEntries(PHASES.map((name) => [name, phase(name)])),
      restyled: inside.filter((e) => e.name === 'UpdateLayoutTree').reduce((sum, e) => sum + (e.args?.elementCount ?? 0), 0),
      paints: inside.filter((e) => e.name === 'Paint').length,
      raster: raster.filter((e) => e.ts >= end && e.ts < nextStart).reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000,
    };
  });
}

function summary(rows: ReturnType<typeof perEdit>) {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length * 0.95) - 1)] ?? 0;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    edits: rows.length,
    cpuMedian: round(median(rows.map((r) => r.cpu))),
    cpuP95: round(p95(rows.map((r) => r.cpu))),
    phasesMedian: Object.fromEntries(PHASES.map((name) => [name, round(median(rows.map((r) => r.phases[name]!)))])),
    restyledMedian: median(rows.map((r) => r.restyled)),
    paintsMedian: median(rows.map((r) => r.paints)),
    rasterMedian: round(median(rows.map((r) => r.raster))),
    rasterP95: round(p95(rows.map((r) => r.raster))),
  };
}

function main(argv: string[]) {
  return withEditsPage(argv, { edits: 10, quiet: true }, async ({ page, targets, n, size, appDir, options }) => {
    const report: Record<string, unknown> = {};
    await measureEdits(page, targets, n, options, async (kind, run) => {
      const { stats, events } = await traced(page, kind, run);
      if (process.env.BENCH_DEBUG)
        for (const row of perEdit(events)) {
          const phases = Object.entries(row.phases).map(([name, ms]) => `${name} ${Math.round(ms)}`);
          console.error(
            `${kind}: cpu ${Math.round(row.cpu)} raster ${Math.round(row.raster)} restyled ${row.restyled}; ${phases.join(', ')}`,
          );
        }
      report[kind] = { eventTiming: { p95: stats.p95, median: stats.median, mainP95: stats.mainP95 }, trace: summary(perEdit(events)) };
      return stats;
    });
    console.log(JSON.stringify({ size, dir: appDir, ...report }, null, 1));
  });
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
