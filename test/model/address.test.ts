import { describe, expect, it } from 'vitest';
import { addressInCidr, canonicalAddress, checkAddress } from '../../src/model/address';

describe('addresses (answers are remembered per text, so asking twice must give the same answer)', () => {
  it('places hosts and networks inside or outside a zone CIDR, in both families', () => {
    for (let round = 0; round < 2; round++) {
      expect(addressInCidr('10.1.2.3', '10.1.0.0/16')).toBe(true);
      expect(addressInCidr(' 10.2.2.3 ', '10.1.0.0/16')).toBe(false);
      expect(addressInCidr('10.1.2.0/24', '10.1.0.0/16')).toBe(true);
      expect(addressInCidr('2001:db8::5', '2001:db8::/32')).toBe(true);
      expect(addressInCidr('2001:db9::5', '2001:db8::/32')).toBe(false);
      // Another family is never inside.
      expect(addressInCidr('10.1.2.3', '2001:db8::/32')).toBe(false);
      // Unusable on either side: no answer.
      expect(addressInCidr('10.1.2.300', '10.1.0.0/16')).toBeUndefined();
      expect(addressInCidr('10.1.2.3', '10.1.0.0/40')).toBeUndefined();
      expect(addressInCidr('10.1.2.3', 'not a cidr')).toBeUndefined();
    }
  });

  it('checks and canonicalises the same text the same way every time', () => {
    for (let round = 0; round < 2; round++) {
      expect(checkAddress('10.0.0.5/24')).toMatchObject({
        ok: true,
        family: 'ipv4',
        prefix: 24,
        hint: expect.stringContaining('10.0.0.0/24'),
      });
      expect(checkAddress('fe80::1%eth0')).toMatchObject({ ok: false, message: expect.stringContaining('interface scope') });
      expect(canonicalAddress('10.0.0.5/24')).toEqual({ cidr: '10.0.0.0/24', host: false });
      expect(canonicalAddress('2001:db8:0:0::1')).toEqual({ cidr: '2001:db8::1/128', host: true });
      expect(canonicalAddress('nonsense')).toBeUndefined();
    }
  });
});
