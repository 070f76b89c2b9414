/**
 * IP addresses and CIDRs as users type them, checked with ipaddr.js.
 * A CIDR with host bits set is accepted with a hint (the user may mean the
 * host, or the network); it is never silently rewritten.
 */
import ipaddr from 'ipaddr.js';

export type AddressCheck = { ok: true; family: 'ipv4' | 'ipv6'; prefix: number | null; hint?: string } | { ok: false; message: string };

export function checkAddress(text: string): AddressCheck {
  const value = text.trim();
  if (value === '') return { ok: false, message: 'the address is empty' };
  // Zone-scoped IPv6 (fe80::1%eth0) is meaningless to a remote firewall.
  if (value.includes('%')) return { ok: false, message: `"${value}" has an interface scope (%...), which a firewall rule cannot use` };
  if (value.includes('/')) {
    let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
    try {
      parsed = ipaddr.parseCIDR(value);
    } catch {
      return { ok: false, message: `"${value}" is not a valid CIDR (expected e.g. 10.0.0.0/24 or 2001:db8::/32)` };
    }
    const [address, prefix] = parsed;
    const family = address.kind();
    const written = value.slice(0, value.indexOf('/'));
    if (family === 'ipv4' && !ipaddr.IPv4.isValidFourPartDecimal(written)) {
      return { ok: false, message: `"${value}" is not a valid CIDR (write the address as four numbers, e.g. 10.0.0.0/8)` };
    }
    const network = family === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(value) : ipaddr.IPv6.networkAddressFromCIDR(value);
    if (network.toString() !== address.toString()) {
      return { ok: true, family, prefix, hint: `host bits are set: the network is ${network.toString()}/${prefix}` };
    }
    return { ok: true, family, prefix };
  }
  if (ipaddr.IPv4.isValidFourPartDecimal(value)) return { ok: true, family: 'ipv4', prefix: null };
  if (ipaddr.IPv6.isValid(value)) return { ok: true, family: 'ipv6', prefix: null };
  return { ok: false, message: `"${value}" is not an IPv4 or IPv6 address` };
}

/** Whether an address (or CIDR) lies inside a zone's CIDR; undefined when either is unusable. */
export function addressInCidr(address: string, cidr: string): boolean | undefined {
  try {
    const [network, prefix] = ipaddr.parseCIDR(cidr.trim());
    const a = address.trim();
    const ip = a.includes('/') ? ipaddr.parseCIDR(a)[0] : ipaddr.parse(a);
    if (ip.kind() !== network.kind()) return false;
    return ip.match([network, prefix]);
  } catch {
    return undefined;
  }
}

/**
 * An address in one spelling: `10.0.0.5/32`, `10.0.0.0/24` (host bits
 * cleared), `2001:db8::/64`; undefined when it is not one. Two components
 * with the same canonical address are the same machine or group of machines.
 */
export function canonicalAddress(text: string | undefined): { cidr: string; host: boolean } | undefined {
  if (text === undefined) return undefined;
  const check = checkAddress(text);
  if (!check.ok) return undefined;
  const value = text.trim();
  const max = check.family === 'ipv4' ? 32 : 128;
  try {
    if (check.prefix === null) return { cidr: `${ipaddr.parse(value).toString()}/${max}`, host: true };
    const network = check.family === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(value) : ipaddr.IPv6.networkAddressFromCIDR(value);
    return { cidr: `${network.toString()}/${check.prefix}`, host: check.prefix === max };
  } catch {
    return undefined;
  }
}
