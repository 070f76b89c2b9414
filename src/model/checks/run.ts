/**
 * All pre-flight checks over one design: every rule, the user's
 * acknowledgements applied, findings ordered by severity then rule.
 */
import type { Catalogue } from '../catalogue/load';
import { deriveFlows, type DerivedFlow } from '../derive';
import type { Design } from '../design/schema';
import { buildMatrix, type MatrixRow } from '../matrix';
import { clusterPortMismatch, membershipSchemeMismatch } from './agreement';
import { conditionNotMet } from './conditions';
import { checkContext } from './context';
import { idleComponent, missingDependency } from './dependencies';
import { anyAddress, cleartextAcrossZones, internetReachable, localOnlyCrossing, widePortRange } from './exposure';
import { addressOutsideZone, hostTwoAddresses, portClash } from './hosts';
import { zonePolicy } from './policy';
import { SEVERITIES, type Finding, type Rule, type RuleId, type Severity } from './types';

/** Every rule, in the order the issue numbers them; a finding's rule id is its key here. */
export const RULES: readonly { id: RuleId; title: string; run: Rule }[] = [
  { id: 'missing-dependency', title: 'Missing dependency', run: missingDependency },
  { id: 'idle-component', title: 'Unused or idle component', run: idleComponent },
  { id: 'port-clash', title: 'Port clash on one host', run: portClash },
  { id: 'cluster-port-mismatch', title: 'Cluster port differs between members', run: clusterPortMismatch },
  { id: 'membership-scheme-mismatch', title: 'Membership scheme differs between members', run: membershipSchemeMismatch },
  { id: 'address-outside-zone', title: "Address outside its zone's CIDR", run: addressOutsideZone },
  { id: 'host-two-addresses', title: 'One host, two addresses', run: hostTwoAddresses },
  { id: 'condition-not-met', title: 'Condition not met', run: conditionNotMet },
  { id: 'cleartext-across-zones', title: 'Cleartext across zones', run: cleartextAcrossZones },
  { id: 'wide-port-range', title: 'Wide port range', run: widePortRange },
  { id: 'any-address', title: 'Any address (0.0.0.0/0, ::/0)', run: anyAddress },
  { id: 'internet-reachable', title: 'Reachable from the Internet', run: internetReachable },
  { id: 'zone-policy', title: 'Outside the zone policy', run: zonePolicy },
  { id: 'local-only-crossing', title: 'Local-only traffic leaving its segment', run: localOnlyCrossing },
];

export const ruleTitle = (id: RuleId): string => RULES.find((r) => r.id === id)?.title ?? id;

export function runChecks(
  design: Design,
  catalogue: Catalogue,
  flows: readonly DerivedFlow[] = deriveFlows(design, catalogue),
  matrix: readonly MatrixRow[] = buildMatrix(design, catalogue, flows),
): Finding[] {
  const steps = checkSteps(design, catalogue, flows, matrix);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same checks one rule at a time: it pauses after the context and after
 * each rule, so a caller can run them in slices between frames (the editor
 * does, in idle time: at 2000 components all rules at once take a few hundred
 * milliseconds). Returns what `runChecks` returns.
 */
export function* checkSteps(
  design: Design,
  catalogue: Catalogue,
  flows: readonly DerivedFlow[],
  matrix: readonly MatrixRow[],
): Generator<void, Finding[]> {
  const context = checkContext(design, catalogue, flows, matrix);
  yield;
  const acknowledged = new Map((design.acknowledgements ?? []).map((a) => [a.finding, a.reason]));
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const finding of rule.run(context)) {
      if (seen.has(finding.id)) continue;
      seen.add(finding.id);
      const reason = acknowledged.get(finding.id);
      findings.push(reason === undefined ? finding : { ...finding, acknowledged: { reason } });
    }
    yield;
  }
  return findings.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      order.get(a.rule)! - order.get(b.rule)! ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export type FindingCounts = Record<Severity, number> & { acknowledged: number };

/** Open findings per severity; acknowledged ones counted apart. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, acknowledged: 0 };
  for (const f of findings) {
    if (f.acknowledged) counts.acknowledged++;
    else counts[f.severity]++;
  }
  return counts;
}

/** Acknowledgements in the design that no current finding matches (the design changed since). */
export function staleAcknowledgements(design: Design, findings: readonly Finding[]): string[] {
  const ids = new Set(findings.map((f) => f.id));
  return (design.acknowledgements ?? []).filter((a) => !ids.has(a.finding)).map((a) => a.finding);
}

/** Whether any open finding is at or above the level (error > warning > info). */
export function failsAt(findings: readonly Finding[], level: Severity): boolean {
  const limit = SEVERITIES.indexOf(level);
  return findings.some((f) => !f.acknowledged && SEVERITIES.indexOf(f.severity) <= limit);
}
