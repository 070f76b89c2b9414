/**
 * Behaviour the documents imply (issue 13), on small designs with the real
 * catalogue: WSO2 cluster members find each other, discovery stays on its
 * segment, a group of machines talks to itself, and "and above" ranges keep
 * their size.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { deriveFlows, type DerivedFlow } from '../../src/model/derive';
import { buildMatrix } from '../../src/model/matrix';
import { flowPortsText } from '../../src/model/ports';
import { sameSegment } from '../../src/model/segment';
import { design } from './design-helpers';

const catalogue = bundledCatalogue();
const zones = [
  { id: 'net', name: 'Internet', kind: 'internet' },
  { id: 'lan', name: 'LAN', kind: 'internal' },
  { id: 'apps', name: 'Apps', kind: 'internal', cidr: '10.8.0.0/16' },
];
const derive = (doc: Record<string, unknown>) => deriveFlows(design(catalogue, { zones, ...doc }), catalogue);
/** `from>to port` for every flow of one catalogue flow id, sorted. */
const pairs = (flows: DerivedFlow[], id: string) =>
  flows
    .filter((f) => f.sourceId === id)
    .map((f) => `${f.from}>${f.to} ${f.ports.ok ? f.ports.ranges.map((r) => r.from).join(',') : f.ports.note}`)
    .sort();

describe('WSO2 cluster members find each other', () => {
  const apim = (id: string, scheme: string, offset = 0, zone = 'lan') => ({
    id,
    type: 'wso2.api-manager',
    zone,
    options: { 'membership-scheme': scheme },
    params: { 'port-offset': offset },
  });

  it('derives 4000 both ways between two wka members, each reached on 4000 plus its own offset', () => {
    const flows = derive({ components: [apim('a', 'wka', 0), apim('b', 'wka', 1)] });
    expect(pairs(flows, 'wso2.cluster-member-wka-4000')).toEqual(['a>b 4001', 'b>a 4000']);
    expect(pairs(flows, 'wso2.cluster-member-multicast-45564')).toEqual([]);
    const flow = flows.find((f) => f.sourceId === 'wso2.cluster-member-wka-4000')!;
    expect(flow).toMatchObject({ protocols: ['tcp'], cite: { section: 'Clustering ports' }, crossesZones: false, local: false });
    expect(flow.gap).toMatch(/plus its own port offset/);
  });

  it('derives every ordered pair of a three-member cluster, across zones too (wka is unicast)', () => {
    const flows = derive({ components: [apim('a', 'wka', 0), apim('b', 'wka', 10, 'apps'), apim('c', 'wka', 2)] });
    expect(pairs(flows, 'wso2.cluster-member-wka-4000')).toEqual(['a>b 4010', 'a>c 4002', 'b>a 4000', 'b>c 4002', 'c>a 4000', 'c>b 4010']);
  });

  it('derives 45564/udp between multicast members on one segment only, marked multicast', () => {
    const same = derive({ components: [apim('a', 'multicast', 0), apim('b', 'multicast', 1), apim('c', 'multicast', 0)] });
    expect(pairs(same, 'wso2.cluster-member-multicast-45564')).toEqual([
      'a>b 45565',
      'a>c 45564',
      'b>a 45564',
      'b>c 45564',
      'c>a 45564',
      'c>b 45565',
    ]);
    expect(same.filter((f) => f.sourceId === 'wso2.cluster-member-multicast-45564').every((f) => f.segment === 'multicast')).toBe(true);
    const apart = derive({ components: [apim('a', 'multicast'), apim('b', 'multicast', 0, 'apps')] });
    expect(pairs(apart, 'wso2.cluster-member-multicast-45564')).toEqual([]);
  });

  it('needs the same product and the same scheme on both members', () => {
    const flows = derive({
      components: [
        apim('a', 'wka'),
        apim('b', 'multicast'),
        apim('c', 'none'),
        { id: 'is', type: 'wso2.identity-server', zone: 'lan', options: { 'membership-scheme': 'wka' } },
      ],
    });
    expect(pairs(flows, 'wso2.cluster-member-wka-4000')).toEqual([]);
    expect(pairs(flows, 'wso2.cluster-member-multicast-45564')).toEqual([]);
  });
});

describe('discovery stays on its segment', () => {
  const cobalt = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    derive({
      components: [
        { id: 'a', type: 'open-cobalt.app', ...a },
        { id: 'b', type: 'open-cobalt.app', ...b },
      ],
    });
  const crqt = (flows: DerivedFlow[]) => pairs(flows, 'open-cobalt.peer-to-peer-43215');

  it('derives the CRQT broadcast and SSDP both ways within one zone, marked local-segment in the matrix', () => {
    const flows = cobalt({ zone: 'lan' }, { zone: 'lan' });
    expect(crqt(flows)).toEqual(['a>b 43215', 'b>a 43215']);
    expect(pairs(flows, 'open-cobalt.to-dispatcher-1900')).toEqual(['a>b 1900', 'b>a 1900']);
    const rows = buildMatrix(
      design(catalogue, {
        zones,
        components: [
          { type: 'open-cobalt.app', zone: 'lan' },
          { type: 'open-cobalt.app', zone: 'lan' },
        ],
      }),
      catalogue,
    );
    const segmentRows = rows.filter((r) => r.segment !== undefined).map((r) => `${r.protocol} ${r.port} ${r.segment}`);
    expect([...new Set(segmentRows)].sort()).toEqual(['udp 1900 multicast', 'udp 43215 broadcast']);
  });

  it('never derives it across zones, nor into, out of or inside an Internet zone', () => {
    expect(crqt(cobalt({ zone: 'lan' }, { zone: 'apps' }))).toEqual([]);
    expect(crqt(cobalt({ zone: 'lan' }, { zone: 'net' }))).toEqual([]);
    expect(crqt(cobalt({ zone: 'net' }, { zone: 'net' }))).toEqual([]);
    // The IGD router is found by SSDP on the local segment only.
    const igd = derive({
      components: [
        { id: 'a', type: 'open-cobalt.app', zone: 'lan' },
        { id: 'r', type: 'open-cobalt.igd-router', zone: 'apps' },
      ],
    });
    expect(pairs(igd, 'open-cobalt.to-upnp-igd-1900')).toEqual([]);
  });

  it('reads one subnet from the addresses: the zone CIDR when both lie in it, else the same /24', () => {
    // Zone LAN gives no CIDR: 10.1.1.5 and 10.1.2.5 are two /24s, so two segments.
    expect(crqt(cobalt({ zone: 'lan', ip: '10.1.1.5' }, { zone: 'lan', ip: '10.1.2.5' }))).toEqual([]);
    expect(crqt(cobalt({ zone: 'lan', ip: '10.1.1.5' }, { zone: 'lan', ip: '10.1.1.9' }))).toHaveLength(2);
    // Zone Apps is 10.8.0.0/16: both inside it is one segment, whatever their /24.
    expect(crqt(cobalt({ zone: 'apps', ip: '10.8.1.5' }, { zone: 'apps', ip: '10.8.200.9' }))).toHaveLength(2);
    // A group (CIDR) and a host inside it; the group's members also find each other (a>a).
    expect(crqt(cobalt({ zone: 'lan', ip: '10.1.0.0/16' }, { zone: 'lan', ip: '10.1.7.7' }))).toEqual([
      'a>a 43215',
      'a>b 43215',
      'b>a 43215',
    ]);
    // One end without an address: the zone decides.
    expect(crqt(cobalt({ zone: 'lan', ip: '10.1.1.5' }, { zone: 'lan' }))).toHaveLength(2);
    expect(sameSegment({ zone: 'lan', ip: '2001:db8:1::5' }, { zone: 'lan', ip: '2001:db8:1::9' }, new Map())).toBe(true);
    expect(sameSegment({ zone: 'lan', ip: '2001:db8:1::5' }, { zone: 'lan', ip: '10.1.1.5' }, new Map())).toBe(false);
  });
});

describe('a component that stands for many machines', () => {
  const clients = (ip?: string) => ({ id: 'g', type: 'tachyon.1e-client', zone: 'lan', ...(ip !== undefined && { ip }) });

  it('derives the 1E Client peer traffic on 7766 within a client group, marked internal to the group, not local', () => {
    const flows = derive({ components: [clients('10.20.0.0/16')] });
    const peer = flows.find((f) => f.sourceId === 'tachyon.client-to-client-7766');
    expect(peer).toMatchObject({ from: 'g', to: 'g', key: 'tachyon.client-to-client-7766:g>g', local: false, crossesZones: false });
    expect(peer!.withinGroup?.cidr).toBe('10.20.0.0/16');
    const rows = buildMatrix(design(catalogue, { zones, components: [clients('10.20.0.0/16')] }), catalogue);
    expect(rows.filter((r) => r.withinGroup === '10.20.0.0/16').map((r) => `${r.protocol} ${r.port}`)).toEqual(['tcp 7766']);
  });

  it('derives nothing from one machine to itself, nor for flows whose ends are different roles', () => {
    expect(derive({ components: [clients('10.20.0.5')] })).toEqual([]);
    expect(derive({ components: [clients()] })).toEqual([]);
    expect(derive({ components: [clients('10.20.0.0/16')] }).every((f) => f.from === f.to)).toBe(true);
  });

  it('keeps two components with identical CIDRs one local group (no rule), as before', () => {
    const flows = derive({ components: [clients('10.20.0.0/16'), { ...clients('10.20.0.0/16'), id: 'h' }] });
    expect(pairs(flows, 'tachyon.client-to-client-7766')).toEqual(['g>g 7766', 'g>h 7766', 'h>g 7766', 'h>h 7766']);
    expect(flows.filter((f) => f.from !== f.to).every((f) => f.local)).toBe(true);
    expect(flows.filter((f) => f.from === f.to).every((f) => !f.local && f.withinGroup)).toBe(true);
  });
});

describe('"and above" ranges', () => {
  it('derive 6010-6059 by default (50 ports), shown as a range on the edge', () => {
    const flows = derive({
      components: [
        { id: 'tta', type: 'tarantella.tarantella-host', zone: 'lan' },
        { id: 'app', type: 'tarantella.application-host', zone: 'lan' },
      ],
    });
    const x = flows.find((f) => f.sourceId === 'tarantella.app-to-server-6010')!;
    expect(flowPortsText(x)).toBe('tcp 6010-6059');
    expect(x.gap).toMatch(/default 50 \(6010-6059\)/);
    const param = catalogue.components.get('tarantella.tarantella-host')!.params.find((p) => p.id === 'x-display-ports')!;
    expect(param.default).toBe(50);
    expect(param.help).toMatch(/Default 50 \(6010-6059\)/);
  });
});
