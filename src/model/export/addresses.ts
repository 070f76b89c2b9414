/**
 * Addresses as rules use them: canonical, with a prefix, host bits cleared,
 * without duplicates or networks inside another, and split by family.
 */
import ipaddr from 'ipaddr.js';
import { checkAddress } from '../address';

export type Family = 'ipv4' | 'ipv6';

export interface RuleAddress {
  /** Always with a prefix length: `10.0.0.5/32`, `2001:db8::/64`. */
  cidr: string;
  /** The address alone, canonical (`10.0.0.5`, `2001:db8::`). */
  address: string;
  prefix: number;
  family: Family;
  /** A single host (/32 or /128). */
  host: boolean;
  /** An RFC 5737 documentation address standing in for a host without an IP. */
  placeholder: boolean;
}

/** An address or CIDR in canonical form, host bits cleared; undefined when it is not one. */
export function normalise(text: string): RuleAddress | undefined {
  const check = checkAddress(text);
  if (!check.ok) return undefined;
  const value = text.trim();
  try {
    if (check.prefix === null) {
      const ip = ipaddr.parse(value);
      const prefix = check.family === 'ipv4' ? 32 : 128;
      const address = ip.toString();
      return { cidr: `${address}/${prefix}`, address, prefix, family: check.family, host: true, placeholder: false };
    }
    const network = check.family === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(value) : ipaddr.IPv6.networkAddressFromCIDR(value);
    const address = network.toString();
    const max = check.family === 'ipv4' ? 32 : 128;
    return {
      cidr: `${address}/${check.prefix}`,
      address,
      prefix: check.prefix,
      family: check.family,
      host: check.prefix === max,
      placeholder: false,
    };
  } catch {
    return undefined;
  }
}

/**
 * Sorted, without duplicates and without networks inside another one listed:
 * firewalls reject overlapping elements in one set (nftables) or duplicate
 * them, and the smaller network adds nothing.
 */
export function minimalAddresses(addresses: readonly RuleAddress[]): RuleAddress[] {
  const sorted = [...addresses].sort((a, b) => a.prefix - b.prefix || compareAddress(a, b));
  const kept: RuleAddress[] = [];
  for (const candidate of sorted) {
    const parsed = ipaddr.parse(candidate.address);
    const inside = kept.some(
      (k) => k.family === candidate.family && parsed.kind() === ipaddr.parse(k.address).kind() && parsed.match(ipaddr.parseCIDR(k.cidr)),
    );
    if (!inside) kept.push(candidate);
  }
  return kept.sort((a, b) => (a.family === b.family ? compareAddress(a, b) : a.family === 'ipv4' ? -1 : 1));
}

function compareAddress(a: RuleAddress, b: RuleAddress): number {
  const x = ipaddr.parse(a.address).toByteArray();
  const y = ipaddr.parse(b.address).toByteArray();
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.prefix - b.prefix;
}

export function familyText(addresses: readonly RuleAddress[]): string {
  const families = [...new Set(addresses.map((a) => (a.family === 'ipv4' ? 'IPv4' : 'IPv6')))];
  return families.join('+');
}

export interface FamilyView {
  family: Family;
  sources: RuleAddress[];
  destinations: RuleAddress[];
}

/** The rule per address family present at both ends (IPv4 first): a packet never changes family. */
export function familyViews(rule: {
  source: { addresses: readonly RuleAddress[] };
  destination: { addresses: readonly RuleAddress[] };
}): FamilyView[] {
  return (['ipv4', 'ipv6'] as const).flatMap((family) => {
    const sources = rule.source.addresses.filter((a) => a.family === family);
    const destinations = rule.destination.addresses.filter((a) => a.family === family);
    return sources.length > 0 && destinations.length > 0 ? [{ family, sources, destinations }] : [];
  });
}
