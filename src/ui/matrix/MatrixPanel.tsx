/**
 * The flow matrix: every row a firewall request needs, filterable and
 * sortable, linked both ways with the canvas (a row selects its edge; a
 * selected edge highlights its rows). Sorting runs only when the rows or the
 * sort change; filtering runs on the sorted rows and keeps their order.
 * Rows can be ticked to edit their request fields together.
 */
import { startTransition, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { requestRows, withServiceNames } from '../../model/request/rows';
import type { ServiceNames } from '../../model/request/services';
import { derivedOf } from '../../store/derived';
import { notYet, useDeferredDesign } from '../deferred';
import { useSessionStore } from '../../store/session-store';
import { ApprovalBar } from '../review/ApprovalBar';
import { MatrixChanges, useMatrixDiff } from './MatrixChanges';
import { MatrixFilters } from './MatrixFilters';
import { MatrixTable } from './MatrixTable';
import { filterRows, isFiltered, sortRows } from './rows';
import { afterOpening } from '../../store/after-opening';
import { onDemand } from '../on-demand';
import './matrix.css';

// Editing ticked rows' request fields: loaded with the first tick, or once the design has opened.
const editBar = onDemand(() => import('./MatrixEditBar').then((m) => m.MatrixEditBar));
const MatrixEditBar = editBar.View;

/** After the design has opened, in idle time: the registry is 134 KB gzipped and takes a long task to parse. */
const SERVICE_NAMES_AFTER_MS = 1500;

/**
 * IANA service names load on first use: once the matrix has a row to name,
 * and never while a design is opening (the column fills in a moment later).
 */
function useServiceNames(wanted: boolean): ServiceNames | undefined {
  const [names, setNames] = useState<ServiceNames | undefined>(undefined);
  useEffect(() => {
    if (!wanted || names) return;
    let live = true;
    const load = () =>
      void import('../../model/request/services')
        .then((m) => m.loadServiceNames())
        // A transition: the matrix takes the names in a render the next input may interrupt.
        .then((loaded) => live && startTransition(() => setNames(() => loaded)))
        .catch(() => undefined);
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: SERVICE_NAMES_AFTER_MS });
      else load();
    }, SERVICE_NAMES_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wanted, names]);
  return names;
}

export function MatrixPanel() {
  // The matrix follows edits a moment behind (useDeferredDesign): an edit paints on the canvas first,
  // and so does the design the editor opens with.
  const design = useDeferredDesign(true);
  const opening = notYet(design);
  const { flows, rows: matrixRows } = derivedOf(design);
  const { request, components } = design;
  const serviceNames = useServiceNames(matrixRows.length > 0);
  const unnamed = useMemo(() => requestRows({ components, request }, matrixRows), [components, request, matrixRows]);
  const rows = useMemo(() => (serviceNames ? withServiceNames(unnamed, serviceNames) : unnamed), [unnamed, serviceNames]);
  const diff = useMatrixDiff(rows);
  useEffect(() => void afterOpening().then(editBar.preload), []);
  const sort = useSessionStore((s) => s.sort);
  // Typing in the search box stays responsive; the table catches up a moment later.
  const filter = useDeferredValue(useSessionStore((s) => s.filter));
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const checkedRows = useMemo(() => rows.filter((r) => checked.has(r.id)), [rows, checked]);
  const counts = useMemo(
    () => ({ flows: flows.filter((f) => !f.local && !f.excluded).length, firewall: rows.filter((r) => r.firewall).length }),
    [flows, rows],
  );
  const toggle = (ids: readonly string[], on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });

  return (
    <div className="matrix-panel">
      <header className="matrix-head">
        <h2>Flow matrix</h2>
        {!opening && (
          <p className="matrix-counts" aria-live="polite">
            {counts.flows} flow{counts.flows === 1 ? '' : 's'} · {rows.length} row{rows.length === 1 ? '' : 's'} · {counts.firewall}{' '}
            firewall-relevant
            {isFiltered(filter) && ` · showing ${shown.length}`}
          </p>
        )}
        <ApprovalBar rows={rows} />
      </header>
      <MatrixFilters rows={rows} />
      <MatrixChanges rows={rows} diff={diff} />
      {checkedRows.length > 0 && (
        <Suspense fallback={null}>
          <MatrixEditBar rows={checkedRows} onDone={() => setChecked(new Set())} />
        </Suspense>
      )}
      {opening ? (
        <p className="matrix-empty">Building the flow matrix…</p>
      ) : rows.length === 0 ? (
        <p className="matrix-empty">No flows yet. Place components that talk to each other, or draw a flow between two components.</p>
      ) : shown.length === 0 ? (
        <p className="matrix-empty">No rows match these filters.</p>
      ) : (
        <MatrixTable rows={shown} checked={checked} onCheck={toggle} changes={diff?.kinds} />
      )}
    </div>
  );
}
