/**
 * The pre-flight findings of the design on screen, computed once per design
 * object from the derived flows and matrix (so they follow every edit), and
 * whether the Checks panel or the zone policy grid is open (session state:
 * never saved, never undone).
 */
import { create } from 'zustand';
import { countFindings, runChecks, staleAcknowledgements, type Finding, type FindingCounts } from '../model/checks';
import type { Design } from '../model/design/schema';
import { derivedOf, onlyPlacementDiffers } from './derived';
import { designCatalogue, useDesignStore } from './design-store';

export interface Checks {
  findings: Finding[];
  counts: FindingCounts;
  stale: string[];
}

const cache = new WeakMap<Design, Checks>();
let last: { design: Design; checks: Checks } | undefined;

export function checksOf(design: Design): Checks {
  let checks = cache.get(design);
  // A drag or an auto-layout changes no finding: positions are never read.
  if (
    !checks &&
    last &&
    onlyPlacementDiffers(last.design, design) &&
    last.design.acknowledgements === design.acknowledgements &&
    last.design.zonePolicy === design.zonePolicy
  ) {
    checks = last.checks;
    cache.set(design, checks);
  }
  if (!checks) {
    const { flows, rows } = derivedOf(design);
    const findings = runChecks(design, designCatalogue(design), flows, rows);
    checks = { findings, counts: countFindings(findings), stale: staleAcknowledgements(design, findings) };
    cache.set(design, checks);
  }
  last = { design, checks };
  return checks;
}

export const useChecks = (): Checks => useDesignStore((s) => checksOf(s.design));

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
