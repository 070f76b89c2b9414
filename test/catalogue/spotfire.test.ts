/**
 * TIBCO Spotfire: the catalogue against its port document
 * (`003_38e233c3d784b099.txt`, "Ports and firewall configuration").
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import type { CatalogueFlow } from '../../src/model/catalogue/load';
import type { Condition } from '../../src/model/catalogue/schema';
import { formatRanges, resolvePorts, type ParamValues } from '../../src/model/ports';
import { catalogueRows, folded, seedText } from './seed';

const DOC = '003_38e233c3d784b099.txt';
const INTERNAL = 'Internal ports';
const OUTBOUND = 'Outbound ports on the server';

const catalogue = bundledCatalogue();
const spotfireFlows = catalogue.flows.filter((f) => f.product === 'spotfire');
const flow = (id: string): CatalogueFlow => {
  const found = spotfireFlows.find((f) => f.id === id);
  if (!found) throw new Error(`no flow ${id}`);
  return found;
};

// Rows of the table "Internal ports", keyed by "Name of port", in document order.
const internalPorts: Record<string, string[]> = {
  // Firewall cell (spans HTTP and HTTPS): Spotfire Server opens; Analyst, web browser clients,
  // proxies and load balancers must have access.
  'Public HTTP port': [
    'spotfire.analyst -> spotfire.server tcp http-port if to.http-connector=true',
    'web-browser -> spotfire.server tcp http-port if to.http-connector=true',
    'http-proxy -> spotfire.server tcp http-port if to.http-connector=true',
  ],
  'HTTPS connector port': [
    'spotfire.analyst -> spotfire.server tcp https-port if to.https-connector=true',
    'web-browser -> spotfire.server tcp https-port if to.https-connector=true',
    'http-proxy -> spotfire.server tcp https-port if to.https-connector=true',
  ],
  // Firewall cell: Spotfire Server opens; node managers must have access.
  'Server back-end registration port': ['spotfire.node-manager -> spotfire.server tcp backend-registration-port'],
  'Server back-end communication port': ['spotfire.node-manager -> spotfire.server tcp backend-communication-port'],
  // Firewall cell (spans node manager and service ports): Spotfire Server must have access;
  // node managers must open these ports and have access.
  'Node manager registration port': [
    'spotfire.server -> spotfire.node-manager tcp node-manager-registration-port',
    'spotfire.node-manager -> spotfire.node-manager tcp node-manager-registration-port',
  ],
  'Node manager communication port': [
    'spotfire.server -> spotfire.node-manager tcp node-manager-communication-port',
    'spotfire.node-manager -> spotfire.node-manager tcp node-manager-communication-port',
  ],
  'Service communication port': [
    'spotfire.server -> spotfire.service-instance tcp service-port',
    'spotfire.node-manager -> spotfire.service-instance tcp service-port',
  ],
  'TERR service communication port': [
    'spotfire.server -> spotfire.terr-service tcp terr-service-port',
    'spotfire.node-manager -> spotfire.terr-service tcp terr-service-port',
  ],
  'Spotfire Service for Python communication port': [
    'spotfire.server -> spotfire.python-service tcp python-service-port',
    'spotfire.node-manager -> spotfire.python-service tcp python-service-port',
  ],
  // No firewall configuration needed.
  'TERR service engine ports': ['spotfire.terr-service-node listens tcp 61000-62000 no-firewall'],
  'Spotfire Service for Python engine ports': ['spotfire.python-service-node listens tcp 62000-63000 no-firewall'],
  // Open between all the Spotfire Servers in the cluster.
  'Clustering port': ['spotfire.server -> spotfire.server tcp clustering-port'],
  'Second clustering port': ['spotfire.server -> spotfire.server tcp clustering-port + 1'],
  'Third clustering port': ['spotfire.server -> spotfire.server tcp clustering-port + 2'],
  // Monitoring clients must have access.
  'JMX RMI port': ['jmx-client -> spotfire.server tcp jmx-rmi-port if to.jmx-rmi=true'],
};

// Rows of the table "Outbound ports on the server", keyed by "Type of port", in document order.
const outboundPorts: Record<string, string[]> = {
  'Database communication port': [
    'spotfire.server -> oracle-database tcp 1521',
    'spotfire.server -> sql-server tcp 1433',
    'spotfire.server -> postgresql-database tcp 5432',
  ],
  'LDAP port': [
    'spotfire.server -> ldap-directory tcp 389 if from.ldap=ldap',
    'spotfire.server -> ldap-directory tcp 636 if from.ldap=ldaps',
  ],
  'Global Catalog LDAP port': [
    'spotfire.server -> ad-domain-controller tcp 3268 if from.global-catalog=ldap',
    'spotfire.server -> ad-domain-controller tcp 3269 if from.global-catalog=ldaps',
  ],
  'TIBCO Enterprise Message Service ( EMS )': [
    'spotfire.server -> spotfire.ems tcp 7222 if to.connection=non-secure',
    'spotfire.server -> spotfire.ems tcp 7243 if to.connection=secure',
  ],
  'Data connectors': ['spotfire.server -> spotfire.data-source tcp unspecified (Varies)'],
  'Kerberos/GSSAPI': ['spotfire.server -> ad-domain-controller tcp+udp 88 if from.kerberos=true'],
  'Microsoft Net Logon, SMB, and CIFS': ['spotfire.server -> ad-domain-controller tcp 445 if from.ntlm=true'],
  'Open ID Connect providers': ['spotfire.server -> openid-provider tcp 443 if from.open-id-connect=true'],
  // Alternatives, one flow per documented port; started by the Automation Services node.
  'SMTP port': [
    'spotfire.automation-services -> smtp-relay tcp 25 if from.smtp=plain-25',
    'spotfire.automation-services -> smtp-relay tcp 2525 if from.smtp=plain-2525',
    'spotfire.automation-services -> smtp-relay tcp 587 if from.smtp=plain-587',
    'spotfire.automation-services -> smtp-relay tcp 465 if from.smtp=secure-465',
    'spotfire.automation-services -> smtp-relay tcp 25 if from.smtp=secure-25',
    'spotfire.automation-services -> smtp-relay tcp 587 if from.smtp=secure-587',
  ],
  'Databases and other services used by Information Services': [
    'spotfire.server -> oracle-database tcp 1521 if from.information-services=true',
    'spotfire.server -> sql-server tcp 1433 if from.information-services=true',
    'spotfire.server -> netezza-database tcp 5480 if from.information-services=true',
    'spotfire.server -> spotfire.data-source tcp unspecified (Otherwise, it varies) if from.information-services=true',
  ],
  // The same row as under "Internal ports": encoded once there, with this place in alsoCited.
  'JMX RMI port': [],
};

/** Parameter defaults of a component type. */
function defaultsOf(componentId: string): ParamValues {
  const component = catalogue.components.get(componentId)!;
  return Object.fromEntries(component.params.map((p) => [p.id, p.default]));
}

/** The ports a flow resolves to on every component filling its listener role, given parameter overrides. */
function resolvedOn(f: CatalogueFlow, overrides: ParamValues = {}): string[] {
  const listeners = catalogue.fillers.get(f.to) ?? [];
  return [
    ...new Set(
      listeners.map((id) => {
        const resolved = resolvePorts(f.ports, { ...defaultsOf(id), ...overrides });
        return resolved.ok ? formatRanges(resolved.ranges) : JSON.stringify(resolved);
      }),
    ),
  ];
}

type Choices = Record<string, boolean | string>;
/** Whether a flow applies between two component types with the given option values (others at their default). */
function applies(f: CatalogueFlow, from: { id: string; options?: Choices }, to: { id: string; options?: Choices }): boolean {
  const valueOf = (side: { id: string; options?: Choices }, c: Condition) =>
    side.options?.[c.option] ?? catalogue.components.get(side.id)!.options.find((o) => o.id === c.option)!.default;
  const fromRoles = catalogue.components.get(from.id)!.roles;
  const toRoles = catalogue.components.get(to.id)!.roles;
  if (!fromRoles.includes(f.from) || !toRoles.includes(f.to)) return false;
  return f.when.every((c) => valueOf(c.side === 'from' ? from : to, c) === c.is);
}

describe('spotfire catalogue against "Ports and firewall configuration"', () => {
  it('has exactly one line per documented port row, initiator and alternative', () => {
    const expected = [...Object.values(internalPorts).flat(), ...Object.values(outboundPorts).flat()];
    expect(catalogueRows('spotfire')).toEqual(expected.sort());
  });

  it('covers all 15 Internal ports rows and all 11 Outbound ports rows', () => {
    const text = folded(seedText(DOC));
    expect(Object.keys(internalPorts)).toHaveLength(15);
    expect(Object.keys(outboundPorts)).toHaveLength(11);
    for (const name of [...Object.keys(internalPorts), ...Object.keys(outboundPorts)]) expect(text).toContain(folded(name));
    // Every row is encoded, except the JMX RMI row repeated in the outbound table.
    const empty = Object.entries(outboundPorts).filter(([, lines]) => lines.length === 0);
    expect(empty.map(([name]) => name)).toEqual(['JMX RMI port']);
    expect(Object.values(internalPorts).every((lines) => lines.length > 0)).toBe(true);
  });

  it('cites each table for exactly the entries typed under it', () => {
    const services = [...catalogue.components.values()].filter((c) => c.product === 'spotfire').flatMap((c) => c.services);
    const entries = [...spotfireFlows, ...services];
    const citing = (section: string) => entries.filter((e) => e.cite.doc === DOC && e.cite.section === section).length;
    expect(citing(INTERNAL)).toBe(Object.values(internalPorts).flat().length);
    expect(citing(OUTBOUND)).toBe(Object.values(outboundPorts).flat().length);
    expect(entries).toHaveLength(24 + 23);
    // The repeated JMX RMI row.
    const jmx = flow('spotfire.jmx-client-to-server');
    expect(jmx.cite.section).toBe(INTERNAL);
    expect(jmx.alsoCited.map((c) => c.section)).toEqual([OUTBOUND]);
  });

  it('resolves every configurable port to the default the document gives', () => {
    const documentDefaults: Record<string, string> = {
      'spotfire.analyst-to-server-http': '80',
      'spotfire.browser-to-server-http': '80',
      'spotfire.proxy-to-server-http': '80',
      'spotfire.analyst-to-server-https': '443',
      'spotfire.browser-to-server-https': '443',
      'spotfire.proxy-to-server-https': '443',
      'spotfire.node-to-server-registration': '9080',
      'spotfire.node-to-server-communication': '9443',
      'spotfire.server-to-node-registration': '9080',
      'spotfire.node-to-node-registration': '9080',
      'spotfire.server-to-node-communication': '9443',
      'spotfire.node-to-node-communication': '9443',
      'spotfire.server-to-service-9501': '9501',
      'spotfire.node-to-service-9501': '9501',
      'spotfire.server-to-terr-9502': '9502',
      'spotfire.node-to-terr-9502': '9502',
      'spotfire.server-to-python-9503': '9503',
      'spotfire.node-to-python-9503': '9503',
      'spotfire.server-to-server-clustering': '5701',
      'spotfire.server-to-server-clustering-2': '5702',
      'spotfire.server-to-server-clustering-3': '5703',
      'spotfire.jmx-client-to-server': '1099',
    };
    const parametrised = spotfireFlows.filter((f) => f.ports.kind === 'ports' && f.ports.ports.some((p) => typeof p !== 'number'));
    expect(parametrised.map((f) => f.id).sort()).toEqual(Object.keys(documentDefaults).sort());
    for (const [id, ports] of Object.entries(documentDefaults)) expect(resolvedOn(flow(id)), id).toEqual([ports]);
  });

  it('derives the second and third clustering ports from the first', () => {
    const clustering = [
      'spotfire.server-to-server-clustering',
      'spotfire.server-to-server-clustering-2',
      'spotfire.server-to-server-clustering-3',
    ];
    expect(clustering.map((id) => resolvedOn(flow(id), { 'clustering-port': 5801 }))).toEqual([['5801'], ['5802'], ['5803']]);
    const param = catalogue.components.get('spotfire.spotfire-server')!.params.find((p) => p.id === 'clustering-port')!;
    expect(param.max + 2).toBeLessThanOrEqual(65535);
  });

  it('requests exactly the chosen SMTP port from Automation Services', () => {
    const smtpFlows = spotfireFlows.filter((f) => f.to === 'smtp-relay');
    const portsFor = (smtp: string) =>
      smtpFlows
        .filter((f) => applies(f, { id: 'spotfire.automation-services-node', options: { smtp } }, { id: 'infra.smtp-relay' }))
        .map((f) => `${f.app} ${resolvedOn(f).join()}`);
    expect(portsFor('none')).toEqual([]);
    expect(portsFor('plain-25')).toEqual(['SMTP 25']);
    expect(portsFor('plain-2525')).toEqual(['SMTP 2525']);
    expect(portsFor('plain-587')).toEqual(['SMTP 587']);
    expect(portsFor('secure-465')).toEqual(['Secure SMTP 465']);
    expect(portsFor('secure-25')).toEqual(['Secure SMTP 25']);
    expect(portsFor('secure-587')).toEqual(['Secure SMTP 587']);
    // The default opens nothing; the decision to start at the node is written down.
    expect(portsFor(catalogue.components.get('spotfire.automation-services-node')!.options[0]!.default as string)).toEqual([]);
    for (const f of smtpFlows) expect(f.gap).toMatch(/Used by Automation Services/);
  });

  it('switches the HTTP and HTTPS connectors independently (HTTPS only by default)', () => {
    const fromBrowser = spotfireFlows.filter((f) => f.from === 'web-browser');
    const active = (options?: Choices) =>
      fromBrowser.filter((f) => applies(f, { id: 'infra.browser' }, { id: 'spotfire.spotfire-server', options })).map((f) => f.app);
    expect(active()).toEqual(['HTTPS']);
    expect(active({ 'http-connector': true, 'https-connector': false })).toEqual(['HTTP']);
    expect(active({ 'http-connector': true }).sort()).toEqual(['HTTP', 'HTTPS']);
  });

  it('with default options, Spotfire Server reaches only the Spotfire database among shared infrastructure', () => {
    const infra = [...catalogue.components.values()].filter((c) => c.product === 'infrastructure');
    const reached = spotfireFlows.flatMap((f) =>
      infra.filter((c) => applies(f, { id: 'spotfire.spotfire-server' }, { id: c.id })).map((c) => `${c.id} ${resolvedOn(f).join()}`),
    );
    expect([...new Set(reached)].sort()).toEqual(['infra.oracle 1521', 'infra.postgresql 5432', 'infra.sql-server 1433']);
  });

  it('encodes LDAP, Global Catalog and EMS as alternatives, each opening one documented port', () => {
    const server = 'spotfire.spotfire-server';
    const to = (target: string, options: Choices) =>
      spotfireFlows.filter((f) => applies(f, { id: server, options }, { id: target })).map((f) => resolvedOn(f).join());
    expect(to('infra.ldap-directory', { ldap: 'ldap' })).toEqual(['389']);
    expect(to('infra.ldap-directory', { ldap: 'ldaps' })).toEqual(['636']);
    expect(to('infra.ad-domain-controller', { 'global-catalog': 'ldap' }).sort()).toEqual(['3268']);
    expect(to('infra.ad-domain-controller', { 'global-catalog': 'ldaps' }).sort()).toEqual(['3269']);
    expect(to('infra.ad-domain-controller', { kerberos: true, ntlm: true }).sort()).toEqual(['445', '88']);
    const ems = (connection: string) =>
      spotfireFlows
        .filter((f) => applies(f, { id: server }, { id: 'spotfire.ems-server', options: { connection } }))
        .map((f) => resolvedOn(f).join());
    expect(ems('non-secure')).toEqual(['7222']);
    expect(ems('secure')).toEqual(['7243']);
  });

  it('marks only the engine port ranges as needing no firewall rule', () => {
    const noFirewall = catalogueRows('spotfire').filter((row) => row.endsWith('no-firewall'));
    expect(noFirewall).toEqual([
      'spotfire.python-service-node listens tcp 62000-63000 no-firewall',
      'spotfire.terr-service-node listens tcp 61000-62000 no-firewall',
    ]);
  });

  it('writes down what the scrape lost or left open', () => {
    expect(flow('spotfire.server-to-kerberos-88').gap).toMatch(/no transport protocol/);
    expect(flow('spotfire.server-to-data-connector-source').ports.kind).toBe('unspecified');
    expect(flow('spotfire.server-to-information-services-other').ports.kind).toBe('unspecified');
    // Flows whose firewall cell is read from a cell spanning several rows say so.
    for (const id of [
      'spotfire.analyst-to-server-https',
      'spotfire.node-to-server-communication',
      'spotfire.server-to-node-communication',
      'spotfire.node-to-terr-9502',
      'spotfire.server-to-python-9503',
      'spotfire.server-to-server-clustering-2',
      'spotfire.server-to-server-clustering-3',
    ]) {
      expect(flow(id).gap, id).toMatch(/spanning/);
    }
    const gaps = catalogue.gaps.filter((g) => g.product === 'spotfire').map((g) => g.text);
    expect(gaps.some((t) => t.includes('main ports'))).toBe(true);
    expect(gaps.some((t) => t.includes('transport protocol'))).toBe(true);
  });
});
