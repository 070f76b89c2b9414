/**
 * The change-request line above the matrix: "Mark as implemented" stores the
 * firewall-relevant rows as the baseline (one undo step); afterwards rows
 * added or changed since are marked in the table and removed ones are
 * counted here. Also the review-due list (PCI DSS 1.2.7).
 */
import { useMemo } from 'react';
import { baselineOf, diffMatrix, type MatrixDiff } from '../../model/request/diff';
import { reviewDue } from '../../model/request/review';
import type { RequestRow } from '../../model/request/rows';
import { setComparison, useBaseline, useComparison } from '../../store/comparison-store';
import { useDesignStore } from '../../store/design-store';
import { compareWithFile } from '../commands';

const today = () => new Date().toISOString().slice(0, 10);

export function useMatrixDiff(rows: readonly RequestRow[]): MatrixDiff | undefined {
  const baseline = useBaseline(useDesignStore((s) => s.design.request?.baseline));
  return useMemo(() => (baseline ? diffMatrix(baseline.rows, rows) : undefined), [baseline, rows]);
}

export function MatrixChanges({ rows, diff }: { rows: readonly RequestRow[]; diff: MatrixDiff | undefined }) {
  const marked = useDesignStore((s) => s.design.request?.baseline);
  const comparison = useComparison((s) => s.comparison);
  const baseline = comparison?.baseline ?? marked;
  const since = comparison ? comparison.name : baseline?.date;
  const due = useMemo(() => reviewDue(rows, today()), [rows]);
  const mark = () => {
    const { design, replace } = useDesignStore.getState();
    replace({ ...design, request: { ...design.request, flows: design.request?.flows ?? {}, baseline: baselineOf(rows, today()) } });
  };
  return (
    <div className="matrix-changes">
      <button type="button" onClick={mark} disabled={rows.length === 0}>
        Mark as implemented
      </button>
      <button type="button" onClick={() => void compareWithFile()} title="Mark what differs from another design file">
        Compare with…
      </button>
      {comparison && (
        <button type="button" onClick={() => setComparison(undefined)}>
          Stop comparing
        </button>
      )}
      {baseline && diff && (
        <span>
          Since {since}: {diff.added.length} added, {diff.changed.size} changed, {diff.removed.length} removed
          {diff.removed.length > 0 && (
            <>
              {' '}
              (
              {diff.removed
                .slice(0, 5)
                .map((r) => `${r.ref} ${r.protocol}/${r.port}`)
                .join(', ')}
              {diff.removed.length > 5 ? ', …' : ''})
            </>
          )}
        </span>
      )}
      {due.length > 0 && (
        <span className="review-due" title={due.map((d) => `${d.ref}: ${d.reason}`).join('\n')}>
          Review due: {due.length} flow{due.length === 1 ? '' : 's'} (
          {due
            .slice(0, 3)
            .map((d) => `${d.ref} ${d.reason}`)
            .join('; ')}
          {due.length > 3 ? '; …' : ''})
        </span>
      )}
    </div>
  );
}
