/**
 * "Custom component…": a component of the user's own, with the services it
 * listens on. Each field says what is wrong with it once the user has tried
 * to add (or has typed into it); the definition is saved in the design as a
 * catalogue pack and the component is placed at once.
 */
import { useState, type FormEvent } from 'react';
import { customComponentProblems, MAX_CUSTOM_SERVICES, type CustomServiceInput, type FieldProblem } from '../../model/catalogue/custom';
import { designCatalogue } from '../../store/design-store';
import { defineCustomComponent } from '../palette/pack-commands';
import { Modal } from './Modal';
import './dialogs.css';
import './custom-component.css';

const emptyService = (): CustomServiceInput => ({ name: '', protocol: 'tcp', ports: '', purpose: '', reference: '' });

export function CustomComponentDialog({ at, onClose }: { at: { x: number; y: number }; onClose(): void }) {
  const [name, setName] = useState('');
  const [product, setProduct] = useState('');
  const [services, setServices] = useState<CustomServiceInput[]>([emptyService()]);
  const [tried, setTried] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [refused, setRefused] = useState<FieldProblem[]>([]);

  const input = { name, product, services };
  const problems = [...customComponentProblems(input, designCatalogue()), ...refused];
  const shown = (field: string) => (tried || touched.has(field) ? problems.find((p) => p.field === field)?.message : undefined);
  const touch = (field: string) => setTouched((t) => new Set(t).add(field));
  const setService = (index: number, patch: Partial<CustomServiceInput>) => {
    setRefused([]);
    setServices((list) => list.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length > 0) return;
    const result = defineCustomComponent(input, at);
    if (result.length > 0) setRefused(result);
    else onClose();
  };

  return (
    <Modal title="Custom component" onClose={onClose} className="custom-component-dialog">
      <form onSubmit={submit} noValidate>
        <p className="dialog-note">
          A component the catalogue does not list. Give the services it listens on; flows drawn to it can then name them, and the matrix and
          rule sets cite the reference you give. It is saved in the design.
        </p>
        <div className="custom-fields">
          <Field label="Name" error={shown('name')} id="custom-name">
            <input
              id="custom-name"
              data-autofocus
              value={name}
              placeholder="Billing API"
              onChange={(e) => (setName(e.target.value), setRefused([]))}
              onBlur={() => touch('name')}
              aria-invalid={shown('name') ? true : undefined}
            />
          </Field>
          <Field label="Product" error={shown('product')} id="custom-product">
            <input
              id="custom-product"
              value={product}
              placeholder="Acme Billing"
              onChange={(e) => (setProduct(e.target.value), setRefused([]))}
              onBlur={() => touch('product')}
              aria-invalid={shown('product') ? true : undefined}
            />
          </Field>
        </div>
        <fieldset className="custom-services">
          <legend>Services it listens on</legend>
          {shown('services') && (
            <p role="alert" className="field-error">
              {shown('services')}
            </p>
          )}
          {services.map((service, i) => (
            <ServiceRow
              key={i}
              index={i}
              service={service}
              shown={shown}
              touch={touch}
              onChange={(patch) => setService(i, patch)}
              onRemove={services.length > 1 ? () => setServices((list) => list.filter((_, j) => j !== i)) : undefined}
            />
          ))}
          {services.length < MAX_CUSTOM_SERVICES && (
            <button type="button" className="add-service" onClick={() => setServices((list) => [...list, emptyService()])}>
              Add another service
            </button>
          )}
        </fieldset>
        <div className="dialog-buttons">
          <button type="submit" className="primary">
            Add component
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}

interface RowProps {
  index: number;
  service: CustomServiceInput;
  shown(field: string): string | undefined;
  touch(field: string): void;
  onChange(patch: Partial<CustomServiceInput>): void;
  onRemove: (() => void) | undefined;
}

function ServiceRow({ index, service, shown, touch, onChange, onRemove }: RowProps) {
  const at = `services[${index}]`;
  const id = (field: string) => `custom-service-${index}-${field}`;
  const text = (field: 'name' | 'ports' | 'purpose' | 'reference', placeholder: string, className?: string) => (
    <input
      id={id(field)}
      className={className}
      value={service[field]}
      placeholder={placeholder}
      onChange={(e) => onChange({ [field]: e.target.value })}
      onBlur={() => touch(`${at}.${field}`)}
      aria-invalid={shown(`${at}.${field}`) ? true : undefined}
    />
  );
  return (
    <div className="custom-service" role="group" aria-label={`Service ${index + 1}`}>
      <Field label="Service name" error={shown(`${at}.name`)} id={id('name')}>
        {text('name', 'api')}
      </Field>
      <Field label="Protocol" id={id('protocol')}>
        <select id={id('protocol')} value={service.protocol} onChange={(e) => onChange({ protocol: e.target.value as 'tcp' | 'udp' })}>
          <option value="tcp">TCP</option>
          <option value="udp">UDP</option>
        </select>
      </Field>
      <Field label="Port or range" error={shown(`${at}.ports`)} id={id('ports')}>
        {text('ports', '8443 or 9000-9010', 'mono')}
      </Field>
      <Field label="Purpose" error={shown(`${at}.purpose`)} id={id('purpose')} wide>
        {text('purpose', 'what the port is for')}
      </Field>
      <Field label="Reference URL (optional)" error={shown(`${at}.reference`)} id={id('reference')} wide>
        {text('reference', 'https://…')}
      </Field>
      {onRemove && (
        <button type="button" className="remove-service" onClick={onRemove} aria-label={`Remove service ${index + 1}`}>
          Remove
        </button>
      )}
    </div>
  );
}

function Field({
  label,
  error,
  id,
  wide,
  children,
}: {
  label: string;
  error?: string | undefined;
  id: string;
  wide?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={`custom-field${wide ? ' wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
