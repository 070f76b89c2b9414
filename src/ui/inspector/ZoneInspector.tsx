/** One zone: name, kind and address space. */
import { checkAddress } from '../../model/address';
import { ZoneKind, type Zone } from '../../model/design/schema';
import { useDesignStore } from '../../store/design-store';
import { DeleteButton, TextField, type FieldCheck } from './fields';

const KIND_LABELS: Record<ZoneKind, string> = {
  internet: 'Internet',
  dmz: 'DMZ',
  internal: 'Internal',
  management: 'Management',
  partner: 'Partner',
  cloud: 'Cloud',
  other: 'Other',
};

function checkName(text: string): FieldCheck {
  return text.trim() === '' ? { error: 'a zone needs a name' } : {};
}

function checkCidr(text: string): FieldCheck {
  if (text.trim() === '') return {};
  const result = checkAddress(text);
  if (!result.ok) return { error: result.message };
  // The zone's CIDR is its address space, which a single address is not.
  if (result.prefix === null) return { error: `"${text.trim()}" is an address; a zone's address space is a CIDR such as 10.0.0.0/24` };
  return result.hint ? { hint: result.hint } : {};
}

export function ZoneInspector({ id }: { id: string }) {
  const zone = useDesignStore((s) => s.design.zones.find((z) => z.id === id));
  const members = useDesignStore((s) => s.design.components.filter((c) => c.zone === id).length);
  if (!zone) return null;
  const update = (patch: Partial<Omit<Zone, 'id'>>) => useDesignStore.getState().updateZone(id, patch);
  return (
    <div className="inspector-section">
      <h3>Zone {zone.name}</h3>
      <p className="inspector-type">
        {members} component{members === 1 ? '' : 's'} in this zone
      </p>
      <TextField
        label="Name"
        value={zone.name}
        check={checkName}
        onCommit={(text) => {
          if (text.trim() !== zone.name) update({ name: text.trim() });
        }}
      />
      <div className="field">
        <label htmlFor={`zone-kind-${id}`}>Kind</label>
        <select id={`zone-kind-${id}`} value={zone.kind} onChange={(event) => update({ kind: event.target.value as ZoneKind })}>
          {ZoneKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="CIDR"
        value={zone.cidr ?? ''}
        placeholder="e.g. 10.20.0.0/16"
        check={checkCidr}
        mono
        onCommit={(text) => {
          const cidr = text.trim() || undefined;
          if (cidr !== zone.cidr) update({ cidr });
        }}
      />
      <DeleteButton ids={[id]} label="Delete zone" />
    </div>
  );
}
