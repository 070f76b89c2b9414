/**
 * One edge (a component pair, one direction) and every flow it carries, with
 * where each comes from in the vendor's document, and a switch per flow so a
 * user can leave a documented flow out of the firewall request.
 */
import type { DerivedFlow } from '../../model/derive';
import { useDesignStore } from '../../store/design-store';
import type { FlowPair } from '../../store/derived';
import { useSessionStore } from '../../store/session-store';
import { flowRequestOf, LIFETIME_TEXT, REQUEST_TYPE_TEXT, STATUS_TEXT } from '../../model/request/flow';
import { citationText, componentName, flowPortsText } from './format';
import { FlowRequestEditor } from './FlowRequestEditor';
import { useCatalogueText } from '../catalogue-text';

export function EdgeInspector({ pair }: { pair: FlowPair }) {
  const from = useDesignStore((s) => s.design.components.find((c) => c.id === pair.from));
  const to = useDesignStore((s) => s.design.components.find((c) => c.id === pair.to));
  // A component with a CIDR to itself: its members talk to each other (src/model/peers.ts).
  const title =
    pair.from === pair.to
      ? `Within ${componentName(from, pair.from)}, between the members of its group (host firewalls only)`
      : `From ${componentName(from, pair.from)} to ${componentName(to, pair.to)}`;
  const active = pair.flows.filter((f) => !f.excluded).length;
  return (
    <div className="inspector-section">
      <h3>{title}</h3>
      <p className="inspector-type">
        {pair.flows.length} flow{pair.flows.length === 1 ? '' : 's'}, {active} included
      </p>
      <ul className="flow-list">
        {pair.flows.map((flow) => (
          <FlowItem key={flow.key} flow={flow} last={pair.flows.length === 1} />
        ))}
      </ul>
    </div>
  );
}

function FlowItem({ flow, last }: { flow: DerivedFlow; last: boolean }) {
  const ports = flowPortsText(flow);
  // A catalogue flow's gap note comes with the on-demand text in the editor's build (src/ui/catalogue-text.ts).
  const text = useCatalogueText('now');
  const gap = flow.gap ?? (flow.origin === 'catalogue' ? text?.flowGaps[flow.sourceId] : undefined);
  const tags = [
    flow.local && (flow.localReason ? `Local: ${flow.localReason}` : 'Local to one host'),
    flow.crossesZones && 'Crosses zones',
    !flow.firewall && 'No firewall rule needed',
    flow.origin === 'user' && 'Drawn by you',
    flow.excluded && 'Switched off',
  ].filter((t): t is string => typeof t === 'string');
  const remove = () => {
    useDesignStore.getState().remove([flow.sourceId]);
    // The edge disappears with its last flow; do not leave the inspector pointing at it.
    if (last) useSessionStore.getState().clearSelection();
  };
  return (
    <li className={`flow-item${flow.excluded ? ' excluded' : ''}`}>
      <div className="flow-ports mono">{ports}</div>
      <div className="flow-purpose">{flow.purpose}</div>
      {flow.app && <div className="flow-detail">Application protocol: {flow.app}</div>}
      {flow.condition && <div className="flow-detail">Condition: {flow.condition}</div>}
      {tags.length > 0 && (
        <div className="tags">
          {tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </div>
      )}
      {flow.cite && (
        <div className="flow-cite">
          Source: <cite>{citationText(flow.cite)}</cite>
          {flow.alsoCited.length > 0 && <> (also {flow.alsoCited.map(citationText).join('; ')})</>}
        </div>
      )}
      {gap && <p className="flow-gap">Note: {gap}</p>}
      <FlowRequestDetails flow={flow} />
      <div className="flow-actions">
        <label className="field-check">
          <input
            type="checkbox"
            checked={!flow.excluded}
            onChange={(event) => useDesignStore.getState().setExcluded([flow.key], !event.target.checked)}
          />
          Include {ports}
        </label>
        {flow.origin === 'user' && (
          <button type="button" onClick={remove}>
            Remove
          </button>
        )}
      </div>
    </li>
  );
}

/** The flow's request fields, folded to one line (status, type, lifetime) until opened. */
function FlowRequestDetails({ flow }: { flow: DerivedFlow }) {
  const request = useDesignStore((s) => s.design.request);
  const view = flowRequestOf({ request }, flow);
  const summary = [
    STATUS_TEXT[view.status],
    REQUEST_TYPE_TEXT[view.type],
    view.lifetime === 'temporary' ? `${LIFETIME_TEXT.temporary}${view.expires ? ` until ${view.expires}` : ''}` : LIFETIME_TEXT.permanent,
  ].join(' · ');
  return (
    <details className="flow-request-details">
      <summary>Request: {summary}</summary>
      <FlowRequestEditor flows={[flow]} />
    </details>
  );
}
