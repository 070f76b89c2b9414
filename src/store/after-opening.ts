/**
 * When the design has opened and the page is interactive: what is not needed
 * to show and edit a design (the checks' rules, the selection views, the
 * catalogue's help texts) loads after that, so it never competes with opening
 * a large design for the main thread. That is: no long task (over 50 ms) for
 * 1.5 s, or the user's first key or pointer press, whichever comes first (15 s
 * after the first ask at the latest). A view that needs its code sooner loads
 * it itself.
 */
const QUIET_MS = 1500;
const LATEST_MS = 15_000;
const INPUTS = ['pointerdown', 'keydown'] as const;

let settled: Promise<void> | undefined;

export function afterOpening(): Promise<void> {
  settled ??= new Promise<void>((resolve) => {
    const started = performance.now();
    let lastBusy = started;
    let observer: PerformanceObserver | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      if (typeof window !== 'undefined') for (const type of INPUTS) window.removeEventListener(type, done, true);
      resolve();
    };
    if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
      observer = new PerformanceObserver((list) => {
        for (const task of list.getEntries()) lastBusy = Math.max(lastBusy, task.startTime + task.duration);
      });
      observer.observe({ type: 'longtask', buffered: true });
    }
    if (typeof window !== 'undefined') for (const type of INPUTS) window.addEventListener(type, done, true);
    const check = () => {
      const now = performance.now();
      if (now - lastBusy >= QUIET_MS || now - started >= LATEST_MS) done();
      else timer = setTimeout(check, 100);
    };
    timer = setTimeout(check, QUIET_MS);
  });
  return settled;
}
