/**
 * What a placed listener offers, worked out once for derivation and for the
 * connect dialog alike: its ports resolved with its own parameters and port
 * offset, and the readable condition that switches a flow or service on.
 */
import type { CatalogueComponent } from './catalogue/load';
import type { Condition, PortSpec } from './catalogue/schema';
import { effectiveParams, portOffsetOf } from './design/instance';
import type { ComponentInstance } from './design/schema';
import { resolvePorts, type ParamValues, type ResolvedPorts } from './ports';

/** A listener's parameter values and the offset they give every port (WSO2). */
export interface ListenerSettings {
  params: ParamValues;
  offset: number;
}

export function listenerSettings(instance: ComponentInstance, type: CatalogueComponent): ListenerSettings {
  const params = effectiveParams(instance, type);
  return { params, offset: portOffsetOf(params, type) };
}

/** A catalogue port spec as this listener serves it. */
export function listenerPorts(spec: PortSpec, listener: ListenerSettings): ResolvedPorts {
  return resolvePorts(spec, listener.params, listener.offset);
}

/**
 * `Security Pack: on; Directory: LDAP`, naming each option as its component
 * type labels it; undefined when nothing is conditional. `optionsOf` gives
 * the options of the initiator (`from`) or the listener (`to`).
 */
export function conditionText(
  when: readonly Condition[],
  optionsOf: (side: Condition['side']) => CatalogueComponent['options'],
): string | undefined {
  if (when.length === 0) return undefined;
  return when
    .map((c) => {
      const option = optionsOf(c.side).find((o) => o.id === c.option);
      if (!option) return `${c.option}: ${String(c.is)}`;
      const value =
        option.type === 'boolean' ? (c.is ? 'on' : 'off') : (option.choices.find((ch) => ch.value === c.is)?.label ?? String(c.is));
      return `${option.label}: ${value}`;
    })
    .join('; ');
}
