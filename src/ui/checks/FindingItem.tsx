/**
 * One finding: what is wrong, the rule, how to fix it, the reference, a link
 * that selects what it points at, and acknowledging it with a reason.
 */
import { useState } from 'react';
import { ruleTitle, type Finding } from '../../model/checks';
import { useChecksView } from '../../store/checks';
import { pairId } from '../../store/derived';
import { useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';

/** The link's text (short) and its title (who and what exactly). */
function targetLabel(finding: Finding, name: (id: string) => string): { text: string; title: string } {
  const t = finding.target;
  switch (t.kind) {
    case 'component':
      return { text: `Select ${name(t.id)}`, title: `Select the component ${name(t.id)} on the canvas` };
    case 'zone':
      return { text: `Select zone ${name(t.id)}`, title: `Select the zone ${name(t.id)} on the canvas` };
    case 'edge':
      return { text: 'Select the edge', title: `Select the edge ${name(t.from)} → ${name(t.to)} on the canvas` };
    case 'row':
      return { text: 'Show in the matrix', title: `Show the rows ${name(t.from)} → ${name(t.to)} in the flow matrix` };
  }
}

function select(finding: Finding): void {
  const session = useSessionStore.getState();
  const t = finding.target;
  if (t.kind === 'component' || t.kind === 'zone') session.selectNodes([t.id]);
  else session.selectEdge(pairId(t.from, t.to));
  // A matrix row is shown where it lives: the flow matrix, scrolled to the selected edge's rows.
  if (t.kind === 'row') useChecksView.getState().setOpen(false);
}

export function FindingItem({ finding, name }: { finding: Finding; name: (id: string) => string }) {
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState(finding.acknowledged?.reason ?? '');
  const acknowledge = useDesignStore((s) => s.acknowledge);
  const link = targetLabel(finding, name);
  const save = () => {
    if (!reason.trim()) return;
    acknowledge(finding.id, reason);
    setEditing(false);
  };
  return (
    <li className={`finding ${finding.severity}${finding.acknowledged ? ' acknowledged' : ''}`} data-finding={finding.id}>
      <div className="finding-head">
        <span className={`severity ${finding.severity}`}>{finding.severity}</span>
        <span className="finding-rule">{ruleTitle(finding.rule)}</span>
        {finding.acknowledged && <span className="finding-silenced">acknowledged</span>}
        <button type="button" className="link" title={link.title} onClick={() => select(finding)}>
          {link.text}
        </button>
      </div>
      <p className="finding-message">{finding.message}</p>
      <p className="finding-fix">
        <strong>Fix:</strong> {finding.fix}
      </p>
      {finding.reference && <p className="finding-reference muted">Reference: {finding.reference}</p>}
      {finding.acknowledged && !editing && (
        <p className="finding-reason">
          <strong>Reason:</strong> {finding.acknowledged.reason}
        </p>
      )}
      {editing ? (
        <form
          className="finding-ack"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <label>
            Why does this finding stand? (saved in the design and the workbook)
            <textarea value={reason} rows={2} maxLength={2000} data-autofocus onChange={(event) => setReason(event.target.value)} />
          </label>
          <div className="finding-actions">
            <button type="submit" disabled={!reason.trim()}>
              Save acknowledgement
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="finding-actions">
          <button type="button" onClick={() => setEditing(true)}>
            {finding.acknowledged ? 'Edit reason' : 'Acknowledge…'}
          </button>
          {finding.acknowledged && (
            <button type="button" onClick={() => acknowledge(finding.id, undefined)}>
              Withdraw acknowledgement
            </button>
          )}
        </div>
      )}
    </li>
  );
}
