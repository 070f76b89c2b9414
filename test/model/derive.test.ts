import { describe, expect, it } from 'vitest';
import { deriveFlows, type DerivedFlow } from '../../src/model/derive';
import { buildMatrix } from '../../src/model/matrix';
import { design } from './design-helpers';
import { fixtureCatalogue as catalogue } from './fixture-catalogue';

const ports = (f: DerivedFlow | undefined) => {
  if (!f) return undefined;
  return f.ports.ok ? f.ports.ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)) : f.ports.note;
};
const find = (flows: DerivedFlow[], id: string, from?: string, to?: string) =>
  flows.filter((f) => f.sourceId === id && (!from || f.from === from) && (!to || f.to === to));

describe('deriveFlows', () => {
  it('derives a documented flow only when both roles are placed', () => {
    expect(deriveFlows(design(catalogue, { components: [{ id: 'c', type: 'demo.client-type' }] }), catalogue)).toEqual([]);
    const flows = deriveFlows(
      design(catalogue, {
        components: [
          { id: 'c', type: 'demo.client-type' },
          { id: 's', type: 'demo.server-type' },
        ],
      }),
      catalogue,
    );
    expect(ports(find(flows, 'demo.display')[0])).toEqual(['3144']);
    expect(find(flows, 'demo.display')[0]).toMatchObject({ from: 'c', to: 's', key: 'demo.display:c>s', cite: { section: 'Display' } });
  });

  it('applies a condition on the listener option', () => {
    const off = deriveFlows(
      design(catalogue, {
        components: [
          { id: 'c', type: 'demo.client-type' },
          { id: 's', type: 'demo.server-type' },
        ],
      }),
      catalogue,
    );
    expect(find(off, 'demo.secure')).toEqual([]);
    const on = deriveFlows(
      design(catalogue, {
        components: [
          { id: 'c', type: 'demo.client-type' },
          { id: 's', type: 'demo.server-type', options: { secure: true } },
        ],
      }),
      catalogue,
    );
    expect(ports(find(on, 'demo.secure')[0])).toEqual(['5307']);
    expect(find(on, 'demo.secure')[0]!.condition).toBe('Secure mode: on');
  });

  it('resolves parameters, parameter arithmetic, member counts and the port offset of the listener', () => {
    const flows = deriveFlows(
      design(catalogue, {
        components: [
          { id: 'c', type: 'demo.client-type' },
          { id: 'd', type: 'demo.db-type' },
          { id: 's', type: 'demo.server-type', params: { port: 4100, members: 3, offset: 10 } },
        ],
      }),
      catalogue,
    );
    expect(ports(find(flows, 'demo.switch')[0])).toEqual(['4110']);
    expect(ports(find(flows, 'demo.poke')[0])).toEqual(['4111']);
    expect(ports(find(flows, 'demo.members')[0])).toEqual(['7010', '7012', '7014']);
    expect(ports(find(flows, 'demo.display')[0])).toEqual(['3154']);
    // The offset belongs to the listener: the database does not shift.
    expect(ports(find(flows, 'demo.dns')[0])).toEqual(['53']);
  });

  it('connects all pairs, skips an instance to itself, and honours servedBy scoping', () => {
    const all = deriveFlows(
      design(catalogue, {
        components: [
          { id: 'c1', type: 'demo.client-type' },
          { id: 'c2', type: 'demo.client-type' },
          { id: 's1', type: 'demo.server-type' },
          { id: 's2', type: 'demo.server-type' },
        ],
      }),
      catalogue,
    );
    expect(find(all, 'demo.display').map((f) => `${f.from}>${f.to}`)).toEqual(['c1>s1', 'c1>s2', 'c2>s1', 'c2>s2']);
    expect(find(all, 'demo.peer').map((f) => `${f.from}>${f.to}`)).toEqual(['s1>s2', 's2>s1']);
    const scoped = deriveFlows(
      design(catalogue, {
        components: [
          { id: 'c1', type: 'demo.client-type', servedBy: { 'demo.server': ['s2'] } },
          { id: 's1', type: 'demo.server-type' },
          { id: 's2', type: 'demo.server-type' },
        ],
      }),
      catalogue,
    );
    expect(find(scoped, 'demo.display').map((f) => `${f.from}>${f.to}`)).toEqual(['c1>s2']);
  });

  it('marks flows local to one host and flows that cross zones', () => {
    const flows = deriveFlows(
      design(catalogue, {
        zones: [
          { id: 'dmz', name: 'DMZ', kind: 'dmz' },
          { id: 'lan', name: 'LAN' },
        ],
        components: [
          { id: 'c', type: 'demo.client-type', zone: 'lan', host: 'pc1' },
          { id: 's', type: 'demo.server-type', host: 'SRV1', zone: 'dmz', ip: '10.0.0.5' },
          { id: 'd', type: 'demo.db-type', host: 'srv1 ' },
        ],
      }),
      catalogue,
    );
    const dns = find(flows, 'demo.dns', 's', 'd')[0]!;
    expect(dns).toMatchObject({ local: true, crossesZones: false });
    expect(find(flows, 'demo.display', 'c', 's')[0]).toMatchObject({ local: false, crossesZones: true });
  });

  it('is deterministic', () => {
    const doc = {
      components: [
        { id: 'c', type: 'demo.client-type' },
        { id: 's', type: 'demo.server-type' },
        { id: 'd', type: 'demo.db-type' },
      ],
    };
    expect(deriveFlows(design(catalogue, doc), catalogue)).toEqual(deriveFlows(design(catalogue, doc), catalogue));
  });

  it('derives user flows to a documented service (following the offset) and to a custom port', () => {
    const flows = deriveFlows(
      design(catalogue, {
        components: [
          { id: 'c', type: 'demo.client-type' },
          { id: 's', type: 'demo.server-type', params: { offset: 1 } },
        ],
        flows: [
          { id: 'u1', from: 'c', to: 's', service: 'demo.carbon#ldap' },
          { id: 'u2', from: 'c', to: 's', protocol: 'udp', ports: { from: 5000, to: 5010 }, purpose: 'Custom' },
        ],
      }),
      catalogue,
    );
    const u1 = flows.find((f) => f.key === 'user:u1')!;
    expect(ports(u1)).toEqual(['10390']);
    expect(u1.cite?.section).toBe('Carbon');
    const u2 = flows.find((f) => f.key === 'user:u2')!;
    expect(u2).toMatchObject({ protocols: ['udp'], purpose: 'Custom', origin: 'user' });
    expect(ports(u2)).toEqual(['5000-5010']);
  });
});

describe('buildMatrix', () => {
  const doc = {
    zones: [
      { id: 'lan', name: 'LAN' },
      { id: 'dmz', name: 'DMZ', kind: 'dmz' },
    ],
    components: [
      { id: 'c', type: 'demo.client-type', label: 'Desk', zone: 'lan', ip: '10.1.0.10' },
      { id: 's', type: 'demo.server-type', zone: 'dmz', host: 'srv', ip: '10.2.0.5', params: { members: 2 } },
      { id: 'd', type: 'demo.db-type', host: 'srv' },
    ],
  };

  it('expands protocols and member ports into one row each, and leaves out local flows', () => {
    const rows = buildMatrix(design(catalogue, doc), catalogue);
    expect(rows.filter((r) => r.flowKey === 'demo.members:c>s').map((r) => r.port)).toEqual(['7000', '7002']);
    // s and d share host srv: the dns flow between them is local, so not a row.
    expect(rows.some((r) => r.flowKey.startsWith('demo.dns'))).toBe(false);
    const display = rows.find((r) => r.flowKey === 'demo.display:c>s')!;
    expect(display).toMatchObject({
      source: { component: 'Desk', zone: 'LAN', addresses: ['10.1.0.10'] },
      destination: { component: 'Server', zone: 'DMZ', host: 'srv', addresses: ['10.2.0.5'] },
      protocol: 'tcp',
      port: '3144',
      portFrom: 3144,
      portTo: 3144,
      crossesZones: true,
      firewall: true,
      // The document as people know it; its seed file name stays in `cite`.
      reference: 'Tarantella, Inc., "What ports does Tarantella use?", § Display',
      product: 'Demo',
    });
    expect(rows.map((r) => r.ref)).toEqual(rows.map((_, i) => `R${String(i + 1).padStart(3, '0')}`));
  });

  it('drops excluded flows and keeps unspecified ports as rows with the document words', () => {
    const base = design(catalogue, {
      components: [
        { id: 's', type: 'demo.server-type' },
        { id: 'd', type: 'demo.db-type' },
      ],
    });
    const rows = buildMatrix(base, catalogue);
    expect(rows.find((r) => r.flowKey === 'demo.varies:s>d')).toMatchObject({ port: 'unspecified: Varies', portFrom: null });
    expect(rows.find((r) => r.flowKey === 'demo.engine:s>d')).toMatchObject({ firewall: false, port: '61000-62000' });
    const dnsRows = rows.filter((r) => r.flowKey === 'demo.dns:s>d').map((r) => r.protocol);
    expect(dnsRows).toEqual(['tcp', 'udp']);
    const excluded = buildMatrix({ ...base, excluded: ['demo.dns:s>d'] }, catalogue);
    expect(excluded.some((r) => r.flowKey === 'demo.dns:s>d')).toBe(false);
  });
});
