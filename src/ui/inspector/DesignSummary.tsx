/** Nothing selected: the design's own details, and how big it has grown. */
import { useDesignStore } from '../../store/design-store';
import { useDeferredDerived } from '../deferred';
import { TextField } from './fields';
import { ProfileEditor } from './ProfileEditor';
import { DesignRequestFields } from './RequestFields';

export function DesignSummary() {
  const meta = useDesignStore((s) => s.design.meta);
  const components = useDesignStore((s) => s.design.components.length);
  const { flows, rows } = useDeferredDerived();
  // As the matrix counts them: what a firewall could see (not host-local, not switched off).
  const flowCount = flows.filter((f) => !f.local && !f.excluded).length;
  const firewallRows = rows.filter((r) => r.firewall).length;
  const setMeta = useDesignStore.getState().setMeta;
  return (
    <div className="inspector-section">
      <h3>Design</h3>
      <TextField
        label="Title"
        value={meta.title}
        onCommit={(text) => {
          const title = text.trim() || 'Untitled design';
          if (title !== meta.title) setMeta({ title });
        }}
      />
      <TextField
        label="Owner"
        value={meta.owner ?? ''}
        onCommit={(text) => {
          const owner = text.trim() || undefined;
          if (owner !== meta.owner) setMeta({ owner });
        }}
      />
      <TextField
        label="Change ticket"
        value={meta.changeTicket ?? ''}
        placeholder="e.g. CHG0012345"
        onCommit={(text) => {
          const changeTicket = text.trim() || undefined;
          if (changeTicket !== meta.changeTicket) setMeta({ changeTicket });
        }}
      />
      <DesignRequestFields />
      <dl className="counts">
        <dt>Components</dt>
        <dd>{components}</dd>
        <dt>Flows</dt>
        <dd>{flowCount}</dd>
        <dt>Matrix rows</dt>
        <dd>{rows.length}</dd>
        <dt>Firewall-relevant rows</dt>
        <dd>{firewallRows}</dd>
      </dl>
      <ProfileEditor />
      <p className="inspector-hint">Select a component, zone or flow on the canvas to edit it.</p>
    </div>
  );
}
