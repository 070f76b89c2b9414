/**
 * Rules about hosts and addresses: two listeners on one port of one host
 * (3), an address outside its zone's CIDR (4), one host with two addresses
 * or zones (5).
 */
import { addressInCidr, checkAddress } from '../address';
import { hostKey } from '../design/checks';
import { formatRange } from '../ports';
import { oneOf } from './context';
import { openPorts, overlaps } from './open-ports';
import type { CheckContext, Finding, PlacedComponent } from './types';

/** Components by host: the same host name, else the same single IP. */
function byHost(context: CheckContext): Map<string, PlacedComponent[]> {
  const hosts = new Map<string, PlacedComponent[]>();
  for (const component of context.placed.values()) {
    const name = hostKey(component.instance.host);
    const ip = component.instance.ip?.trim();
    const key = name ? `host:${name}` : ip && !ip.includes('/') ? `ip:${ip}` : undefined;
    if (key) hosts.set(key, [...(hosts.get(key) ?? []), component]);
  }
  return hosts;
}

/**
 * Rule 3. A port both components open, unless the vendor documents them
 * talking to each other on it: then it is one shared service (Tachyon's
 * Master and Response Stacks share IIS on 443 on a single server).
 */
export function portClash(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const [key, members] of byHost(context)) {
    if (members.length < 2) continue;
    const ports = members.map((m) => openPorts(m, context.catalogue));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        const between = new Set(
          context.catalogue.flows
            .filter(
              (f) =>
                (a.type.roles.includes(f.from) && b.type.roles.includes(f.to)) ||
                (b.type.roles.includes(f.from) && a.type.roles.includes(f.to)),
            )
            .map((f) => f.id),
        );
        const clashes: string[] = [];
        for (const pa of ports[i]!) {
          for (const pb of ports[j]!) {
            if (pa.protocol !== pb.protocol || !overlaps(pa.range, pb.range)) continue;
            if ([...pa.flowIds, ...pb.flowIds].some((id) => between.has(id))) continue;
            const from = Math.max(pa.range.from, pb.range.from);
            const to = Math.min(pa.range.to, pb.range.to);
            clashes.push(`${pa.protocol} ${formatRange({ from, to })}`);
          }
        }
        if (clashes.length === 0) continue;
        const unique = [...new Set(clashes)];
        const offset = [a, b].map((m) => m.type.params.find((p) => p.id === m.type.portOffsetParam)?.label).find(Boolean);
        findings.push({
          id: `port-clash:${a.instance.id}:${b.instance.id}`,
          rule: 'port-clash',
          severity: 'error',
          message: `${a.name} and ${b.name} share host ${key.slice(key.indexOf(':') + 1)} and both listen on ${oneOf(unique.slice(0, 8), 'and')}${unique.length > 8 ? ` (and ${unique.length - 8} more)` : ''}: the second one to start cannot bind the port.`,
          fix: offset
            ? `Give one of them a different ${offset}, or put them on separate hosts.`
            : 'Move one of them to another host, or change the port in its settings.',
          target: { kind: 'component', id: b.instance.id },
        });
      }
    }
  }
  return findings;
}

/** Rule 5: components on one host disagree on its IP address or zone. The design still opens; this says so. */
export function hostTwoAddresses(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const [key, members] of byHost(context)) {
    if (!key.startsWith('host:') || members.length < 2) continue;
    const host = members[0]!.instance.host!.trim();
    for (const field of ['ip', 'zone'] as const) {
      const seen = new Map<string, PlacedComponent>();
      for (const m of members) {
        const value = m.instance[field]?.trim();
        if (value && !seen.has(value)) seen.set(value, m);
      }
      if (seen.size < 2) continue;
      const values = [...seen].map(
        ([value, m]) => `${field === 'zone' ? `"${context.design.zones.find((z) => z.id === value)?.name ?? value}"` : value} (${m.name})`,
      );
      const first = [...seen.values()][0]!;
      findings.push({
        id: `host-two-addresses:${hostKey(host)}:${field}`,
        rule: 'host-two-addresses',
        severity: 'error',
        message: `Host "${host}" has ${field === 'ip' ? 'two addresses' : 'two zones'}: ${oneOf(values, 'and')}. One host has one ${field === 'ip' ? 'address' : 'zone'}, so a firewall rule cannot be written for both.`,
        fix: `Give every component on "${host}" the same ${field === 'ip' ? 'IP address' : 'zone'} as ${first.name}, or give the others their own host name.`,
        target: { kind: 'component', id: [...seen.values()][1]!.instance.id },
      });
    }
  }
  return findings;
}

/** Parsing addresses is the slow part; the same address and zone CIDR give the same answer on every edit. */
const insideCache = new Map<string, boolean | undefined>();
function inside(ip: string, cidr: string): boolean | undefined {
  const key = `${ip}|${cidr}`;
  if (!insideCache.has(key)) {
    if (insideCache.size > 20000) insideCache.clear();
    insideCache.set(key, checkAddress(ip).ok ? addressInCidr(ip, cidr) : undefined);
  }
  return insideCache.get(key);
}

/** Rule 4, addresses: an IP or CIDR outside the CIDR its zone declares. */
export function addressOutsideZone(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const component of context.placed.values()) {
    const ip = component.instance.ip?.trim();
    const zone = component.instance.zone === undefined ? undefined : context.zoneById.get(component.instance.zone);
    if (!ip || !zone?.cidr || inside(ip, zone.cidr) !== false) continue;
    findings.push({
      id: `address-outside-zone:${component.instance.id}`,
      rule: 'address-outside-zone',
      severity: 'warning',
      message: `${component.name} has address ${ip}, outside ${zone.cidr}, the address space of its zone "${zone.name}".`,
      fix: `Correct the address, move the component to the zone its address belongs to, or correct the zone's CIDR.`,
      target: { kind: 'component', id: component.instance.id },
    });
  }
  return findings;
}
