/**
 * Open Cobalt: the catalogue against its network services page
 * (seed 002_127020e3f439d27c.txt), row by row.
 */
import { describe, expect, it } from 'vitest';
import { resolvePorts } from '../../src/model/ports';
import { catalogueRows, defaults, productCatalogue } from './seed';

const DOC = '002_127020e3f439d27c.txt';
const EXTERNAL = 'External Service and Port Usage';
const INTERNAL = 'Internal Usage';

const { catalogue, flows, flow, component } = productCatalogue('open-cobalt');

const expected = [
  // External Service and Port Usage (Direction: outgoing unless noted)
  'open-cobalt.installation -> public-dns tcp+udp 53',
  'open-cobalt.installation -> open-cobalt.web-services tcp 80',
  'open-cobalt.installation -> open-cobalt.space-directory tcp ldap-port', // 1389, reconfigurable
  'open-cobalt.installation -> open-cobalt.vnc-service tcp control-port', // 5899, reconfigurable
  'open-cobalt.installation -> open-cobalt.vnc-service tcp 5900-5930',
  'open-cobalt.installation -> open-cobalt.jabber tcp 5222-5223',
  'open-cobalt.installation -> open-cobalt.external-peer tcp 6900-6909',
  // incoming
  'open-cobalt.external-peer -> open-cobalt.installation tcp 6900-6909 if to.external-peers=true',

  // Internal Usage (no Direction given)
  'open-cobalt.installation -> dns-server tcp+udp 53',
  // SSDP/UPnP: one row, two listeners (the IGD router and non-local dispatchers)
  'open-cobalt.installation -> open-cobalt.upnp-igd udp 1900',
  'open-cobalt.installation -> open-cobalt.installation udp 1900',
  'open-cobalt.installation -> open-cobalt.installation udp 43215',
  'open-cobalt.installation -> open-cobalt.upnp-igd tcp unspecified (device dependent)',
];

describe('open-cobalt catalogue', () => {
  it('has exactly the rows of the document', () => {
    expect(catalogueRows('open-cobalt')).toEqual([...expected].sort());
  });

  it('covers every row of both tables', () => {
    const citing = (section: string) => flows.filter((f) => f.cite.section === section);
    // 8 rows in the external table, one flow each.
    expect(citing(EXTERNAL)).toHaveLength(8);
    // 4 rows in the internal table; the SSDP/UPnP row names two listeners, so 5 flows.
    expect(citing(INTERNAL)).toHaveLength(5);
    expect(new Set(citing(INTERNAL).map((f) => f.app))).toEqual(new Set(['DNS', 'SSDP/UPnP', 'CRQT', 'SOAP/UPnP']));
    expect(flows.every((f) => f.cite.doc === DOC && f.cite.quote)).toBe(true);
  });

  it('resolves the reconfigurable ports to their documented defaults', () => {
    expect(
      resolvePorts(flow('open-cobalt.to-space-directory-1389').ports, defaults(component('open-cobalt.space-directory-server'))),
    ).toEqual({ ok: true, ranges: [{ from: 1389, to: 1389 }] });
    const vnc = defaults(component('open-cobalt.xrfb-vnc-server'));
    expect(resolvePorts(flow('open-cobalt.to-vnc-service-5899').ports, vnc)).toEqual({
      ok: true,
      ranges: [{ from: 5899, to: 5899 }],
    });
    expect(resolvePorts(flow('open-cobalt.to-vnc-service-5899').ports, { ...vnc, 'control-port': 6899 })).toEqual({
      ok: true,
      ranges: [{ from: 6899, to: 6899 }],
    });
    expect(resolvePorts(flow('open-cobalt.to-vnc-service-5900-5930').ports, vnc)).toEqual({
      ok: true,
      ranges: [{ from: 5900, to: 5930 }],
    });
  });

  it('leaves the SOAP/UPnP port unspecified', () => {
    expect(resolvePorts(flow('open-cobalt.to-upnp-igd-soap').ports, {})).toEqual({
      ok: false,
      kind: 'unspecified',
      note: 'device dependent',
    });
  });

  it('sends outgoing DNS to Google Public DNS, 8.8.8.8 and 8.8.4.4', () => {
    const dns = flow('open-cobalt.to-public-dns-53');
    expect(dns.protocols).toEqual(['tcp', 'udp']);
    const fillers = catalogue.fillers.get(dns.to)!.map((id) => component(id));
    expect(fillers.flatMap((c) => c.external?.cidrs ?? [])).toEqual(['8.8.8.8/32', '8.8.4.4/32']);
  });

  it('opens incoming TeaTime only when internal spaces are made available to external peers', () => {
    const incoming = flow('open-cobalt.external-peer-to-installation-6900-6909');
    expect(incoming.when).toEqual([{ side: 'to', option: 'external-peers', is: true }]);
    const option = component('open-cobalt.app').options.find((o) => o.id === 'external-peers');
    expect(option?.default).toBe(false);
  });

  it('says where the internal table lost its Direction, and keeps the intro bullets as gaps', () => {
    for (const f of flows.filter((f) => f.cite.section === INTERNAL)) {
      expect(f.gap, f.id).toMatch(/empty Direction column/);
    }
    const gaps = catalogue.gaps.filter((g) => g.product === 'open-cobalt');
    expect(gaps).toHaveLength(2);
    expect(gaps.every((g) => g.cite.section === 'Open Cobalt uses a number of network services')).toBe(true);
    expect(gaps[0]?.text).toMatch(/router configuration documentation/);
    expect(gaps[1]?.text).toMatch(/may change/);
  });

  it('models the Internet services as external components with no invented address', () => {
    for (const id of [
      'open-cobalt.web-server',
      'open-cobalt.space-directory-server',
      'open-cobalt.xrfb-vnc-server',
      'open-cobalt.jabber-server',
      'open-cobalt.external-routers',
    ]) {
      expect(component(id).kind).toBe('external');
      expect(component(id).external).toBeUndefined();
    }
  });
});
