/**
 * Waiting for a quiet machine before a load. On two cores, a page opened
 * while the browser is still starting (its own WebUI renderer and browser
 * process took about 2 s of CPU in the first 1.5 s after launch) or while
 * the last page is being torn down shares the CPU with that work, and its
 * time to interactive says more about what ran beside it than about the
 * page. Every page, Portolan's and the bare ones, waits alike.
 */
import { cpus } from 'node:os';

/** Busy CPU time summed over all cores, in ms (Node's per-core counters: Linux, macOS, Windows). */
function busyMs(): number {
  return cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
}

export interface QuietOptions {
  /** The window over which the machine must be quiet. */
  windowMs?: number;
  /** Quiet means under this share of one core busy over the window. */
  maxCores?: number;
  /** Give up waiting after this long (a machine never quiet is measured as it is). */
  timeoutMs?: number;
}

/** Resolves once the whole machine used under `maxCores` of a core over `windowMs`; the ms waited, and whether it got quiet. */
export async function waitForQuietMachine({ windowMs = 300, maxCores = 0.25, timeoutMs = 5000 }: QuietOptions = {}): Promise<{
  waitedMs: number;
  quiet: boolean;
}> {
  const start = performance.now();
  for (;;) {
    const before = busyMs();
    const from = performance.now();
    await new Promise((done) => setTimeout(done, windowMs));
    const cores = (busyMs() - before) / (performance.now() - from);
    const waitedMs = Math.round(performance.now() - start);
    if (cores < maxCores) return { waitedMs, quiet: true };
    if (waitedMs >= timeoutMs) return { waitedMs, quiet: false };
  }
}
