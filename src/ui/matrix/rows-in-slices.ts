/**
 * The matrix's request rows, made a slice per task when many are new. When a
 * design opens every row is new: 7000 rows at 2000 components took 60–80 ms
 * at 1x (four times that on a slow laptop) in one piece inside the panel's
 * render, one of the long tasks that kept the page from answering after the
 * canvas had drawn. Here each task makes rows for a few milliseconds and
 * gives the page back; the panel says it is building until all are made. An
 * edit makes a few rows, and those are made in the panel's render as before.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Design } from '../../model/design/schema';
import type { MatrixRow } from '../../model/matrix';
import { requestRowMaker, requestRows, rowsNotMade, type RequestRow } from '../../model/request/rows';

/** Up to this many new rows are made in the render (an edit touches far fewer). */
const AT_ONCE = 500;
/** Rows are made for this long in a task before the page gets it back. */
const SLICE_MS = 6;
/** Rows made between looks at the clock. */
const STRIDE = 50;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Made {
  from: readonly MatrixRow[];
  design: Pick<Design, 'components' | 'request'>;
  rows: RequestRow[];
}

/**
 * `rows`' request rows (requestRows), or undefined while they are being made
 * in slices: started over if the rows or the design change first, and
 * handed to the panel in a transition once all are made.
 */
export function useRequestRows(
  components: Design['components'],
  request: Design['request'],
  rows: readonly MatrixRow[],
): readonly RequestRow[] | undefined {
  const design = useMemo(() => ({ components, request }), [components, request]);
  const atOnce = useMemo(() => rowsNotMade(rows) <= AT_ONCE, [rows]);
  const inRender = useMemo(() => (atOnce ? requestRows(design, rows) : undefined), [atOnce, design, rows]);
  const [made, setMade] = useState<Made>();
  useEffect(() => {
    if (atOnce) return;
    let live = true;
    const make = requestRowMaker(design);
    const built: RequestRow[] = new Array<RequestRow>(rows.length);
    void (async () => {
      for (let at = 0; at < rows.length; ) {
        await nextTask();
        if (!live) return;
        const started = performance.now();
        while (at < rows.length && performance.now() - started < SLICE_MS)
          for (const end = Math.min(rows.length, at + STRIDE); at < end; at++) built[at] = make(rows[at]!);
      }
      // A transition: rendering the table may wait for the user's next input.
      if (live) startTransition(() => setMade({ from: rows, design, rows: built }));
    })();
    return () => {
      live = false;
    };
  }, [design, rows, atOnce]);
  return inRender ?? (made?.from === rows && made.design === design ? made.rows : undefined);
}
