/**
 * The first edits after a large design opens, made as quick as later ones.
 * Until V8 has run a piece of code a few times it runs it slowly, and the
 * derivation an edit makes inside its click (one component changed, its
 * flows derived again, pairs and edges repaired) runs only on edits: the
 * first option changes after opening 1000 components took 20–50 ms in their
 * click handler, later ones 8–15 ms. So that derivation is rehearsed a few
 * times on copies of the design, in idle time, and none of it is kept.
 *
 * Once per page: compiled code stays. One derivation step per idle moment
 * (up to about 45 ms at 2000 components, the first; then under 40), and
 * only once the user has paused for a moment, so a rehearsal does not land
 * in the middle of a zoom or a drag. The matrix is left out: it follows an
 * edit after its paint. The copies are new objects, so no cache keeps
 * anything of them, and the design last read stays the base of the next
 * real edit.
 */
import type { Design } from '../model/design/schema';
import { unrememberedSteps } from './derived';

/** After about five runs V8 has compiled the edit's code for speed. */
const REHEARSALS = 5;
/** A step waits for this long without a pointer, wheel or key event. */
const PAUSE_MS = 250;
const INPUTS = ['pointerdown', 'pointermove', 'wheel', 'keydown'] as const;

let rehearsed = false;

/** Where the steps run: `next` queues one, `end` says the rehearsal is over. */
export interface Slots {
  next: (run: () => void) => void;
  end: () => void;
}

/** Idle moments once the user has paused (none where the browser has no idle callbacks). */
function pausedIdleMoments(): Slots | undefined {
  if (typeof window === 'undefined' || typeof requestIdleCallback !== 'function') return undefined;
  let lastInput = -Infinity;
  const noted = () => void (lastInput = performance.now());
  for (const type of INPUTS) window.addEventListener(type, noted, { capture: true, passive: true });
  const next = (run: () => void) =>
    requestIdleCallback(() => (performance.now() - lastInput >= PAUSE_MS ? run() : setTimeout(() => next(run), PAUSE_MS)));
  const end = () => {
    for (const type of INPUTS) window.removeEventListener(type, noted, { capture: true });
  };
  return { next, end };
}

/** Rehearses an edit of `design`, a large design just opened and derived, unless the page has already. */
export function rehearseEdits(design: Design, slotsOf: () => Slots | undefined = pausedIdleMoments): void {
  // Nothing to rehearse from: no components, or a design past the flow limit (it derives nothing).
  if (rehearsed || design.components.length === 0 || !unrememberedSteps(design, design)) return;
  const slots = slotsOf();
  if (!slots) return;
  rehearsed = true;
  let round = 0;
  const rehearse = () => {
    // A different component each time, spread over the design.
    const at = (round * 7919) % design.components.length;
    const components = design.components.map((c, i) => (i === at ? { ...c, label: `${c.label ?? c.id} ` } : c));
    const steps = unrememberedSteps(design, { ...design, components })!;
    const step = () => {
      if (!steps.next().done) slots.next(step);
      else if (++round < REHEARSALS) slots.next(rehearse);
      else slots.end();
    };
    step();
  };
  slots.next(rehearse);
}
