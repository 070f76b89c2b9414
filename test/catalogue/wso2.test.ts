/**
 * WSO2: the catalogue against "Default Ports of WSO2 Products - Administration
 * Guide 4.4.x" (seed 004_898e496f9e796028.txt), row by row.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogueComponent } from '../../src/model/catalogue/load';
import type { Citation, PortSpec, Service } from '../../src/model/catalogue/schema';
import { resolvePorts } from '../../src/model/ports';
import { catalogueRows, defaults, productCatalogue } from './seed';

const DOC = '004_898e496f9e796028.txt';

const { catalogue, flows, flow, component } = productCatalogue('wso2');
const components = [...catalogue.components.values()].filter((c) => c.product === 'wso2');
const servers = components.filter((c) => c.kind === 'server');
const carbon = catalogue.roles.get('wso2.carbon')!;

function service(componentId: string, id: string): Service {
  const found = component(componentId).services.find((s) => s.id === id);
  if (!found) throw new Error(`no service ${id} on ${componentId}`);
  return found;
}

/** Ports of a spec on a listener, its parameters at their defaults but its port offset set. */
function on(spec: PortSpec, listener: CatalogueComponent, offset = 0): number[] {
  const params = { ...defaults(listener), [listener.portOffsetParam!]: offset };
  const resolved = resolvePorts(spec, params, params[listener.portOffsetParam!]);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved));
  return resolved.ranges.map((r) => r.from);
}

/** Every entry of the product (flows, component services, role services) with all its citations. */
function allCitations(): Citation[] {
  const entries = [
    // The cluster member flows repeat the Clustering ports bullets the role services already cite (tested apart).
    ...flows.filter((f) => f.peers !== 'same-type'),
    ...components.flatMap((c) => c.services),
    ...[...catalogue.roles.values()].filter((r) => r.product === 'wso2').flatMap((r) => r.services),
  ];
  return entries.flatMap((e) => [e.cite, ...e.alsoCited]);
}

const expected = [
  // ---- Common ports (role wso2.carbon: every WSO2 server)
  // Management console ports: the list for products other than EI was lost (top-level gap);
  // "WSO2 Enterprise Integrator (WSO2 EI) uses the following ports to access the management console"
  'wso2.ei-esb listens tcp 9443', // also under EI "ESB ports"
  'wso2.ei-business-process listens tcp 9445',
  'wso2.ei-analytics listens tcp 9444',
  // LDAP server ports
  'wso2.carbon listens tcp 10389 if to.embedded-ldap=true',
  // KDC ports
  'wso2.carbon listens tcp 8000 if to.kdc=true',
  // JMX monitoring ports (a JMX client such as JConsole)
  'jmx-client -> wso2.carbon tcp 11111 if to.jmx=true',
  'jmx-client -> wso2.carbon tcp 9999 if to.jmx=true',
  // Clustering ports
  'wso2.carbon listens udp 45564 if to.membership-scheme=multicast',
  'wso2.carbon listens tcp 4000 if to.membership-scheme=wka',
  // The same two bullets read as members finding each other (two or more instances of one product, both ways)
  'wso2.carbon -> wso2.carbon udp 45564 if from.membership-scheme=multicast and to.membership-scheme=multicast',
  'wso2.carbon -> wso2.carbon tcp 4000 if from.membership-scheme=wka and to.membership-scheme=wka',
  // Random ports
  'wso2.carbon listens tcp unspecified (random TCP port opened at server startup; changes every start)',
  'wso2.carbon listens udp unspecified (random UDP port opened at server startup; changes every start)',

  // ---- API Manager
  'wso2.api-manager listens tcp 5672',
  'wso2.api-manager listens tcp 7611 if to.throttling-publisher=thrift',
  'wso2.apim -> wso2.apim-analytics tcp 7612',
  'wso2.api-manager listens tcp 7711 if to.throttling-publisher=thrift',
  'wso2.apim -> wso2.apim-analytics tcp 7711', // + port offset of the APIM Analytics Server
  'wso2.api-manager listens tcp 8280, 8243',
  'wso2.api-manager listens tcp 9611 if to.throttling-publisher=binary',
  'wso2.api-manager listens tcp 9711 if to.throttling-publisher=binary',
  'wso2.api-manager listens tcp 10397',
  'wso2.api-manager listens tcp 9099',

  // ---- Data Analytics Server
  // Ports inherited from WSO2 BAM
  'wso2.das listens tcp 7711',
  'wso2.das listens tcp 7611',
  // Ports used by the Spark Analytics Engine: Ports available for all modes
  'wso2.das listens tcp 4040',
  'wso2.das listens tcp 18080',
  'wso2.das listens tcp 12000',
  'wso2.das listens tcp 12500',
  'wso2.das listens tcp 13000',
  'wso2.das listens tcp 13500',
  'wso2.das listens tcp 14000',
  'wso2.das listens tcp 14500',
  // Ports available for the cluster mode
  'wso2.das listens tcp 7077 if to.spark-mode=cluster',
  'wso2.das listens tcp 6066 if to.spark-mode=cluster',
  'wso2.das listens tcp 8081 if to.spark-mode=cluster',
  'wso2.das listens tcp 11000 if to.spark-mode=cluster',
  'wso2.das listens tcp 11500 if to.spark-mode=cluster',

  // ---- Business Process Server
  'wso2.bps listens tcp 2199',

  // ---- Complex Event Processor
  'wso2.cep listens tcp 9160',
  'wso2.cep listens tcp 7711',
  'wso2.cep listens tcp 7611',
  'wso2.cep listens tcp 11224',

  // ---- Elastic Load Balancer
  'wso2.elb listens tcp 8280, 8243',

  // ---- Enterprise Service Bus
  'wso2.esb listens tcp 8243',
  'wso2.esb listens tcp 8280',

  // ---- Enterprise Integrator
  // ESB ports (9443 is the management console row above)
  'wso2.ei-esb listens tcp 8243',
  'wso2.ei-esb listens tcp 8280',
  // EI-Analytics ports
  'wso2.ei-analytics listens tcp 9643',
  'wso2.ei-analytics listens tcp 9161',
  'wso2.ei-analytics listens tcp 7712',
  'wso2.ei-analytics listens tcp 7612',
  // EI-Business Process ports: the list was lost (top-level gap)
  // EI-Broker ports
  'wso2.ei-broker listens tcp 5675',
  'wso2.ei-broker listens tcp 8675',
  'wso2.ei-broker listens tcp 1886',
  'wso2.ei-broker listens tcp 8836',
  'wso2.ei-broker listens tcp 7614',
  // EI-Micro Integrator ports
  'wso2.ei-micro-integrator listens tcp 8290',
  'wso2.ei-micro-integrator listens tcp 8253',
  // EI-MSF4J ports
  'wso2.ei-msf4j listens tcp 9090',

  // ---- Identity Server
  'wso2.identity-server listens tcp 8000',
  'wso2.identity-server listens tcp 10500',

  // ---- Message Broker
  'wso2.message-broker listens tcp 5672',
  'wso2.message-broker listens tcp 8672',
  'wso2.message-broker listens tcp 1883',
  'wso2.message-broker listens tcp 8833',
  'wso2.message-broker listens tcp 7611',

  // ---- Machine Learner
  'wso2.machine-learner listens tcp 7077',
  'wso2.machine-learner listens tcp 54321',
  'wso2.machine-learner listens tcp 4040',

  // ---- Storage Server
  // Cassandra:
  'wso2.storage-node -> wso2.storage-node tcp 7000',
  'wso2.storage-node -> wso2.storage-node tcp 7001',
  'wso2.storage-server listens tcp 9160',
  'wso2.storage-server listens tcp 7199',
  // HDFS:
  'wso2.storage-server listens tcp 54310',
  'wso2.storage-server listens tcp 54311',
  'wso2.storage-server listens tcp 50470',
  'wso2.storage-server listens tcp 50475',
  'wso2.storage-server listens tcp 50010',
  'wso2.storage-server listens tcp 50075',
  'wso2.storage-server listens tcp 50020',

  // ---- Enterprise Mobility Manager (its Android and iOS rows repeat under IoT Server)
  // Android:
  'wso2.android -> fcm tcp 5228, 5229, 5230',
  // iOS:
  'wso2.ios -> apns tcp 5223',
  'wso2.push-sender -> apns tcp 2195',
  'wso2.push-sender -> apns tcp 2196',
  'wso2.ios -> apns tcp 443',
  // API Manager: (only applicable to WSO2 EMM 1.1.0 onwards)
  'wso2.emm listens tcp 10397 if to.version-1-1-0-onwards=true',
  'wso2.emm listens tcp 8280, 8243 if to.version-1-1-0-onwards=true',

  // ---- IoT Server: Default ports
  'wso2.iot-server listens tcp 8243',
  'wso2.iot-server listens tcp 9443',
  'wso2.iot-server listens tcp 8280',
  'wso2.iot-server listens tcp 9763',
  'wso2.iot-server listens tcp 1886',
  'wso2.iot-server listens tcp 9445',
  'wso2.iot-server listens tcp 9765',
  'wso2.iot-server listens tcp 1039',
  // Android and iOS: the EMM rows above (alsoCited)
];

/** Rows and bullets the document lists under each heading (a repeated row counted where it stands). */
const rowsPerSection: Record<string, number> = {
  'Management console ports': 3,
  'LDAP server ports': 1,
  'KDC ports': 1,
  'JMX monitoring ports': 2,
  'Clustering ports': 2,
  'Random ports': 2,
  'API Manager': 10,
  'Ports inherited from WSO2 BAM': 2,
  'Ports available for all modes': 8,
  'Ports available for the cluster mode': 5,
  'Business Process Server': 1,
  'Complex Event Processor': 4,
  'Elastic Load Balancer': 1,
  'Enterprise Service Bus': 2,
  'ESB ports': 3,
  'EI-Analytics ports': 4,
  'EI-Broker ports': 5,
  'EI-Micro Integrator ports': 2,
  'EI-MSF4J ports': 1,
  'Identity Server': 2,
  'Message Broker': 5,
  'Machine Learner': 3,
  'Cassandra:': 4,
  'HDFS:': 7,
  'Android:': 1,
  'iOS:': 4,
  'API Manager:': 2,
  'Default ports': 8,
  Android: 1, // IoT Server
  iOS: 4, // IoT Server
};

describe('wso2 catalogue', () => {
  it('has exactly the rows of the document', () => {
    expect(catalogueRows('wso2')).toEqual([...expected].sort());
  });

  it('covers every row and bullet of every section, each once', () => {
    const counts: Record<string, number> = {};
    for (const cite of allCitations()) {
      expect(cite.doc).toBe(DOC);
      expect(cite.quote, cite.section).toBeTruthy();
      counts[cite.section] = (counts[cite.section] ?? 0) + 1;
    }
    expect(counts).toEqual(rowsPerSection);
    const total = Object.values(rowsPerSection).reduce((a, b) => a + b, 0);
    expect(total).toBe(100);
    // 100 document rows: 5 repeated mobile rows and the repeated 9443 row are alsoCited, so 94 entries,
    // plus the two clustering bullets read again as member-to-member flows.
    expect(expected).toHaveLength(96);
  });

  it('makes every WSO2 server a Carbon server with a port offset (default 0)', () => {
    expect(servers.map((c) => c.id).sort()).toEqual(
      [
        'wso2.api-manager',
        'wso2.apim-analytics-server',
        'wso2.das',
        'wso2.bps',
        'wso2.cep',
        'wso2.elb',
        'wso2.esb',
        'wso2.ei-esb',
        'wso2.ei-analytics',
        'wso2.ei-business-process',
        'wso2.ei-broker',
        'wso2.ei-micro-integrator',
        'wso2.ei-msf4j',
        'wso2.identity-server',
        'wso2.message-broker',
        'wso2.machine-learner',
        'wso2.storage-server',
        'wso2.emm',
        'wso2.iot-server',
      ].sort(),
    );
    for (const c of servers) {
      expect(c.roles, c.id).toContain('wso2.carbon');
      expect(c.portOffsetParam, c.id).toBe('port-offset');
      expect(c.params.find((p) => p.id === 'port-offset'), c.id).toMatchObject({ default: 0, min: 0, max: 65535 });
    }
    expect(catalogue.fillers.get('wso2.carbon')?.length).toBe(servers.length);
    // Devices are not Carbon servers and have no offset.
    for (const id of ['wso2.android-device', 'wso2.ios-device']) {
      expect(component(id).roles).not.toContain('wso2.carbon');
      expect(component(id).portOffsetParam).toBeUndefined();
    }
  });

  it('shifts API Manager ports by its port offset: 8280 -> 8281 and 8243 -> 8244 at offset 1', () => {
    const apim = component('wso2.api-manager');
    const nioPt = service('wso2.api-manager', 'nio-pt-8280-8243').ports;
    expect(on(nioPt, apim)).toEqual([8280, 8243]);
    expect(on(nioPt, apim, 1)).toEqual([8281, 8244]);
  });

  it('publishes analytics to 7711 + the APIM Analytics Server offset (its own, not API Manager\'s)', () => {
    const f = flow('wso2.apim-to-analytics-7711');
    expect(f.from).toBe('wso2.apim');
    expect(f.to).toBe('wso2.apim-analytics');
    expect(f.app).toBe('Thrift SSL');
    expect(catalogue.fillers.get('wso2.apim-analytics')).toEqual(['wso2.apim-analytics-server']);
    const analytics = component('wso2.apim-analytics-server');
    expect(analytics.name).toBe('APIM Analytics Server');
    expect(on(f.ports, analytics)).toEqual([7711]);
    expect(on(f.ports, analytics, 1)).toEqual([7712]);
    expect(on(flow('wso2.apim-to-analytics-7612').ports, analytics)).toEqual([7612]);
    expect(flow('wso2.apim-to-analytics-7612').gap).toMatch(/fixed number/);
  });

  it('shifts the common Carbon ports by each server\'s own offset', () => {
    const jmx = flow('wso2.jmx-client-to-carbon-11111');
    expect(on(jmx.ports, component('wso2.identity-server'), 2)).toEqual([11113]);
    const ldap = carbon.services.find((s) => s.id === 'embedded-ldap-10389')!;
    expect(on(ldap.ports, component('wso2.ei-broker'), 3)).toEqual([10392]);
  });

  it('switches the common ports with options every Carbon server declares', () => {
    for (const c of servers) {
      const opt = (id: string) => c.options.find((o) => o.id === id);
      expect(opt('jmx'), c.id).toMatchObject({ type: 'boolean', default: true });
      expect(opt('embedded-ldap'), c.id).toMatchObject({ type: 'boolean', default: true });
      expect(opt('kdc'), c.id).toMatchObject({ type: 'boolean', default: false });
      const scheme = opt('membership-scheme');
      expect(scheme?.type === 'choice' && scheme.choices.map((ch) => ch.value), c.id).toEqual(['none', 'multicast', 'wka']);
      expect(scheme?.default, c.id).toBe('none');
    }
    for (const id of ['wso2.jmx-client-to-carbon-11111', 'wso2.jmx-client-to-carbon-9999']) {
      expect(flow(id).from).toBe('jmx-client');
      expect(flow(id).when).toEqual([{ side: 'to', option: 'jmx', is: true }]);
    }
    const random = carbon.services.filter((s) => s.cite.section === 'Random ports');
    expect(random.map((s) => [s.protocols, resolvePorts(s.ports, {}).ok])).toEqual([
      [['tcp'], false],
      [['udp'], false],
    ]);
  });

  it('opens the Spark cluster-mode ports only in cluster mode, local mode by default', () => {
    const das = component('wso2.das');
    const mode = das.options.find((o) => o.id === 'spark-mode');
    expect(mode?.type === 'choice' && mode.choices.map((c) => c.value)).toEqual(['local', 'cluster', 'client']);
    expect(mode?.default).toBe('local');
    for (const s of das.services) {
      const clusterOnly = s.cite.section === 'Ports available for the cluster mode';
      expect(s.when, s.id).toEqual(clusterOnly ? [{ side: 'to', option: 'spark-mode', is: 'cluster' }] : []);
    }
  });

  it('ties the throttling ports to the data publisher in use', () => {
    const apim = component('wso2.api-manager');
    const when = (id: string) => service('wso2.api-manager', id).when;
    expect(when('throttling-thrift-7611')).toEqual([{ side: 'to', option: 'throttling-publisher', is: 'thrift' }]);
    expect(when('throttling-thrift-secure-7711')).toEqual([{ side: 'to', option: 'throttling-publisher', is: 'thrift' }]);
    expect(when('traffic-manager-binary-9611')).toEqual([{ side: 'to', option: 'throttling-publisher', is: 'binary' }]);
    expect(when('traffic-manager-binary-auth-9711')).toEqual([{ side: 'to', option: 'throttling-publisher', is: 'binary' }]);
    expect(apim.options.find((o) => o.id === 'throttling-publisher')?.help).toMatch(/does not say which is the default/);
  });

  it('encodes the mobile rows once, citing the EMM section and again the IoT Server section', () => {
    const mobile = flows.filter((f) => f.to === 'fcm' || f.to === 'apns');
    expect(mobile).toHaveLength(5);
    for (const f of mobile) {
      expect(['Android:', 'iOS:']).toContain(f.cite.section);
      expect(f.alsoCited.map((c) => c.section), f.id).toEqual([f.cite.section.replace(':', '')]);
    }
    expect(catalogue.fillers.get('wso2.push-sender')).toEqual(['wso2.emm', 'wso2.iot-server']);
    expect(flow('wso2.server-to-apns-2195').gap).toMatch(/not the sender/);
    expect(flow('wso2.android-to-fcm-5228-5230').ports).toEqual({ kind: 'ports', ports: [5228, 5229, 5230] });
  });

  it('records what the scrape lost and what the document leaves open', () => {
    const gaps = catalogue.gaps.filter((g) => g.product === 'wso2');
    const bySection = (s: string) => gaps.filter((g) => g.cite.section === s);
    expect(bySection('Management console ports')[0]?.text).toMatch(/lost in the scrape/);
    expect(bySection('EI-Business Process ports')[0]?.text).toMatch(/lost in the scrape/);
    expect(bySection('JMX monitoring ports')[0]?.text).toMatch(/protocol only in places/);
    expect(bySection('API Manager')[0]?.text).toMatch(/exceptions/);
    expect(bySection('Enterprise Mobility Manager')[0]?.text).toMatch(/enrollment/);
    expect(bySection('Common ports')[0]?.text).toMatch(/provide the given feature/);
    expect(gaps).toHaveLength(6);
    // No 9443/9763 invented for the lost management console list: only EI's and IoT Server's own.
    const consoleRows = catalogueRows('wso2').filter((r) => / (9443|9763)$/.test(r));
    expect(consoleRows.sort()).toEqual([
      'wso2.ei-esb listens tcp 9443',
      'wso2.iot-server listens tcp 9443',
      'wso2.iot-server listens tcp 9763',
    ]);
  });

  it('derives each clustering bullet between members of one product, citing the bullet and the section sentence', () => {
    const members = flows.filter((f) => f.peers === 'same-type');
    expect(members.map((f) => [f.id, f.protocols, on(f.ports, component('wso2.api-manager')), f.segment])).toEqual([
      ['wso2.cluster-member-wka-4000', ['tcp'], [4000], undefined],
      ['wso2.cluster-member-multicast-45564', ['udp'], [45564], 'multicast'],
    ]);
    for (const f of members) {
      expect(f.cite.section).toBe('Clustering ports');
      expect(f.alsoCited.map((c) => c.quote)).toEqual(['To cluster any running Carbon instance, either one of the following ports must be opened.']);
      // The document is silent on whether these ports shift: the flow says which reading was chosen.
      expect(f.gap).toMatch(/plus its own port offset/);
    }
  });
});
