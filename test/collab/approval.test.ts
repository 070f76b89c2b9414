import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import * as edit from '../../src/model/design/edit';
import { restoreDesign } from '../../src/model/design/restore';
import { buildMatrix } from '../../src/model/matrix';
import { approve, matrixFingerprint } from '../../src/model/review/approval';
import { approvalLines } from '../../src/model/review/approval-lines';

const catalogue = bundledCatalogue();
const result = restoreDesign(readFileSync('examples/spotfire-cluster.portolan.json'), catalogue, 'example');
if (!result.ok) throw new Error('example');
const design = result.design;

describe('review sign-off', () => {
  it('keeps the approval current when only the drawing changes, and marks it out of date when the flows change', () => {
    const matrix = buildMatrix(design, catalogue);
    const approved = { ...design, approvals: [approve('Dana Reviewer', matrix, new Date('2026-11-30T10:00:00Z'), 'a1')] };
    expect(approvalLines(approved, matrix)).toEqual([
      `Review: approved by Dana Reviewer on 2026-11-30 (${matrix.length} rows, ${matrixFingerprint(matrix)}).`,
      `Review: this matrix is the approved one (${matrixFingerprint(matrix)}).`,
    ]);
    const moved = edit.updateComponent(approved, design.components[0]!.id, { position: { x: 1, y: 2 } });
    expect(approvalLines(moved, buildMatrix(moved, catalogue))[1]).toMatch(/approved one/);
    const changed = edit.updateComponent(approved, design.components[0]!.id, { ip: '10.9.9.9' });
    const lines = approvalLines(changed, buildMatrix(changed, catalogue));
    expect(lines[1]).toMatch(/^Review: OUT OF DATE/);
    expect(matrixFingerprint(buildMatrix(changed, catalogue))).not.toBe(matrixFingerprint(matrix));
  });

  it('says when nothing is approved, and keeps a hostile name to one short ASCII line', () => {
    const matrix = buildMatrix(design, catalogue);
    expect(approvalLines(design, matrix)).toEqual([
      `Review: not approved. Matrix fingerprint ${matrixFingerprint(matrix)} (${matrix.length} rows).`,
    ]);
    const name = `Eve\n*/ DROP \u202e${'x'.repeat(180)}`;
    const lines = approvalLines({ ...design, approvals: [approve(name, matrix, new Date(), 'a2')] }, matrix);
    for (const line of lines) {
      expect(line).toMatch(/^[\x20-\x7e]*$/);
      expect(line.length).toBeLessThanOrEqual(200);
    }
  });

  it('is saved in the design file and restored with it', () => {
    const matrix = buildMatrix(design, catalogue);
    const withApproval = { ...design, approvals: [approve('Dana', matrix, new Date('2026-11-30T10:00:00Z'), 'a1')] };
    const back = restoreDesign(new TextEncoder().encode(JSON.stringify(withApproval)), catalogue, 'file');
    expect(back.ok && back.design.approvals).toEqual(withApproval.approvals);
  });
});
