/**
 * "Compare with…": another design file's matrix standing in for the baseline
 * while the user looks at the differences. Session state: never saved, never
 * undone; the design's own baseline ("Mark as implemented") is untouched.
 */
import { create } from 'zustand';
import type { Baseline } from '../model/request/diff';

export interface Comparison {
  /** The file compared with, as the user picked it. */
  name: string;
  baseline: Baseline;
}

export const useComparison = create<{ comparison?: Comparison }>(() => ({}));

export const setComparison = (comparison: Comparison | undefined) => useComparison.setState({ comparison });

/** What the matrix, the canvas and the zone view compare with: the chosen file, else the design's baseline. */
export function useBaseline(designBaseline: Baseline | undefined): Baseline | undefined {
  const compared = useComparison((s) => s.comparison?.baseline);
  return compared ?? designBaseline;
}
