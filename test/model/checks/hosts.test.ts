import { describe, expect, it } from 'vitest';
import { addressOutsideZone, hostTwoAddresses, portClash } from '../../../src/model/checks/hosts';
import { Design, DESIGN_SCHEMA_VERSION } from '../../../src/model/design/schema';
import { restored, run } from './helpers';

describe('port clash', () => {
  it('fires for two WSO2 products on one host without an offset, naming 9443', () => {
    const d = restored({
      components: [
        { id: 'esb', type: 'wso2.ei-esb', host: 'h1' },
        { id: 'iot', type: 'wso2.iot-server', host: 'h1' },
      ],
    });
    const findings = run(portClash, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'port-clash', severity: 'error', target: { kind: 'component', id: 'iot' } });
    expect(findings[0]!.message).toMatch(/tcp 9443/);
    expect(findings[0]!.fix).toMatch(/Port offset/i);
  });

  it('does not fire when one of them has a port offset', () => {
    const d = restored({
      components: [
        { type: 'wso2.ei-esb', host: 'h1' },
        { type: 'wso2.iot-server', host: 'h1', params: { 'port-offset': 10 } },
      ],
    });
    expect(run(portClash, d)).toEqual([]);
  });

  it('does not fire for ports the vendor documents the two using with each other (Tachyon stacks on one server)', () => {
    const d = restored({
      components: [
        { type: 'tachyon.master-stack-server', host: 't1' },
        { type: 'tachyon.response-stack-server', host: 't1' },
      ],
    });
    expect(run(portClash, d)).toEqual([]);
  });

  it('does not fire on separate hosts', () => {
    const d = restored({
      components: [
        { type: 'wso2.ei-esb', host: 'h1' },
        { type: 'wso2.iot-server', host: 'h2' },
      ],
    });
    expect(run(portClash, d)).toEqual([]);
  });
});

describe('one host, two addresses', () => {
  // Built directly, as the editor's state would hold it.
  const twoIps = Design.parse({
    schemaVersion: DESIGN_SCHEMA_VERSION,
    components: [
      { id: 'a', type: 'infra.sql-server', host: 'db01', ip: '10.0.0.1' },
      { id: 'b', type: 'infra.smtp-relay', host: 'DB01 ', ip: '10.0.0.2' },
    ],
  });

  it('fires, naming both addresses and the component to fix', () => {
    const findings = run(hostTwoAddresses, twoIps);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'host-two-addresses', severity: 'error', target: { kind: 'component', id: 'b' } });
    expect(findings[0]!.message).toMatch(/10\.0\.0\.1.*10\.0\.0\.2/);
  });

  it('does not fire when the components agree', () => {
    const same = Design.parse({ ...twoIps, components: twoIps.components.map((c) => ({ ...c, ip: '10.0.0.1' })) });
    expect(run(hostTwoAddresses, same)).toEqual([]);
  });
});

describe('address outside its zone', () => {
  const doc = (ip: string) =>
    restored({
      zones: [{ id: 'z', name: 'Servers', cidr: '10.1.0.0/24' }],
      components: [{ id: 'c', type: 'infra.sql-server', ip, zone: 'z' }],
    });
  it('fires for an address outside the zone CIDR', () => {
    expect(run(addressOutsideZone, doc('10.2.0.5'))).toMatchObject([
      { rule: 'address-outside-zone', target: { kind: 'component', id: 'c' } },
    ]);
  });
  it('does not fire inside it', () => {
    expect(run(addressOutsideZone, doc('10.1.0.5'))).toEqual([]);
  });
});
