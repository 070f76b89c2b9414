/** Review sign-off beside the matrix: who approved it, whether it is still current, and Approve. */
import { useState } from 'react';
import type { MatrixRow } from '../../model/matrix';
import { approvalStatus, approve } from '../../model/review/approval';
import { useDesignStore } from '../../store/design-store';

export function ApprovalBar({ rows }: { rows: readonly MatrixRow[] }) {
  const approvals = useDesignStore((s) => s.design.approvals);
  const [name, setName] = useState<string | undefined>(undefined);
  const status = approvalStatus(approvals, rows);
  const sign = () => {
    if (!name?.trim()) return;
    const design = useDesignStore.getState().design;
    const approval = approve(name.slice(0, 200), rows, new Date(), `approval-${Date.now().toString(36)}`);
    useDesignStore.getState().replace({ ...design, approvals: [...(design.approvals ?? []), approval] });
    setName(undefined);
  };
  return (
    <div className="approval-bar">
      {status && (
        <span className={`approval ${status.current ? 'current' : 'stale'}`} title={status.approval.fingerprint} role="status">
          {status.current ? 'Approved' : 'Approval out of date'} · {status.approval.name} · {status.approval.at.slice(0, 10)}
        </span>
      )}
      {name === undefined ? (
        <button type="button" onClick={() => setName('')} disabled={rows.length === 0}>
          Approve matrix…
        </button>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            sign();
          }}
          onKeyDown={(e) => {
            // As Cancel: the editor's own Escape (clear the selection) is not what the reviewer meant.
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            setName(undefined);
          }}
        >
          <input
            aria-label="Reviewer name"
            placeholder="Your name"
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
          <button type="submit" disabled={!name.trim()}>
            Approve
          </button>
          <button type="button" onClick={() => setName(undefined)}>
            Cancel
          </button>
        </form>
      )}
    </div>
  );
}
