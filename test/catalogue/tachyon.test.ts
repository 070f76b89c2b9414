/**
 * 1E Tachyon: the catalogue against "Communication Ports"
 * (seed 001_12a513f9d42fd5dd.txt), row by row.
 *
 * The scraped tables lost every Usage cell and, in the two Single-Server
 * tables, the Device cells; rows are paired Outgoing with Incoming into one
 * flow ("For each Tachyon component with output, there is a matching input"),
 * citing one row and listing its match in `alsoCited`.
 */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/model/catalogue/schema';
import { resolvePorts } from '../../src/model/ports';
import { catalogueRows, defaults, folded, isOn, optionDefaults, productCatalogue, seedText } from './seed';

const DOC = '001_12a513f9d42fd5dd.txt';
const DIAGRAM = 'Connections diagram';
const SINGLE = 'Firewall requirements for a Single-Server';
const SERVERS = 'Tachyon Servers';
const CLIENTS = 'Tachyon clients';
const CATALOG = 'Firewall requirements for a remote Catalog Web Server';
const REMOTE = 'Firewall requirements for a remote Tachyon Response Stack';
const DMZ = 'Firewall requirements for a Tachyon DMZ Server';
const INTERNAL = 'Internal Server communications';
/** The document's headings, in order. */
const HEADINGS = ['Communication Ports', DIAGRAM, SINGLE, SERVERS, CLIENTS, CATALOG, REMOTE, DMZ, INTERNAL];

const { catalogue, flows, flow, component } = productCatalogue('tachyon');
const components = [...catalogue.components.values()].filter((c) => c.product === 'tachyon');
const gaps = catalogue.gaps.filter((g) => g.product === 'tachyon');

/** The folded text standing under one heading, up to the next heading. */
function sectionText(heading: string): string {
  const lines = seedText(DOC).split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => HEADINGS.includes(line));
  return folded((end < 0 ? rest : rest.slice(0, end)).join('\n'));
}

/** Every citation of a flow or service, the row it cites first. */
function allCitations(): Citation[] {
  const out: Citation[] = [];
  for (const f of flows) out.push(f.cite, ...f.alsoCited);
  for (const c of components) for (const s of c.services) out.push(s.cite, ...s.alsoCited);
  return out;
}

const expected = [
  // Tachyon Servers + Tachyon clients (Device and Usage cells lost; paired rows)
  'web-browser -> tachyon.master-stack tcp https-port', // 443: portal, API, SLA Platform UI
  'web-browser -> tachyon.master-stack tcp http-port', // 80: 1E Catalog UI
  'tachyon.clients -> tachyon.response-stack tcp https-port', // 443: BackgroundChannelUrl
  'tachyon.clients -> tachyon.response-stack tcp switch-port', // 4000 wss: Switch
  'tachyon.clients -> tachyon.clients tcp interaction-port', // 7766 Outgoing and Incoming
  'tachyon.master-stack -> 1e-cloud-services tcp 443',
  'tachyon.integrate -> tachyon.master-stack tcp integrate-port', // 6002 Incoming Outgoing
  'tachyon.master-stack -> tachyon.integrate tcp integrate-port',
  'tachyon.master-stack -> smtp-relay tcp 25',
  'tachyon.master-stack -> sql-server tcp 1433', // TachyonMaster
  'tachyon.master-stack -> sql-server udp 1434 if from.sql-named-instance=true', // SQL Browser
  'tachyon.master-stack -> tachyon.inventory tcp 1433', // Connectors
  'tachyon.master-stack -> tachyon.configmgr tcp 135, 445', // WMI (DCOM) (initially)
  'tachyon.response-stack -> sql-server tcp 1433', // TachyonResponses (+ TachyonMaster when remote)
  'tachyon.response-stack -> sql-server udp 1434 if from.sql-named-instance=true',

  // Firewall requirements for a remote Catalog Web Server
  'tachyon.master-stack -> tachyon.catalog tcp http-port', // 80
  'tachyon.catalog -> 1e-cloud-services tcp 443',
  'tachyon.catalog -> sql-server tcp 1433', // 1E Catalog database
  'web-browser -> tachyon.catalog tcp http-port', // 80

  // Firewall requirements for a remote Tachyon Response Stack (SQL rows merged above)
  'tachyon.master-stack -> tachyon.response-stack tcp https-port', // 443: Consumer API to Core
  'tachyon.response-stack -> tachyon.master-stack tcp ws-port', // 3901

  // Firewall requirements for a Tachyon DMZ Server
  'tachyon.internet-clients -> tachyon.dmz tcp https-port', // 443
  'tachyon.internet-clients -> tachyon.dmz tcp switch-port', // 4000 wss
  'tachyon.master-stack -> tachyon.dmz tcp https-port', // 443
  'tachyon.dmz -> tachyon.response-stack tcp https-port', // 443
  'tachyon.dmz -> tachyon.master-stack tcp ws-port', // 3901
  'tachyon.response-stack -> tachyon.dmz tcp switch-port + 1', // TCP 400n: Switch poke port
  'tachyon.dmz -> tachyon.dmz-http-peer tcp 80', // destination not named

  // Internal Server communications (no Device column; should not affect firewall requirements)
  'tachyon.server listens tcp 3900 no-firewall',
  'tachyon.server listens tcp 3901 no-firewall',
  'tachyon.server listens tcp switch-port + 1 no-firewall', // "TCP | TCP": the poke port
  'tachyon.server listens tcp 443 no-firewall',
  'tachyon.server listens tcp 80 no-firewall',
  'tachyon.server listens tcp 8081 no-firewall',
  'tachyon.server listens tcp 6002 no-firewall',
];

describe('tachyon catalogue', () => {
  it('has exactly the rows of the document', () => {
    expect(catalogueRows('tachyon')).toEqual([...expected].sort());
  });

  it('cites every row of every table once, each quote inside its own section', () => {
    const rowsPerSection: Record<string, number> = {
      [SERVERS]: 13,
      [CLIENTS]: 5,
      [CATALOG]: 6,
      [REMOTE]: 6,
      [DMZ]: 12,
      [INTERNAL]: 7,
    };
    const citations = allCitations();
    expect(citations.every((c) => c.doc === DOC && c.quote)).toBe(true);
    expect(new Set(citations.map((c) => c.section))).toEqual(new Set(Object.keys(rowsPerSection)));
    for (const [section, rows] of Object.entries(rowsPerSection)) {
      const text = sectionText(section);
      const quotes = new Set(citations.filter((c) => c.section === section).map((c) => c.quote!));
      expect(quotes.size, section).toBe(rows);
      for (const quote of quotes) expect(text, `${section}: ${quote}`).toContain(folded(quote));
    }
  });

  it('pairs every Outgoing row with its Incoming row where the document lists both', () => {
    expect(flow('tachyon.master-to-response-443').alsoCited.map((c) => c.quote)).toEqual([
      'Tachyon Server (Response Stack) | TCP 443 | HTTPS | Incoming',
    ]);
    expect(flow('tachyon.response-to-master-3901').cite.quote).toBe(
      'Tachyon Server (Response Stack) | TCP 3901 | WebSocket (ws) | Outgoing',
    );
    expect(flow('tachyon.response-to-dmz-poke').alsoCited.map((c) => c.quote)).toEqual([
      'DMZ Server | TCP 400n | TCP | Incoming',
    ]);
    // Paired rows of the Single-Server tables cite the clients' row and the servers' row.
    for (const id of ['tachyon.browser-to-master-443', 'tachyon.client-to-response-443', 'tachyon.client-to-response-switch']) {
      expect(flow(id).cite.section).toBe(CLIENTS);
      expect(flow(id).alsoCited.map((c) => c.section)).toEqual([SERVERS]);
    }
  });

  it('says where a Device cell was lost and what was inferred from which words', () => {
    for (const f of flows) expect(f.gap, f.id).toBeTruthy();
    const lostDevice = flows.filter((f) => f.cite.section === SERVERS || f.cite.section === CLIENTS);
    expect(lostDevice).toHaveLength(15);
    for (const f of lostDevice.filter((f) => f.id !== 'tachyon.client-to-client-7766')) {
      expect(f.gap, f.id).toMatch(/Device cell/);
    }
    expect(flow('tachyon.response-to-sql-1433').gap).toContain('See SQLSERVER_RESPONSES');
    expect(flow('tachyon.master-to-cloud-443').gap).toContain('1E Cloud Services');
    expect(flow('tachyon.browser-to-master-80').gap).toContain('1E Catalog UI');
    expect(flow('tachyon.client-to-client-7766').gap).toContain('names no peer');
    expect(flow('tachyon.dmz-to-http-80').gap).toContain('destination is not named');
  });

  it('resolves the Switch port and the poke port (Switch client port + 1) from the listener', () => {
    const hosts = ['tachyon.server', 'tachyon.response-stack-server', 'tachyon.dmz-server'].map(component);
    for (const host of hosts) {
      const param = host.params.find((p) => p.id === 'switch-port');
      expect(param, host.id).toMatchObject({ default: 4000, min: 1, max: 65534 });
    }
    const dmz = component('tachyon.dmz-server');
    const clientToSwitch = flow('tachyon.internet-client-to-dmz-switch').ports;
    const poke = flow('tachyon.response-to-dmz-poke').ports;
    expect(resolvePorts(clientToSwitch, defaults(dmz))).toEqual({ ok: true, ranges: [{ from: 4000, to: 4000 }] });
    expect(resolvePorts(poke, defaults(dmz))).toEqual({ ok: true, ranges: [{ from: 4001, to: 4001 }] });
    const moved = { ...defaults(dmz), 'switch-port': 4100 };
    expect(resolvePorts(clientToSwitch, moved)).toEqual({ ok: true, ranges: [{ from: 4100, to: 4100 }] });
    expect(resolvePorts(poke, moved)).toEqual({ ok: true, ranges: [{ from: 4101, to: 4101 }] });
    expect(resolvePorts(poke, { 'switch-port': 65534 })).toEqual({ ok: true, ranges: [{ from: 65535, to: 65535 }] });
    // Internal clients reach the Switch on the Response Stack (or single server) the same way.
    for (const host of ['tachyon.server', 'tachyon.response-stack-server'].map(component)) {
      expect(resolvePorts(flow('tachyon.client-to-response-switch').ports, { ...defaults(host), 'switch-port': 4100 })).toEqual({
        ok: true,
        ranges: [{ from: 4100, to: 4100 }],
      });
    }
  });

  it('resolves every configurable port to its documented default', () => {
    const resolved = (flowId: string, componentId: string) => {
      const r = resolvePorts(flow(flowId).ports, defaults(component(componentId)));
      return r.ok ? r.ranges.map((x) => x.from) : r;
    };
    expect(resolved('tachyon.browser-to-master-443', 'tachyon.server')).toEqual([443]);
    expect(resolved('tachyon.browser-to-master-80', 'tachyon.master-stack-server')).toEqual([80]);
    expect(resolved('tachyon.client-to-response-443', 'tachyon.response-stack-server')).toEqual([443]);
    expect(resolved('tachyon.client-to-client-7766', 'tachyon.1e-client')).toEqual([7766]);
    expect(resolved('tachyon.integrate-agent-to-master-6002', 'tachyon.master-stack-server')).toEqual([6002]);
    expect(resolved('tachyon.master-to-integrate-agent-6002', 'tachyon.integrate-agent')).toEqual([6002]);
    expect(resolved('tachyon.master-to-catalog-80', 'tachyon.catalog-server')).toEqual([80]);
    expect(resolved('tachyon.master-to-response-443', 'tachyon.response-stack-server')).toEqual([443]);
    expect(resolved('tachyon.response-to-master-3901', 'tachyon.master-stack-server')).toEqual([3901]);
    expect(resolved('tachyon.dmz-to-master-3901', 'tachyon.server')).toEqual([3901]);
    expect(resolved('tachyon.internet-client-to-dmz-443', 'tachyon.dmz-server')).toEqual([443]);
    expect(resolved('tachyon.master-to-configmgr-wmi', 'tachyon.configmgr-server')).toEqual([135, 445]);
    expect(flow('tachyon.master-to-configmgr-wmi').gap).toMatch(/after the initial connection are not stated/);
  });

  it('opens the SQL Browser port only for a Named Instance, off by default', () => {
    const connecting = ['tachyon.server', 'tachyon.master-stack-server', 'tachyon.response-stack-server'].map(component);
    for (const c of connecting) {
      expect(c.options.find((o) => o.id === 'sql-named-instance'), c.id).toMatchObject({ type: 'boolean', default: false });
    }
    const browsers = flows.filter((f) => f.protocols.includes('udp'));
    expect(browsers.map((f) => f.id).sort()).toEqual(['tachyon.master-to-sql-browser-1434', 'tachyon.response-to-sql-browser-1434']);
    for (const f of browsers) {
      expect(f.to).toBe('sql-server');
      expect(resolvePorts(f.ports, {})).toEqual({ ok: true, ranges: [{ from: 1434, to: 1434 }] });
      for (const c of connecting) {
        expect(isOn(f, optionDefaults(c), {})).toBe(false);
        expect(isOn(f, { ...optionDefaults(c), 'sql-named-instance': true }, {})).toBe(true);
      }
    }
    // Every other flow is unconditional.
    expect(flows.filter((f) => f.when.length > 0)).toHaveLength(2);
  });

  it('models the single server as one component filling both stacks', () => {
    expect(catalogue.fillers.get('tachyon.master-stack')).toEqual(['tachyon.server', 'tachyon.master-stack-server']);
    expect(catalogue.fillers.get('tachyon.response-stack')).toEqual(['tachyon.server', 'tachyon.response-stack-server']);
    expect(catalogue.fillers.get('tachyon.dmz')).toEqual(['tachyon.dmz-server']);
    expect(catalogue.fillers.get('tachyon.catalog')).toEqual(['tachyon.catalog-server']);
  });

  it('keeps only the internal ports out of the firewall', () => {
    expect(flows.every((f) => f.firewall)).toBe(true);
    const services = components.flatMap((c) => c.services.map((s) => ({ component: c.id, ...s })));
    expect(services).toHaveLength(7);
    expect(services.every((s) => s.component === 'tachyon.server' && !s.firewall && s.cite.section === INTERNAL)).toBe(true);
    const poke = services.find((s) => s.id === 'internal-switch-poke')!;
    expect(resolvePorts(poke.ports, defaults(component('tachyon.server')))).toEqual({ ok: true, ranges: [{ from: 4001, to: 4001 }] });
  });

  it('records the narrative paragraphs and lost cells as gaps, without ports', () => {
    const texts = (section: string) => gaps.filter((g) => g.cite.section === section).map((g) => g.text).join('\n');
    expect(texts(DIAGRAM)).toMatch(/WakeUp, NightWatchman Enterprise and Shopping/);
    expect(texts(SINGLE)).toMatch(/Certificate Services and Active Directory/);
    expect(texts(SINGLE)).toMatch(/Coordinator Workflow service queries AD/);
    expect(texts(SINGLE)).toMatch(/Consumer API queries AD/);
    expect(texts(SINGLE)).toMatch(/Nomad, Shopping and WakeUp/);
    expect(texts(SINGLE)).toMatch(/non-Tachyon content sources/);
    expect(texts(DMZ)).toMatch(/CRL Distribution Point/);
    expect(texts(DMZ)).toMatch(/ADFS and SAML/);
    expect(texts(INTERNAL)).toMatch(/The following may be configured during installation/);
    for (const section of [SERVERS, CLIENTS, CATALOG, REMOTE, DMZ]) expect(texts(section), section).toMatch(/Usage cell/);
    for (const g of gaps) expect(sectionText(g.cite.section), g.text).toContain(folded(g.cite.quote!));
  });
});
