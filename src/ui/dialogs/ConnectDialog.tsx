/**
 * Drawing a flow by hand (a drag from one component's handle to another's):
 * to one of the listener's documented services, whose ports then follow the
 * listener's parameters, or to a custom port the documents do not name.
 */
import { useState, type FormEvent } from 'react';
import type { Catalogue } from '../../model/catalogue/load';
import type { ComponentInstance } from '../../model/design/schema';
import { servicesOf } from '../../model/design/services';
import { conditionText, listenerPorts, listenerSettings } from '../../model/listener';
import { flowPortsText } from '../../model/ports';
import { designCatalogue, useDesignStore } from '../../store/design-store';
import { pairId } from '../../store/derived';
import { useSessionStore } from '../../store/session-store';
import { citationText, componentName } from '../inspector/format';
import { Modal } from './Modal';
import { parsePortInput } from './port-input';
import './dialogs.css';

const CUSTOM = 'custom';

export function ConnectDialog() {
  const dialog = useSessionStore((s) => s.dialog);
  if (dialog?.kind !== 'connect') return null;
  // Keyed by the pair, so a new drag starts with a fresh form.
  return <ConnectForm key={pairId(dialog.from, dialog.to)} from={dialog.from} to={dialog.to} />;
}

/**
 * The listener's services with their ports and conditions as derivation will
 * resolve them (the same model functions: its parameters, offset and option labels).
 */
function offeredServices(initiator: ComponentInstance, listener: ComponentInstance, cat: Catalogue) {
  const type = cat.components.get(listener.type);
  if (!type) return [];
  const settings = listenerSettings(listener, type);
  const initiatorOptions = cat.components.get(initiator.type)?.options ?? [];
  return servicesOf(cat, listener.type).map(({ key, service }) => ({
    key,
    service,
    ports: flowPortsText({ protocols: service.protocols, ports: listenerPorts(service.ports, settings) }),
    condition: conditionText(service.when, (side) => (side === 'from' ? initiatorOptions : type.options)),
  }));
}

function ConnectForm({ from, to }: { from: string; to: string }) {
  const source = useDesignStore((s) => s.design.components.find((c) => c.id === from));
  const listener = useDesignStore((s) => s.design.components.find((c) => c.id === to));
  const [services] = useState(() => (source && listener ? offeredServices(source, listener, designCatalogue()) : []));
  const [choice, setChoice] = useState(services[0]?.key ?? CUSTOM);
  const [protocol, setProtocol] = useState<'tcp' | 'udp'>('tcp');
  const [portText, setPortText] = useState('');
  const [purpose, setPurpose] = useState('');
  const [tried, setTried] = useState(false);
  const close = () => useSessionStore.getState().openDialog(undefined);
  if (!source || !listener) return null;

  const custom = choice === CUSTOM;
  const port = parsePortInput(portText);
  const portError = custom && !port.ok && (tried || portText.trim() !== '') ? port.message : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const store = useDesignStore.getState();
    if (!custom) store.addUserFlow({ from, to, service: choice });
    else if (port.ok) store.addUserFlow({ from, to, protocol, ports: port.range, ...(purpose.trim() && { purpose: purpose.trim() }) });
    else {
      setTried(true);
      return;
    }
    close();
    useSessionStore.getState().selectEdge(pairId(from, to));
  };

  const title = `New flow from ${componentName(source)} to ${componentName(listener)}`;
  return (
    <Modal title={title} onClose={close} className="connect-dialog">
      <form onSubmit={submit}>
        <p className="dialog-note">
          Flows the vendors document between these two are drawn already. Add one here for a service of {componentName(listener)}, or a port
          the documents do not name.
        </p>
        <fieldset className="service-list">
          <legend>What does {componentName(listener)} serve on this flow?</legend>
          {services.length === 0 && <p className="dialog-note">{componentName(listener)} has no documented listener-only services.</p>}
          {services.map((s, i) => (
            <label key={s.key} className="service-option">
              <input
                type="radio"
                name="service"
                value={s.key}
                checked={choice === s.key}
                onChange={() => setChoice(s.key)}
                data-autofocus={i === 0 || undefined}
              />
              <span className="service-text">
                <span className="mono">{s.ports}</span> {s.service.purpose}
                {s.service.app && ` (${s.service.app})`}
                {s.condition && <span className="service-detail"> when {s.condition}</span>}
                <cite className="service-detail">{citationText(s.service.cite)}</cite>
              </span>
            </label>
          ))}
          <label className="service-option">
            <input
              type="radio"
              name="service"
              value={CUSTOM}
              checked={custom}
              onChange={() => setChoice(CUSTOM)}
              data-autofocus={services.length === 0 || undefined}
            />
            <span className="service-text">Custom port</span>
          </label>
        </fieldset>
        {custom && (
          <div className="custom-port">
            <label>
              Protocol
              <select value={protocol} onChange={(event) => setProtocol(event.target.value as 'tcp' | 'udp')}>
                <option value="tcp">TCP</option>
                <option value="udp">UDP</option>
              </select>
            </label>
            <label>
              Port or range
              <input
                className="mono"
                value={portText}
                placeholder="8080 or 8000-8010"
                inputMode="numeric"
                aria-invalid={portError ? true : undefined}
                aria-describedby={portError ? 'connect-port-error' : undefined}
                onChange={(event) => setPortText(event.target.value)}
              />
            </label>
            {portError && (
              <p id="connect-port-error" role="alert" className="field-error">
                {portError}
              </p>
            )}
            <label>
              Purpose (optional)
              <input value={purpose} placeholder="what this flow is for" onChange={(event) => setPurpose(event.target.value)} />
            </label>
          </div>
        )}
        <div className="dialog-buttons">
          <button type="submit" className="primary">
            Add flow
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
