/** One placed component: its name, host, address and zone, its settings, and who serves it. */
import { addressInCidr, checkAddress } from '../../model/address';
import { hostKey } from '../../model/design/checks';
import type { ComponentInstance } from '../../model/design/schema';
import { designCatalogue, useDesignStore } from '../../store/design-store';
import { ComponentSettings } from './ComponentSettings';
import { DeleteButton, TextField, type FieldCheck } from './fields';
import { componentName } from './format';
import { ServedBy } from './ServedBy';

type Patch = Partial<Omit<ComponentInstance, 'id'>>;

/** Empty means "not set": the key leaves the design rather than holding "". */
const optional = (text: string) => text.trim() || undefined;

export function ComponentInspector({ id }: { id: string }) {
  const instance = useDesignStore((s) => s.design.components.find((c) => c.id === id));
  const zones = useDesignStore((s) => s.design.zones);
  if (!instance) return null;
  const type = designCatalogue().components.get(instance.type);
  const product = type ? designCatalogue().products.get(type.product) : undefined;
  const update = (patch: Patch) => useDesignStore.getState().updateComponent(id, patch);
  // Only a real change becomes an undo step.
  const commitText = (field: 'label' | 'host' | 'ip' | 'nat') => (text: string) => {
    const value = optional(text);
    if (value !== instance[field]) update({ [field]: value });
  };
  const zone = zones.find((z) => z.id === instance.zone);

  const checkIp = (text: string): FieldCheck => {
    if (text.trim() === '') return {};
    const result = checkAddress(text);
    if (!result.ok) return { error: result.message };
    if (result.hint) return { hint: result.hint };
    if (zone?.cidr && addressInCidr(text, zone.cidr) === false) return { hint: `outside zone ${zone.name} (${zone.cidr})` };
    return {};
  };

  const checkNat = (text: string): FieldCheck => {
    if (text.trim() === '') return {};
    const result = checkAddress(text);
    return result.ok ? (result.hint ? { hint: result.hint } : {}) : { error: result.message };
  };

  return (
    <div className="inspector-section">
      <h3>{componentName(instance)}</h3>
      <p className="inspector-type">
        {product ? `${product.name}: ` : ''}
        {type?.name ?? instance.type}
      </p>
      <TextField label="Label" value={instance.label ?? ''} placeholder={type?.name} onCommit={commitText('label')} />
      <TextField label="Host name" value={instance.host ?? ''} placeholder="e.g. app01" onCommit={commitText('host')} mono />
      <TextField
        label="IP or CIDR"
        value={instance.ip ?? ''}
        placeholder="e.g. 10.0.0.5"
        onCommit={commitText('ip')}
        check={checkIp}
        mono
      />
      <TextField
        label="NAT address (as translated)"
        value={instance.nat ?? ''}
        placeholder="optional, e.g. 203.0.113.5"
        onCommit={commitText('nat')}
        check={checkNat}
        mono
      />
      <div className="field">
        <label htmlFor={`zone-of-${id}`}>Zone</label>
        <select id={`zone-of-${id}`} value={instance.zone ?? ''} onChange={(event) => update({ zone: event.target.value || undefined })}>
          <option value="">No zone</option>
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name}
            </option>
          ))}
        </select>
      </div>
      <CoLocation instance={instance} />
      {type && <ComponentSettings instance={instance} type={type} />}
      <ServedBy instance={instance} />
      <DeleteButton ids={[id]} label="Delete component" />
    </div>
  );
}

/** Components on one host talk locally: say which, since their flows leave the matrix. */
function CoLocation({ instance }: { instance: ComponentInstance }) {
  const components = useDesignStore((s) => s.design.components);
  const key = hostKey(instance.host);
  if (!key) return null;
  const others = components.filter((c) => c.id !== instance.id && hostKey(c.host) === key);
  if (others.length === 0) return null;
  return (
    <p className="inspector-note">
      Shares host {instance.host?.trim()} with: {others.map((c) => componentName(c)).join(', ')}
    </p>
  );
}
