/**
 * Request fields for the ticked matrix rows, edited together: a row stands
 * for its flow, so ticking two ports of one flow edits that flow once.
 */
import type { RequestRow } from '../../model/request/rows';
import { FlowRequestEditor } from '../inspector/FlowRequestEditor';

export function MatrixEditBar({ rows, onDone }: { rows: readonly RequestRow[]; onDone(): void }) {
  const flows = [...new Map(rows.map((r) => [r.flowKey, { key: r.flowKey, purpose: r.purpose, cite: r.cite }])).values()];
  return (
    <section className="matrix-edit" aria-label="Edit the selected rows">
      <header>
        <strong>
          {rows.length} row{rows.length === 1 ? '' : 's'} selected ({flows.length} flow{flows.length === 1 ? '' : 's'})
        </strong>
        <button type="button" onClick={onDone}>
          Clear selection
        </button>
      </header>
      <FlowRequestEditor flows={flows} />
    </section>
  );
}
