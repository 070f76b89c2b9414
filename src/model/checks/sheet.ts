/**
 * The Checks sheet of the workbook: every finding, open or acknowledged,
 * with the reason given, so the network team and the reviewer see what was
 * looked at and why it stands.
 */
import type { Finding } from './types';
import { ruleTitle } from './run';

export const CHECKS_SHEET_COLUMNS: readonly { header: string; width: number }[] = [
  { header: 'Severity', width: 10 },
  { header: 'Rule', width: 30 },
  { header: 'Finding', width: 80 },
  { header: 'How to fix', width: 60 },
  { header: 'Reference', width: 44 },
  { header: 'Status', width: 14 },
  { header: 'Reason (acknowledgement)', width: 50 },
  { header: 'Finding id', width: 40 },
];

export function checksSheetRows(findings: readonly Finding[]): string[][] {
  return findings.map((f) => [
    f.severity,
    ruleTitle(f.rule),
    f.message,
    f.fix,
    f.reference ?? '',
    f.acknowledged ? 'acknowledged' : 'open',
    f.acknowledged?.reason ?? '',
    f.id,
  ]);
}
