/**
 * Discovery stays on its segment: broadcast and multicast (Open Cobalt's CRQT
 * on 255.255.255.255, SSDP, WSO2's multicast membership) reach only the
 * machines on one network segment. A router does not forward a broadcast, and
 * forwards multicast only where multicast routing is set up, so these flows
 * are derived only between two components on one segment.
 *
 * One segment, as Portolan reads a design:
 * - both components in the same zone (no zone counts as one zone), and
 * - neither in an Internet zone (the Internet is not a segment), and
 * - where both have addresses, the addresses say one subnet: both inside the
 *   zone's CIDR when the zone gives one, else overlapping once a host address
 *   is widened to its /24 (IPv4) or /64 (IPv6), the usual size of one LAN.
 *   Without addresses the zone alone decides.
 */
import type ipaddr from 'ipaddr.js';
import { addressInCidr, checkAddress, parseCidr, parseHost } from './address';
import type { ComponentInstance, Zone } from './design/schema';

/** A host address widened to this prefix stands for its LAN when no zone CIDR says otherwise. */
export const SEGMENT_PREFIX = { ipv4: 24, ipv6: 64 } as const;

type Ends = Pick<ComponentInstance, 'zone' | 'ip'>;

export function sameSegment(a: Ends, b: Ends, zones: ReadonlyMap<string, Zone>): boolean {
  if ((a.zone ?? '') !== (b.zone ?? '')) return false;
  const zone = a.zone === undefined ? undefined : zones.get(a.zone);
  if (zone?.kind === 'internet') return false;
  const ipA = a.ip?.trim();
  const ipB = b.ip?.trim();
  if (!ipA || !ipB) return true;
  const cidr = zone?.cidr?.trim();
  if (cidr && addressInCidr(ipA, cidr) === true && addressInCidr(ipB, cidr) === true) return true;
  const netA = lan(ipA);
  const netB = lan(ipB);
  if (!netA || !netB || netA[0].kind() !== netB[0].kind()) return false;
  return netA[0].match(netB) || netB[0].match(netA);
}

/** The network an address stands in: a CIDR as written, a host widened to its LAN. */
function lan(text: string): [ipaddr.IPv4 | ipaddr.IPv6, number] | undefined {
  const check = checkAddress(text);
  if (!check.ok) return undefined;
  try {
    if (check.prefix !== null) return parseCidr(text);
    const address = parseHost(text);
    return [address, SEGMENT_PREFIX[check.family]];
  } catch {
    return undefined;
  }
}

/** How the matrix and the exports name local-segment traffic. */
export function segmentText(kind: 'broadcast' | 'multicast'): string {
  return `local segment (${kind}): stays on one network segment, no router forwards it`;
}
