/**
 * The design a moment behind an edit, for what is not where the user is
 * looking (the matrix, the checks count, the design summary): the edit
 * paints on the canvas and in the inspector first, and these catch up in the
 * next render, which React may interrupt for the next input. At 1000
 * components the matrix and the checks cost tens of milliseconds.
 */
import { useDeferredValue, useEffect } from 'react';
import { emptyDesign } from '../model/design/edit';
import type { Design } from '../model/design/schema';
import { requestChecks, useChecksResult, type Checks } from '../store/checks';
import { derivedOf, type Derived } from '../store/derived';
import { useDesignStore } from '../store/design-store';

/** What a panel drawn `atMount` shows on the editor's first render: nothing yet. */
const NOT_YET: Design = emptyDesign();
/** Whether a panel drawn `atMount` is still waiting for its first render of the design. */
export const notYet = (design: Design): boolean => design === NOT_YET;

/**
 * With `atMount`, the first render trails too: the editor's first paint of a
 * large design (canvas, toolbar, palette) does not wait for the panel, which
 * renders in the next, interruptible render (React's useDeferredValue with an
 * initial value).
 */
export const useDeferredDesign = (atMount = false): Design =>
  useDeferredValue(
    useDesignStore((s) => s.design),
    atMount ? NOT_YET : undefined,
  );
export const useDeferredDerived = (): Derived => derivedOf(useDeferredDesign());
/** The findings of the newest design checked (they follow edits in idle time); undefined until the first run ends. `now`: the Checks panel is open, run them without waiting for the design to finish opening. */
export function useDeferredChecks(now = false): Checks | undefined {
  const design = useDeferredDesign();
  useEffect(() => requestChecks(design, now), [design, now]);
  return useChecksResult((s) => s.checks);
}
