/**
 * The checks' code and their run, loaded by store/checks.ts in idle time once
 * the design is on screen: the rules are not needed to show or edit a design,
 * and at 1000 components they cost a few hundred milliseconds all at once.
 */
import { checkSteps, countFindings, staleAcknowledgements } from '../model/checks/run';
import type { Design } from '../model/design/schema';
import type { Checks } from './checks';
import { derivedOf, onlyPlacementDiffers } from './derived';
import { designCatalogue } from './design-store';

const cache = new WeakMap<Design, Checks>();
let last: { design: Design; checks: Checks } | undefined;

/** The findings of a design known without running a rule: the same design, or one that only moved (no rule reads positions). */
function known(design: Design): Checks | undefined {
  const checks = cache.get(design);
  if (checks) return checks;
  if (
    last &&
    onlyPlacementDiffers(last.design, design) &&
    last.design.acknowledgements === design.acknowledgements &&
    last.design.zonePolicy === design.zonePolicy
  )
    return last.checks;
  return undefined;
}

function remember(design: Design, checks: Checks): Checks {
  cache.set(design, checks);
  last = { design, checks };
  return checks;
}

/**
 * Runs the checks of a design in slices: the derivation it reads, then one
 * rule per slice. `proceed` waits before each slice and says whether the
 * design is still wanted (an edit meanwhile: it gives up and returns undefined).
 */
export async function computeChecks(design: Design, proceed: () => Promise<boolean>): Promise<Checks | undefined> {
  const ready = known(design);
  if (ready) return remember(design, ready);
  if (!(await proceed())) return undefined;
  const { flows, rows } = derivedOf(design);
  const steps = checkSteps(design, designCatalogue(design), flows, rows);
  for (;;) {
    if (!(await proceed())) return undefined;
    const step = steps.next();
    if (step.done) {
      const findings = step.value;
      return remember(design, { findings, counts: countFindings(findings), stale: staleAcknowledgements(design, findings) });
    }
  }
}
