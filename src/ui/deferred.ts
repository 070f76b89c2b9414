/**
 * The design a moment behind an edit, for what is not where the user is
 * looking (the matrix, the checks count, the design summary): the edit
 * paints on the canvas and in the inspector first, and these catch up after
 * that paint, in a render React may interrupt for the next input. At 1000
 * components the matrix costs tens of milliseconds in one piece (building
 * its rows), and React's own deferred render ran as the task right after
 * the edit, before the browser painted it: so the lagging design only
 * moves on once a frame has been drawn since the edit.
 */
import { useDeferredValue, useEffect, useState } from 'react';
import { create, type StoreApi } from 'zustand';
import { shallow } from 'zustand/shallow';
import { emptyDesign } from '../model/design/edit';
import type { Design } from '../model/design/schema';
import { requestChecks, useChecksResult, type Checks } from '../store/checks';
import { derivedOf, type Derived } from '../store/derived';
import { useDesignStore } from '../store/design-store';
import { useSessionStore } from '../store/session-store';

function afterNextPaint(then: () => void): void {
  // Where nothing paints (tests in Node), at once in the next task.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(then, 0));
  else setTimeout(then, 0);
}

/**
 * A hook giving `read` of a store as of the last painted frame: it moves on
 * in the task after the frame that follows a change (several changes within
 * one frame move it once, to the last). `same` tells a change that is none.
 * A view mounted after a change starts from the value then, not from an
 * older painted one: each change is counted, and the newer count wins.
 */
function afterPaint<S, T>(store: StoreApi<S>, read: (state: S) => T, same: (state: S, previous: S) => boolean): () => T {
  let changes = 0;
  let waiting = false;
  const now = () => ({ value: read(store.getState()), seen: changes });
  const painted = create(now);
  store.subscribe((state, previous) => {
    if (same(state, previous)) return;
    changes++;
    if (waiting) return;
    waiting = true;
    afterNextPaint(() => {
      waiting = false;
      painted.setState(now());
    });
  });
  return function useAfterPaint() {
    const [mounted] = useState(now);
    const last = painted();
    return last.seen >= mounted.seen ? last.value : mounted.value;
  };
}

const useDesignAfterPaint = afterPaint(
  useDesignStore,
  (state) => state.design,
  (state, previous) => state.design === previous.design,
);

/**
 * The selection as of the last painted frame. A click's own frame draws only
 * the selection's ring (on the component, or on the focus's veil); the rest
 * of what a selection shows, the veil's dimming around it and the
 * inspector's fields, follows in the next task, after that frame. All of it
 * in one frame took 64–120 ms from the click to the paint at 1000 components
 * (p95); the ring alone takes 24–48 (docs/performance-log.md).
 */
export interface PaintedSelection {
  selectedNodes: readonly string[];
  selectedEdge: string | undefined;
}
export const usePaintedSelection: () => PaintedSelection = afterPaint(
  useSessionStore,
  ({ selectedNodes, selectedEdge }) => ({ selectedNodes, selectedEdge }),
  // A selection cleared again (every open clears it) changes nothing: the canvas would render again for it.
  (state, previous) => shallow(state.selectedNodes, previous.selectedNodes) && state.selectedEdge === previous.selectedEdge,
);

/** What a panel drawn `atMount` shows on the editor's first render: nothing yet. */
const NOT_YET: Design = emptyDesign();
/** Whether a panel drawn `atMount` is still waiting for its first render of the design. */
export const notYet = (design: Design): boolean => design === NOT_YET;

/** Whether a frame has been painted since the component first rendered (at once, unless `wait`). */
function usePaintedSinceMount(wait: boolean): boolean {
  const [painted, setPainted] = useState(!wait);
  useEffect(() => {
    if (!painted) afterNextPaint(() => setPainted(true));
  }, [painted]);
  return painted;
}

/**
 * With `atMount`, the first render trails too: the editor's first paint of a
 * large design (canvas, toolbar, palette) does not wait for the panel, which
 * renders after that paint. The wait is the editor's own, not an initial
 * value for useDeferredValue: Preact's compatibility layer, which renders the
 * editor, takes no initial value and does not defer (docs/performance-log.md).
 */
export function useDeferredDesign(atMount = false): Design {
  const design = useDesignAfterPaint();
  return useDeferredValue(usePaintedSinceMount(atMount) ? design : NOT_YET);
}
export const useDeferredDerived = (): Derived => derivedOf(useDeferredDesign());
/** The findings of the newest design checked (they follow edits in idle time); undefined until the first run ends. `now`: the Checks panel is open, run them without waiting for the design to finish opening. */
export function useDeferredChecks(now = false): Checks | undefined {
  const design = useDeferredDesign();
  useEffect(() => requestChecks(design, now), [design, now]);
  return useChecksResult((s) => s.checks);
}
