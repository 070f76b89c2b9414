/**
 * IP addresses and CIDRs as users type them, checked with ipaddr.js.
 * A CIDR with host bits set is accepted with a hint (the user may mean the
 * host, or the network); it is never silently rewritten.
 */
import ipaddr from 'ipaddr.js';

export type AddressCheck = { ok: true; family: 'ipv4' | 'ipv6'; prefix: number | null; hint?: string } | { ok: false; message: string };

/**
 * Results by input text. Derivation, the checks and restore ask about the
 * same few addresses thousands of times on a large estate, and ipaddr.js
 * tries IPv6 first and throws for every IPv4 CIDR: parsing was a quarter of
 * the load of a 2000-component design. Results are read-only; the cache
 * starts again when it is full, so it never grows with what a user types.
 */
function remembered<K, V>(compute: (key: K) => V, limit = 20_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}

export const checkAddress: (text: string) => Readonly<AddressCheck> = remembered(checkAddressText);

function checkAddressText(text: string): AddressCheck {
  const value = text.trim();
  if (value === '') return { ok: false, message: 'the address is empty' };
  // Zone-scoped IPv6 (fe80::1%eth0) is meaningless to a remote firewall.
  if (value.includes('%')) return { ok: false, message: `"${value}" has an interface scope (%...), which a firewall rule cannot use` };
  if (value.includes('/')) {
    let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
    try {
      parsed = parseCidr(value);
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
  const network = networkOf(cidr.trim());
  const a = address.trim();
  const ip = a.includes('/') ? networkOf(a)?.[0] : hostOf(a);
  if (!network || !ip) return undefined;
  if (ip.kind() !== network[0].kind()) return false;
  return ip.match(network);
}

// ipaddr.parse and parseCIDR try IPv6 first and throw on every IPv4 text (a quarter of restoring 2000
// components, each with its own address); the family is plain from the text: only IPv6 has a colon.
/** ipaddr.parseCIDR in the text's own family: the same result, and the same throw for a bad text. */
export const parseCidr = (text: string): [ipaddr.IPv4 | ipaddr.IPv6, number] =>
  text.includes(':') ? ipaddr.IPv6.parseCIDR(text) : ipaddr.IPv4.parseCIDR(text);
/** ipaddr.parse in the text's own family (for addresses checkAddress accepts: four-part IPv4, or IPv6). */
export const parseHost = (text: string): ipaddr.IPv4 | ipaddr.IPv6 =>
  text.includes(':') ? ipaddr.IPv6.parse(text) : ipaddr.IPv4.parse(text);

const networkOf = remembered((text: string): [ipaddr.IPv4 | ipaddr.IPv6, number] | undefined => {
  try {
    return parseCidr(text);
  } catch {
    return undefined;
  }
});
const hostOf = remembered((text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined => {
  try {
    return parseHost(text);
  } catch {
    return undefined;
  }
});

/**
 * An address in one spelling: `10.0.0.5/32`, `10.0.0.0/24` (host bits
 * cleared), `2001:db8::/64`; undefined when it is not one. Two components
 * with the same canonical address are the same machine or group of machines.
 */
export function canonicalAddress(text: string | undefined): Readonly<{ cidr: string; host: boolean }> | undefined {
  return text === undefined ? undefined : canonicalText(text);
}

const canonicalText = remembered((text: string): { cidr: string; host: boolean } | undefined => {
  const check = checkAddress(text);
  if (!check.ok) return undefined;
  const value = text.trim();
  const max = check.family === 'ipv4' ? 32 : 128;
  try {
    if (check.prefix === null) return { cidr: `${parseHost(value).toString()}/${max}`, host: true };
    const network = check.family === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(value) : ipaddr.IPv6.networkAddressFromCIDR(value);
    return { cidr: `${network.toString()}/${check.prefix}`, host: check.prefix === max };
  } catch {
    return undefined;
  }
});
