import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesignValue } from '../../src/model/design/restore';
import type { z } from 'zod';
import type { Design, DesignInput } from '../../src/model/design/schema';
import { groupPorts, mergeRanges, refRanges, selectRules } from '../../src/model/export/scope';
import { contextFor, loadFixture, runFormat } from './helpers';

function design(input: Partial<z.input<typeof DesignInput>>): Design {
  const result = restoreDesignValue({ schemaVersion: 1, meta: { title: 'Scope test' }, ...input }, bundledCatalogue());
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
}

const select = (d: Design, options: Parameters<typeof contextFor>[1] = {}) =>
  selectRules({ ...contextFor(d, options), base: 'scope-test' });

const zones = [
  { id: 'a', name: 'Zone A' },
  { id: 'b', name: 'Zone B' },
];

describe('rule selection', () => {
  it('keeps firewall rows only; crossing keeps rows between zones only', () => {
    const d = design({
      zones,
      components: [
        { id: 'x', type: 'infra.workstation', ip: '10.0.0.1', zone: 'a' },
        { id: 'y', type: 'infra.windows-server', ip: '10.0.0.2', zone: 'a' },
        { id: 'z', type: 'infra.windows-server', ip: '10.0.1.2', zone: 'b' },
      ],
      flows: [
        { id: 'same', from: 'x', to: 'y', protocol: 'tcp', ports: { from: 80, to: 80 } },
        { id: 'cross', from: 'x', to: 'z', protocol: 'tcp', ports: { from: 443, to: 443 } },
      ],
    });
    expect(select(d).rules.map((r) => r.from)).toEqual([80, 443]);
    expect(select(d, { scope: 'crossing' }).rules.map((r) => r.from)).toEqual([443]);
  });

  it('zone-pair makes one named set per (source zone, destination zone)', () => {
    const selection = select(loadFixture('tarantella'), { scope: 'zone-pair' });
    expect(selection.sets.map((s) => s.stem)).toEqual([
      'scope-test-core-servers-to-dmz',
      'scope-test-dmz-to-core-servers',
      'scope-test-office-lan-to-dmz',
    ]);
    expect(selection.sets.map((s) => s.title)).toContain('Office LAN -> DMZ');
  });

  it('leaves out hosts without an IP and names them, or gives them RFC 5737 placeholders when asked', () => {
    const d = design({
      components: [
        { id: 'x', type: 'infra.workstation', label: 'Laptops', ip: '10.0.0.0/24' },
        { id: 'y', type: 'infra.windows-server', label: 'Files', host: 'files1' },
        { id: 'w', type: 'infra.windows-server', label: 'Print', host: 'print1' },
      ],
      flows: [
        { id: 'f', from: 'x', to: 'y', protocol: 'tcp', ports: { from: 445, to: 445 } },
        { id: 'g', from: 'x', to: 'w', protocol: 'tcp', ports: { from: 631, to: 631 } },
      ],
    });
    const strict = select(d);
    expect(strict.rules).toEqual([]);
    expect(strict.warnings[0]).toBe(
      'Rows left out because these hosts have no IP: Files (files1) (R001); Print (print1) (R002). Give them an IP, or export with placeholder addresses.',
    );
    const placeholders = select(d, { placeholderAddresses: true });
    expect(placeholders.placeholders).toEqual([
      { host: 'Files (files1)', address: '192.0.2.1', key: 'host:files1' },
      { host: 'Print (print1)', address: '192.0.2.2', key: 'host:print1' },
    ]);
    expect(placeholders.rules.every((r) => r.placeholder)).toBe(true);
    expect(placeholders.warnings.join(' ')).toContain('RFC 5737');
  });

  it('leaves out endpoints known only by an autonomous system, and unspecified ports, with warnings', () => {
    const selection = select(loadFixture('wso2-mobile'), { placeholderAddresses: true });
    expect(selection.warnings.join('\n')).toMatch(/known only by their autonomous system .*Firebase .*AS15169/);
    expect(selection.rules.some((r) => r.destination.names.some((n) => n.includes('Firebase')))).toBe(false);
    const apim = select(loadFixture('wso2-apim'));
    expect(apim.warnings.join('\n')).toMatch(/the document gives no port number: R003 /);
    expect(apim.warnings.join('\n')).toMatch(/share no address family .*R008 \(IPv4 to IPv6\)/);
  });

  it('merges rows with equal addresses, protocol and ports into one rule carrying every purpose', () => {
    const d = design({
      components: [
        { id: 'x', type: 'infra.workstation', ip: '10.0.0.1' },
        { id: 'y', type: 'infra.windows-server', label: 'One', host: 'srv', ip: '10.0.0.2' },
        { id: 'z', type: 'infra.ldap-directory', label: 'Two', host: 'srv' },
      ],
      flows: [
        { id: 'f', from: 'x', to: 'y', protocol: 'tcp', ports: { from: 443, to: 443 }, purpose: 'Web' },
        { id: 'g', from: 'x', to: 'z', protocol: 'tcp', ports: { from: 443, to: 443 }, purpose: 'Directory web' },
      ],
    });
    const [rule, ...rest] = select(d).rules;
    expect(rest).toEqual([]);
    expect(rule!.refs).toEqual(['R001', 'R002']);
    expect(rule!.notes.map((n) => n.purpose).sort()).toEqual(['Directory web', 'Web']);
    expect(rule!.destination.names).toEqual(['One (srv)', 'Two (srv)']);
  });

  it('uses the network of a CIDR with host bits set, and says so', () => {
    const d = design({
      components: [
        { id: 'x', type: 'infra.workstation', ip: '10.0.0.7/24' },
        { id: 'y', type: 'infra.windows-server', ip: '2001:DB8::0001' },
      ],
      flows: [{ id: 'f', from: 'x', to: 'y', protocol: 'tcp', ports: { from: 1, to: 2 } }],
    });
    const selection = select(d);
    expect(selection.warnings).toContain(
      'Rows left out because source and destination share no address family (IPv4/IPv6): R001 (IPv4 to IPv6).',
    );
    expect(selection.warnings.join(' ')).toContain('10.0.0.7/24 -> 10.0.0.0/24');
  });

  it('groups ports of one purpose, merging overlaps; references print as ranges', () => {
    expect(
      mergeRanges([
        { from: 443, to: 443 },
        { from: 80, to: 80 },
        { from: 400, to: 500 },
      ]),
    ).toEqual([
      { from: 80, to: 80 },
      { from: 400, to: 500 },
    ]);
    expect(refRanges(['R001', 'R002', 'R003', 'R005', 'R007', 'R008'])).toBe('R001-R003, R005, R007, R008');
    const tarantella = select(loadFixture('tarantella'));
    // The Netlet's 20 ports per flow (one per array member) become one entry each.
    expect(tarantella.rules.length).toBe(53);
    expect(groupPorts(tarantella.rules).length).toBe(15);
  });

  it('an empty design still makes one (explained) file per format', async () => {
    const d = design({});
    for (const format of ['iptables', 'nftables', 'asa', 'aws', 'azure', 'windows', 'k8s', 'capirca']) {
      const result = await runFormat(format, contextFor(d, { scope: 'zone-pair' }));
      expect(result.files.length, format).toBeGreaterThanOrEqual(1);
      expect(result.warnings, format).toContain('No flows are in scope: the rule set is empty.');
    }
  });
});

describe('multiport chunks', () => {
  it('hold at most 15 ports, a range counting two', async () => {
    const { chunks } = await import('../../src/model/export/iptables');
    const ports = Array.from({ length: 11 }, (_, i) => ({ from: 100 + i * 10, to: 100 + i * 10 + (i % 2) }));
    const out = chunks(ports);
    expect(out.map((c) => c.reduce((n, r) => n + (r.from === r.to ? 1 : 2), 0))).toEqual([15, 1]);
    expect(out.flat()).toEqual(ports);
  });
});

describe('placeholder addresses', () => {
  it('run through the three RFC 5737 ranges, one address per host', () => {
    const d = design({
      components: [
        { id: 'src', type: 'infra.workstation', ip: '10.0.0.0/8' },
        ...Array.from({ length: 300 }, (_, i) => ({ id: `h${i}`, type: 'infra.windows-server', host: `host-${i}` })),
      ],
      flows: Array.from({ length: 300 }, (_, i) => ({
        id: `f${i}`,
        from: 'src',
        to: `h${i}`,
        protocol: 'tcp' as const,
        ports: { from: 445, to: 445 },
      })),
    });
    const { placeholders, rules } = select(d, { placeholderAddresses: true });
    expect(rules).toHaveLength(300);
    expect(new Set(placeholders.map((p) => p.address)).size).toBe(300);
    expect(placeholders[0]!.address).toBe('192.0.2.1');
    expect(placeholders[253]!.address).toBe('192.0.2.254');
    expect(placeholders[254]!.address).toBe('198.51.100.1');
  });
});
