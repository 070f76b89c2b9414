/**
 * The flow matrix: every row a firewall request needs, filterable and
 * sortable, linked both ways with the canvas (a row selects its edge; a
 * selected edge highlights its rows). Sorting runs only when the rows or the
 * sort change; filtering runs on the sorted rows and keeps their order.
 */
import { useDeferredValue, useMemo } from 'react';
import { useDerived } from '../../store/derived';
import { useSessionStore } from '../../store/session-store';
import { ApprovalBar } from '../review/ApprovalBar';
import { MatrixFilters } from './MatrixFilters';
import { MatrixTable } from './MatrixTable';
import { filterRows, isFiltered, sortRows } from './rows';
import './matrix.css';

export function MatrixPanel() {
  const { flows, rows } = useDerived();
  const sort = useSessionStore((s) => s.sort);
  // Typing in the search box stays responsive; the table catches up a moment later.
  const filter = useDeferredValue(useSessionStore((s) => s.filter));
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  const counts = useMemo(
    () => ({ flows: flows.filter((f) => !f.local && !f.excluded).length, firewall: rows.filter((r) => r.firewall).length }),
    [flows, rows],
  );

  return (
    <div className="matrix-panel">
      <header className="matrix-head">
        <h2>Flow matrix</h2>
        <p className="matrix-counts" aria-live="polite">
          {counts.flows} flow{counts.flows === 1 ? '' : 's'} · {rows.length} row{rows.length === 1 ? '' : 's'} · {counts.firewall} firewall-relevant
          {isFiltered(filter) && ` · showing ${shown.length}`}
        </p>
        <ApprovalBar rows={rows} />
      </header>
      <MatrixFilters rows={rows} />
      {rows.length === 0 ? (
        <p className="matrix-empty">No flows yet. Place components that talk to each other, or draw a flow between two components.</p>
      ) : shown.length === 0 ? (
        <p className="matrix-empty">No rows match these filters.</p>
      ) : (
        <MatrixTable rows={shown} />
      )}
    </div>
  );
}
