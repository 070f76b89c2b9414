/**
 * The matrix's request rows, made a slice per task when many are new. When a
 * design opens every row is new: 7000 rows at 2000 components took 60–80 ms
 * at 1x (four times that on a slow laptop) in one piece inside the panel's
 * render, one of the long tasks that kept the page from answering after the
 * canvas had drawn. Here each task makes rows for a few milliseconds and
 * gives the page back; the panel says it is building until all are made,
 * then renders them from requestRows' cache. An edit makes a few rows, and
 * the panel makes those in its render as before.
 */
import { startTransition, useEffect, useState } from 'react';
import type { Design } from '../../model/design/schema';
import type { MatrixRow } from '../../model/matrix';
import { requestRowMaker, rowsNotMade } from '../../model/request/rows';

/** Up to this many new rows the panel makes in its own render (an edit touches far fewer). */
const AT_ONCE = 500;
/** Rows are made for this long in a task before the page gets it back. */
const SLICE_MS = 6;
/** Rows made between looks at the clock. */
const STRIDE = 50;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Whether `rows`' request rows are made, so the panel can render them now.
 * When they are not, they are made in slices (starting over if the rows or
 * the design change first) and the panel renders again once they are.
 */
export function useRowsMade(design: Pick<Design, 'components' | 'request'>, rows: readonly MatrixRow[]): boolean {
  const [, setMade] = useState(0);
  const made = rowsNotMade(rows) <= AT_ONCE;
  useEffect(() => {
    if (made) return;
    let live = true;
    const make = requestRowMaker(design);
    void (async () => {
      for (let at = 0; at < rows.length;) {
        await nextTask();
        if (!live) return;
        const started = performance.now();
        while (at < rows.length && performance.now() - started < SLICE_MS)
          for (const end = Math.min(rows.length, at + STRIDE); at < end; at++) make(rows[at]!);
      }
      // A transition: rendering the table may wait for the user's next input.
      if (live) startTransition(() => setMade((count) => count + 1));
    })();
    return () => {
      live = false;
    };
  }, [design, rows, made]);
  return made;
}
