/**
 * Reading rule sets back into the flows they allow, independently of the
 * exporters' code: what `nft list ruleset` shows, an ASA configuration, a
 * Windows script, Kubernetes policies. `union` reduces any list of flows to
 * what it allows, so two lists compare by meaning, not by how the ports
 * happen to be grouped.
 */
import { parseAllDocuments } from 'yaml';
import { allowed, type Allowed } from './helpers';

const withPrefix = (address: string) => (address.includes('/') ? address : `${address}/${address.includes(':') ? 128 : 32}`);

/** Per source, destination and protocol, the ports allowed as merged ranges, sorted: `src|dst|tcp|80-81`. */
export function union(list: readonly Allowed[]): string[] {
  const byKey = new Map<string, [number, number][]>();
  for (const entry of list) {
    const parts = entry.split('|');
    const [from, to] = parts[3]!.split('-').map(Number) as [number, number];
    const key = parts.slice(0, 3).join('|');
    byKey.set(key, [...(byKey.get(key) ?? []), [from, to]]);
  }
  const out: string[] = [];
  for (const [key, ranges] of byKey) {
    ranges.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [from, to] of ranges) {
      const last = merged[merged.length - 1];
      if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
      else merged.push([from, to]);
    }
    for (const [from, to] of merged) out.push(`${key}|${from}-${to}`);
  }
  return out.sort();
}

const items = (text: string) =>
  text.startsWith('{')
    ? text
        .slice(1, -1)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [text];

/** The accept rules of `nft list ruleset`, and any rule line that is neither one of them nor the reply rule. */
export function parseNftList(listing: string): { accepted: Allowed[]; other: string[] } {
  const accepted: Allowed[] = [];
  const other: string[] = [];
  const element = String.raw`(\{[^}]*\}|\S+)`;
  const rule = new RegExp(
    String.raw`^(ip6?) saddr ${element} \1 daddr ${element} (tcp|udp) dport ${element} ct state new accept( comment ".*")?$`,
  );
  for (const raw of listing.split('\n')) {
    const line = raw.trim();
    if (line === '' || /^(table|chain|type|\}|ct state established,related accept$)/.test(line)) continue;
    const m = rule.exec(line);
    if (!m) {
      other.push(line);
      continue;
    }
    for (const source of items(m[2]!)) {
      for (const destination of items(m[3]!)) {
        for (const port of items(m[5]!)) {
          const [from, to = from] = port.split('-').map(Number);
          accepted.push(allowed(withPrefix(source), withPrefix(destination), m[4]!, from!, to!));
        }
      }
    }
  }
  return { accepted, other };
}

function maskPrefix(mask: string): number {
  return mask.split('.').reduce((n, octet) => n + Number(octet).toString(2).replace(/0/g, '').length, 0);
}

/** An ASA configuration's permits, through its network and service object-groups. */
export function parseAsa(config: string): Allowed[] {
  const networks = new Map<string, string[]>();
  const services = new Map<string, [number, number][]>();
  let current: { kind: 'network' | 'service'; name: string } | undefined;
  const out: Allowed[] = [];
  const portOf = (words: string[]): [number, number] =>
    words[0] === 'eq' ? [Number(words[1]), Number(words[1])] : [Number(words[1]), Number(words[2])];
  for (const line of config.split('\n')) {
    const group = /^object-group (network|service) (\S+)/.exec(line);
    if (group) {
      current = { kind: group[1] as 'network' | 'service', name: group[2]! };
      continue;
    }
    const object = /^ network-object (.+)$/.exec(line);
    if (object && current?.kind === 'network') {
      const words = object[1]!.split(' ');
      const cidr = words[0] === 'host' ? withPrefix(words[1]!) : words.length === 2 ? `${words[0]}/${maskPrefix(words[1]!)}` : words[0]!;
      networks.set(current.name, [...(networks.get(current.name) ?? []), cidr]);
      continue;
    }
    const port = /^ port-object (.+)$/.exec(line);
    if (port && current?.kind === 'service') {
      services.set(current.name, [...(services.get(current.name) ?? []), portOf(port[1]!.split(' '))]);
      continue;
    }
    const permit = /^access-list \S+ extended permit (tcp|udp) object-group (\S+) object-group (\S+) (.+)$/.exec(line);
    if (!permit) continue;
    const words = permit[4]!.split(' ');
    const ports = words[0] === 'object-group' ? (services.get(words[1]!) ?? []) : [portOf(words)];
    for (const source of networks.get(permit[2]!) ?? []) {
      for (const destination of networks.get(permit[3]!) ?? []) {
        // An ASA entry matches each packet against its own family: a mixed pair allows nothing.
        if (source.includes(':') !== destination.includes(':')) continue;
        for (const [from, to] of ports) out.push(allowed(source, destination, permit[1]!, from, to));
      }
    }
  }
  return out;
}

/** A Windows script's rules as (remote address, protocol, local ports); the destination is the host that runs it. */
export function parseWindows(script: string): Allowed[] {
  const out: Allowed[] = [];
  const marker = ' -Group $Group -Direction Inbound -Action Allow ';
  for (const line of script.split('\n')) {
    if (!line.startsWith('    New-NetFirewallRule ')) continue;
    // User text comes before the marker; the last marker is the script's own.
    const rest = line.slice(line.lastIndexOf(marker) + marker.length);
    const m = /^-Protocol (TCP|UDP) -LocalPort ((?:'[^']*'(?:, )?)+) -RemoteAddress ((?:'[^']*'(?:, )?)+) -Profile Any \| Out-Null$/.exec(
      rest,
    );
    if (!m) throw new Error(`unreadable rule: ${rest}`);
    const quoted = (s: string) => [...s.matchAll(/'([^']*)'/g)].map((x) => x[1]!);
    for (const remote of quoted(m[3]!)) {
      for (const port of quoted(m[2]!)) {
        const [from, to = from] = port.split('-').map(Number);
        out.push(allowed(remote === 'Any' ? 'any' : withPrefix(remote), '*', m[1]!.toLowerCase(), from!, to!));
      }
    }
  }
  return out;
}

interface Policy {
  spec: { ingress?: { from: { ipBlock: { cidr: string } }[]; ports: { protocol: string; port: number; endPort?: number }[] }[] };
}

/** Kubernetes policies' ingress as (ipBlock, protocol, ports); the destination is the selected pods. */
export function parseK8s(source: string): Allowed[] {
  const out: Allowed[] = [];
  for (const doc of parseAllDocuments(source)) {
    if ('errors' in doc && doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
    const policy = doc.toJS() as Policy | null;
    for (const rule of policy?.spec.ingress ?? []) {
      for (const peer of rule.from) {
        for (const port of rule.ports)
          out.push(allowed(peer.ipBlock.cidr, '*', port.protocol.toLowerCase(), port.port, port.endPort ?? port.port));
      }
    }
  }
  return out;
}
