/**
 * The pre-flight findings of the design on screen, and whether the Checks
 * panel or the zone policy grid is open (session state: never saved, never
 * undone). The rules load and run in idle time once the design is on screen
 * (store/checks-run.ts), one rule per slice, and again after each edit; until
 * the first run ends there are no findings to show.
 */
import { create } from 'zustand';
import { afterOpening } from './after-opening';
import type { FindingCounts } from '../model/checks/run';
import type { Finding } from '../model/checks/types';
import type { Design } from '../model/design/schema';

export interface Checks {
  findings: Finding[];
  counts: FindingCounts;
  stale: string[];
}

interface ChecksResult {
  /** The findings of the newest design checked; undefined until the first run ends. */
  checks: Checks | undefined;
  design: Design | undefined;
}

export const useChecksResult = create<ChecksResult>()(() => ({ checks: undefined, design: undefined }));

let wanted: Design | undefined;
let running = false;

/**
 * Asks for this design's findings: they arrive in `useChecksResult` a moment
 * later; a newer request replaces an older one. The rules' code loads once
 * the design has opened (`now`: at once, for the Checks panel).
 */
export function requestChecks(design: Design, now = false): void {
  wanted = design;
  if (now) opened ??= Promise.resolve();
  if (!running && useChecksResult.getState().design !== design) void run();
}

/** A design that is opening keeps the main thread busy for a while: the rules load after that (after-opening.ts). */
let opened: Promise<void> | undefined;

async function run(): Promise<void> {
  running = true;
  try {
    opened ??= afterOpening();
    await opened;
    const { computeChecks } = await import('./checks-run');
    while (wanted !== undefined && wanted !== useChecksResult.getState().design) {
      const design = wanted;
      await idle(EDIT_IDLE_MS);
      const checks = await computeChecks(
        design,
        slices(() => wanted === design),
      );
      if (checks) useChecksResult.setState({ checks, design });
    }
  } catch (error) {
    console.error('The checks could not run:', error);
  } finally {
    running = false;
  }
}

/** The next idle moment, or this long at most (a page that never idles). */
function idle(within: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: within });
    else setTimeout(resolve, 0);
  });
}

/** After an edit the checks start in the next idle moment, or this soon at most. */
const EDIT_IDLE_MS = 250;
/** A slice of the run keeps the main thread this long at most (one rule may take longer at 2000 components). */
const SLICE_MS = 30;

/** Between steps of a run: a new task once the slice has taken its time; whether the design is still wanted. */
function slices(stillWanted: () => boolean): () => Promise<boolean> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      start = performance.now();
    }
    return stillWanted();
  };
}

interface ChecksView {
  /** The bottom panel shows the findings instead of the flow matrix. */
  open: boolean;
  policyOpen: boolean;
  setOpen(open: boolean): void;
  setPolicyOpen(open: boolean): void;
}

export const useChecksView = create<ChecksView>()((set) => ({
  open: false,
  policyOpen: false,
  setOpen: (open) => set({ open }),
  setPolicyOpen: (policyOpen) => set({ policyOpen }),
}));
