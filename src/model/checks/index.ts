/** Pre-flight checks: what a design lacks, clashes on or risks, before the request is sent. */
export { runChecks, checkSteps, countFindings, failsAt, staleAcknowledgements, RULES, ruleTitle, type FindingCounts } from './run';
export type { Finding, FindingTarget, Severity, RuleId } from './types';
export { SEVERITIES } from './types';
export { acknowledge, setZonePolicy } from './edit';
export { threeTierPolicy, isAllowed, withPair, tierOf } from './policy';
export { checksSheetRows, CHECKS_SHEET_COLUMNS } from './sheet';
