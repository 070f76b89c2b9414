/**
 * The approval as the exports state it (rule file headers, the workbook's
 * cover). Apart from approval.ts, which the design schema imports, so that
 * the exports' text sanitising stays out of the editor's first load.
 */
import { asciiText, truncateBytes } from '../export/sanitise';
import type { MatrixRow } from '../matrix';
import type { Design } from '../design/schema';
import { approvalStatus, matrixFingerprint, type Approval } from './approval';

/**
 * Lines for the header of a rule file or the workbook's cover: who approved
 * which matrix, and whether the file's matrix is still the approved one.
 * Plain ASCII, each line at most 200 bytes (the reviewer's name is user
 * text; exporters add their own comment marker).
 */
export function approvalLines(design: Pick<Design, 'meta'> & { approvals?: readonly Approval[] }, matrix: readonly MatrixRow[]): string[] {
  const status = approvalStatus(design.approvals, matrix);
  const now = matrixFingerprint(matrix);
  if (!status) return [`Review: not approved. Matrix fingerprint ${now} (${matrix.length} rows).`];
  const { approval, current } = status;
  const who = truncateBytes(asciiText(approval.name), 80);
  return [
    truncateBytes(`Review: approved by ${who} on ${approval.at.slice(0, 10)} (${approval.rows} rows, ${approval.fingerprint}).`, 200),
    current
      ? `Review: this matrix is the approved one (${now}).`
      : `Review: OUT OF DATE - the flows changed after the approval (now ${now}, ${matrix.length} rows).`,
  ];
}
