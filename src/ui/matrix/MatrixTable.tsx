/**
 * The matrix rows, windowed: only the rows in view (plus a margin) are in the
 * DOM, between two spacer rows that keep the scroll height right, so a design
 * with thousands of rows scrolls and filters without delay. Rows have one
 * fixed height (long cells are cut short, with the full text as a tooltip).
 */
import { memo, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MatrixRow } from '../../model/matrix';
import { pairId } from '../../store/derived';
import { useSessionStore } from '../../store/session-store';
import { COLUMNS } from './rows';
import type { RequestRow } from '../../model/request/rows';
import { openCountsOf } from '../../store/comments';
import { useDesignStore } from '../../store/design-store';

export const ROW_HEIGHT = 28;
const OVERSCAN = 8;
/**
 * Until the scroller is measured (and where nothing lays out, as in jsdom): the scroller's height
 * under a 1440×900 window's default panels (118 px). The first render of a large matrix lands while
 * the editor opens: every row more is a dozen cells more to lay out then, and a guess that differs
 * from the measured height renders the table again once it is measured.
 */
const FALLBACK_HEIGHT = 120;

const edgeOf = (row: MatrixRow) => pairId(row.source.componentId, row.destination.componentId);
/** A selected edge highlights the rows of both its directions: the canvas draws them as one edge. */
const onEdge = (row: MatrixRow, selected: string | undefined) => {
  if (!selected) return false;
  const [from, to] = selected.split('>');
  const a = row.source.componentId;
  const b = row.destination.componentId;
  return (a === from && b === to) || (a === to && b === from);
};

interface TableProps {
  rows: readonly RequestRow[];
  /** Ticked row ids (for editing request fields together). */
  checked: ReadonlySet<string>;
  onCheck(ids: readonly string[], on: boolean): void;
  /** Since the baseline: row id → added or changed. */
  changes?: ReadonlyMap<string, string> | undefined;
}

export function MatrixTable({ rows, checked, onCheck, changes }: TableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);
  const sort = useSessionStore((s) => s.sort);
  const setSort = useSessionStore((s) => s.setSort);
  const selectedEdge = useSessionStore((s) => s.selectedEdge);
  const comments = useDesignStore((s) => openCountsOf(s.design).rows);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // Reports the initial size too, so no separate first measurement is needed.
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Selecting an edge on the canvas brings its first row into view, once per selection.
  const scrolledFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    const element = scroller.current;
    if (!selectedEdge || selectedEdge === scrolledFor.current || !element) {
      scrolledFor.current = selectedEdge;
      return;
    }
    scrolledFor.current = selectedEdge;
    const index = rows.findIndex((row) => onEdge(row, selectedEdge));
    if (index < 0) return;
    const top = index * ROW_HEIGHT;
    const view = element.clientHeight || FALLBACK_HEIGHT;
    // The sticky header covers one row's height at the top.
    if (top < element.scrollTop || top + 2 * ROW_HEIGHT > element.scrollTop + view) element.scrollTop = Math.max(0, top - 2 * ROW_HEIGHT);
  }, [selectedEdge, rows]);

  const view = height || FALLBACK_HEIGHT;
  // When a filter shrinks the rows, the browser clamps the scroll position without always
  // reporting it; clamp here too, or the window would lie past the last row.
  const top = Math.min(scrollTop, Math.max(0, rows.length * ROW_HEIGHT - view));
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + view) / ROW_HEIGHT) + OVERSCAN);
  const above = first * ROW_HEIGHT;
  const below = (rows.length - last) * ROW_HEIGHT;

  return (
    <div className="matrix-scroll" ref={scroller} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <table className="matrix-table" aria-rowcount={rows.length + 1} aria-label="Flow matrix rows">
        <colgroup>
          <col className="col-check" />
          {COLUMNS.map((c) => (
            <col key={c.id} className={`col-${c.id}`} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="cell-check">
              <input
                type="checkbox"
                aria-label="Select every row shown"
                checked={rows.length > 0 && rows.every((r) => checked.has(r.id))}
                onChange={(event) =>
                  onCheck(
                    rows.map((r) => r.id),
                    event.target.checked,
                  )
                }
              />
            </th>
            {COLUMNS.map((c) => (
              <th key={c.id} scope="col" aria-sort={sort.column === c.id ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                <button type="button" onClick={() => setSort(c.id)}>
                  {c.header}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.column === c.id ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {above > 0 && <Spacer height={above} />}
          {rows.slice(first, last).map((row, i) => (
            <Row
              key={row.id}
              row={row}
              index={first + i}
              selected={onEdge(row, selectedEdge)}
              checked={checked.has(row.id)}
              onCheck={onCheck}
              change={changes?.get(row.id)}
              comments={comments.get(row.id) ?? 0}
            />
          ))}
          {below > 0 && <Spacer height={below} />}
        </tbody>
      </table>
    </div>
  );
}

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="matrix-spacer" style={{ height }}>
      <td colSpan={COLUMNS.length + 1} />
    </tr>
  );
}

function onRowKey(event: KeyboardEvent<HTMLTableRowElement>, row: MatrixRow) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    useSessionStore.getState().selectEdge(edgeOf(row));
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    // Move between rows like a list; the browser scrolls the focused row into view.
    const next = event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
    if (next instanceof HTMLElement && next.tabIndex >= 0) {
      event.preventDefault();
      next.focus();
    }
  }
}

interface RowProps {
  row: RequestRow;
  index: number;
  selected: boolean;
  checked: boolean;
  onCheck(ids: readonly string[], on: boolean): void;
  change?: string | undefined;
  /** Open comment threads on the row. */
  comments: number;
}

/** Opens the Comments panel on a row (and selects its edge). */
function commentOnRow(event: { stopPropagation(): void }, row: MatrixRow) {
  event.stopPropagation();
  useSessionStore.getState().selectEdge(edgeOf(row));
  useSessionStore.getState().setComments({ open: true, focus: { kind: 'row', id: row.id } });
}

const Row = memo(function Row({ row, index, selected, checked, onCheck, change, comments }: RowProps) {
  const classes = [
    'matrix-row',
    !row.firewall && 'internal',
    selected && 'selected',
    checked && 'checked',
    change && `diff-${change}`,
    row.origin === 'user' && 'user',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      className={classes}
      tabIndex={0}
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      data-row-id={row.id}
      data-change={change}
      onClick={() => useSessionStore.getState().selectEdge(edgeOf(row))}
      onKeyDown={(event) => onRowKey(event, row)}
    >
      <td className="cell-check" onClick={(event) => event.stopPropagation()}>
        <input
          type="checkbox"
          aria-label={`Select ${row.ref}`}
          checked={checked}
          onChange={(event) => onCheck([row.id], event.target.checked)}
          onKeyDown={(event) => event.stopPropagation()}
        />
      </td>
      {COLUMNS.map((c) => {
        const text = c.text(row);
        return (
          <td key={c.id} title={text || undefined} className={`cell-${c.id}`}>
            {text}
            {c.id === 'ref' && !row.firewall && <span className="tag">internal</span>}
            {c.id === 'ref' && row.segment && (
              <span className="tag" title={`Local segment: ${row.segment} discovery, which no router forwards`}>
                segment
              </span>
            )}
            {c.id === 'ref' && row.withinGroup && (
              <span
                className="tag"
                title={`Between the members of the group ${row.withinGroup}: for host firewalls, not network rule sets`}
              >
                group
              </span>
            )}
            {c.id === 'ref' && change && <span className="tag">{change}</span>}
            {c.id === 'ref' && comments > 0 && (
              <button
                type="button"
                className="comment-badge"
                onClick={(event) => commentOnRow(event, row)}
                onKeyDown={(event) => event.stopPropagation()}
                aria-label={`${comments} open comment thread${comments === 1 ? '' : 's'} on ${row.ref}`}
              >
                {comments}
              </button>
            )}
          </td>
        );
      })}
    </tr>
  );
});
