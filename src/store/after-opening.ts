/**
 * When the page has settled: what is not needed to show and edit a design
 * (the checks' rules, the catalogue's help texts) loads after that, so it
 * never competes with opening a large design for the main thread. Settled:
 * no long task (over 50 ms) for half a second, or 15 s after the first ask at
 * the latest. Where long tasks cannot be observed, the half second alone.
 */
const QUIET_MS = 500;
const LATEST_MS = 15_000;

let settled: Promise<void> | undefined;

export function afterOpening(): Promise<void> {
  settled ??= new Promise<void>((resolve) => {
    const started = performance.now();
    let lastBusy = started;
    let observer: PerformanceObserver | undefined;
    if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
      observer = new PerformanceObserver((list) => {
        for (const task of list.getEntries()) lastBusy = Math.max(lastBusy, task.startTime + task.duration);
      });
      observer.observe({ type: 'longtask', buffered: true });
    }
    const check = () => {
      const now = performance.now();
      if (now - lastBusy >= QUIET_MS || now - started >= LATEST_MS) {
        observer?.disconnect();
        resolve();
      } else setTimeout(check, 100);
    };
    setTimeout(check, QUIET_MS);
  });
  return settled;
}
