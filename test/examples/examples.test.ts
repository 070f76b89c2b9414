/**
 * The reference designs in examples/: each restores cleanly, every component
 * in it does something, and the flows its vendor document is about appear in
 * the flow matrix with the right ports and directions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressInCidr } from '../../src/model/address';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { deriveFlows } from '../../src/model/derive';
import { restoreDesign } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { servicesOf } from '../../src/model/design/services';
import { buildMatrix, type MatrixRow } from '../../src/model/matrix';

const catalogue = bundledCatalogue();
const folder = resolve(__dirname, '../../examples');
const files = readdirSync(folder).filter((name) => name.endsWith('.portolan.json')).sort();

function load(file: string): { design: Design; warnings: string[] } {
  const result = restoreDesign(new Uint8Array(readFileSync(resolve(folder, file))), catalogue, file);
  if (!result.ok) throw new Error(result.problem.message);
  return { design: result.design, warnings: result.warnings };
}

/** `port/protocol` of every matrix row from one component to another, sorted. */
function between(rows: readonly MatrixRow[], from: string, to: string): string[] {
  return rows
    .filter((r) => r.source.componentId === from && r.destination.componentId === to)
    .map((r) => `${r.port}/${r.protocol}`)
    .sort();
}

/** Rows touching a component at either end. */
const touching = (rows: readonly MatrixRow[], id: string) => rows.filter((r) => r.source.componentId === id || r.destination.componentId === id);

function example(file: string) {
  const { design } = load(file);
  const flows = deriveFlows(design, catalogue);
  return { design, flows, rows: buildMatrix(design, catalogue, flows) };
}

describe('the examples folder', () => {
  it('holds the reference designs', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'open-cobalt-internet.portolan.json',
        'spotfire-cluster.portolan.json',
        'tachyon-remote-response-dmz.portolan.json',
        'tachyon-single-server.portolan.json',
        'tarantella-array-netlet.portolan.json',
        'wso2-apim-identity.portolan.json',
      ]),
    );
  });
});

describe.each(files)('%s', (file) => {
  const raw = JSON.parse(readFileSync(resolve(folder, file), 'utf8')) as Record<string, unknown>;

  it('restores with no warnings', () => {
    expect(load(file).warnings).toEqual([]);
  });

  it('is written as a person would: titled, owned, schema pointer, no positions', () => {
    const { design } = load(file);
    expect(design.meta.title).not.toBe('Untitled design');
    expect(design.meta.owner).toBe('Portolan examples');
    expect(design.meta.description).toBeTruthy();
    expect(raw.$schema).toBe('../docs/design.schema.json');
    for (const c of design.components) {
      expect(c.position, c.id).toBeUndefined();
      expect(c.label, c.id).toBeTruthy();
      expect(c.zone, c.id).toBeDefined();
    }
  });

  it('puts every address inside its zone’s CIDR', () => {
    const { design } = load(file);
    const zones = new Map(design.zones.map((z) => [z.id, z]));
    for (const c of design.components) {
      const cidr = c.zone ? zones.get(c.zone)?.cidr : undefined;
      if (!c.ip || !cidr) continue;
      expect(addressInCidr(c.ip, cidr), `${c.id} ${c.ip} in ${cidr}`).toBe(true);
    }
  });

  it('uses every component type in a derived flow, or the type offers a service', () => {
    const { design, flows } = example(file);
    const byId = new Map(design.components.map((c) => [c.id, c.type]));
    const used = new Set(flows.flatMap((f) => [byId.get(f.from), byId.get(f.to)]));
    for (const type of new Set(design.components.map((c) => c.type))) {
      expect(used.has(type) || servicesOf(catalogue, type).length > 0, type).toBe(true);
    }
  });

  it('excludes only flows the design derives', () => {
    const { design, flows } = example(file);
    const keys = new Set(flows.map((f) => f.key));
    for (const key of design.excluded) expect(keys.has(key), key).toBe(true);
  });
});

describe('tachyon-single-server', () => {
  const { flows, rows } = example('tachyon-single-server.portolan.json');

  it('has the clients’ Background Channel and Switch connections to the single server', () => {
    expect(between(rows, 'hq-1e-clients', 'tachyon01')).toEqual(['4000/tcp', '443/tcp']);
    expect(between(rows, 'branch-1e-clients', 'tachyon01')).toEqual(['4000/tcp', '443/tcp']);
    expect(between(rows, 'tachyon01', 'hq-1e-clients')).toEqual([]);
  });

  it('has client-to-client 7766/tcp both ways between the client networks', () => {
    expect(between(rows, 'hq-1e-clients', 'branch-1e-clients')).toEqual(['7766/tcp']);
    expect(between(rows, 'branch-1e-clients', 'hq-1e-clients')).toEqual(['7766/tcp']);
  });

  it('reaches the remote SQL Server for both databases on 1433/tcp, with no SQL Browser on a default instance', () => {
    expect(between(rows, 'tachyon01', 'sql01')).toEqual(['1433/tcp', '1433/tcp']);
  });

  it('has portal 443 and Catalog UI 80 from browsers, 1E Cloud Services 443 and SMTP 25 outgoing', () => {
    expect(between(rows, 'portal-users', 'tachyon01')).toEqual(['443/tcp', '80/tcp']);
    expect(between(rows, 'admin-workstations', 'tachyon01')).toEqual(['443/tcp', '80/tcp']);
    expect(between(rows, 'tachyon01', '1e-cloud')).toEqual(['443/tcp']);
    expect(between(rows, 'tachyon01', 'smtp01')).toEqual(['25/tcp']);
  });

  it('keeps the Integrate Agent WebSocket on the server: derived, local, never a row', () => {
    const agent = flows.filter((f) => f.from === 'integrate-agent' || f.to === 'integrate-agent');
    expect(agent.map((f) => f.sourceId).sort()).toEqual(['tachyon.integrate-agent-to-master-6002', 'tachyon.master-to-integrate-agent-6002']);
    expect(agent.every((f) => f.local)).toBe(true);
    expect(touching(rows, 'integrate-agent')).toEqual([]);
  });
});

describe('tachyon-remote-response-dmz', () => {
  const { rows } = example('tachyon-remote-response-dmz.portolan.json');

  it('has the Switch poke port (Switch port + 1) from the Response Stack to the DMZ Server', () => {
    expect(between(rows, 'response', 'dmz-server')).toEqual(['4001/tcp']);
  });

  it('lets Internet-facing clients reach only the DMZ Server, on 443 and the Switch port 4000', () => {
    expect(between(rows, 'internet-clients', 'dmz-server')).toEqual(['4000/tcp', '443/tcp']);
    expect(touching(rows, 'internet-clients').every((r) => r.destination.componentId === 'dmz-server')).toBe(true);
  });

  it('has the DMZ Server’s connections to the stacks and from the Master Stack', () => {
    expect(between(rows, 'dmz-server', 'master')).toEqual(['3901/tcp']);
    expect(between(rows, 'dmz-server', 'response')).toEqual(['443/tcp']);
    expect(between(rows, 'master', 'dmz-server')).toEqual(['443/tcp']);
    expect(between(rows, 'dmz-server', 'crl')).toEqual(['80/tcp']);
  });

  it('has the remote Response Stack pair: 443 Master to Response, 3901 Response to Master', () => {
    expect(between(rows, 'master', 'response')).toEqual(['443/tcp']);
    expect(between(rows, 'response', 'master')).toEqual(['3901/tcp']);
  });

  it('reaches the SQL Server named instance on 1433/tcp and the SQL Browser on 1434/udp from both stacks', () => {
    expect(between(rows, 'master', 'sql01')).toEqual(['1433/tcp', '1434/udp']);
    expect(between(rows, 'response', 'sql01')).toEqual(['1433/tcp', '1434/udp']);
  });

  it('sends internal clients to the Response Stack’s Switch and Background Channel', () => {
    expect(between(rows, 'internal-clients', 'response')).toEqual(['4000/tcp', '443/tcp']);
    expect(between(rows, 'internal-clients', 'dmz-server')).toEqual([]);
  });
});

describe('spotfire-cluster', () => {
  const { rows } = example('spotfire-cluster.portolan.json');

  it('opens the clustering ports 5701-5703/tcp both ways between the two Spotfire Servers', () => {
    expect(between(rows, 'sf01', 'sf02')).toEqual(['5701/tcp', '5702/tcp', '5703/tcp']);
    expect(between(rows, 'sf02', 'sf01')).toEqual(['5701/tcp', '5702/tcp', '5703/tcp']);
  });

  it('reaches the servers’ HTTPS connector only through the load balancer', () => {
    expect(between(rows, 'lb', 'sf01')).toEqual(['443/tcp']);
    expect(between(rows, 'lb', 'sf02')).toEqual(['443/tcp']);
    for (const client of ['analysts', 'browsers']) {
      expect(between(rows, client, 'sf01')).toEqual([]);
      expect(between(rows, client, 'lb')).toEqual(['443/tcp']);
    }
  });

  it('uses PostgreSQL 5432 and the domain controller over LDAPS 636 and Kerberos 88', () => {
    for (const server of ['sf01', 'sf02']) {
      expect(between(rows, server, 'spotfire-db')).toEqual(['5432/tcp']);
      expect(between(rows, server, 'dc01')).toEqual(['636/tcp', '88/tcp', '88/udp']);
    }
  });

  it('has the node back-end ports: 9080/9443 to the servers, and 9501/9502 to the service instances', () => {
    expect(between(rows, 'web-player', 'sf01')).toEqual(['9080/tcp', '9443/tcp']);
    expect(between(rows, 'sf01', 'web-player')).toEqual(['9080/tcp', '9443/tcp', '9501/tcp']);
    expect(between(rows, 'sf02', 'terr')).toEqual(['9080/tcp', '9443/tcp', '9502/tcp']);
    expect(between(rows, 'web-player', 'terr')).toEqual(['9080/tcp', '9443/tcp', '9502/tcp']);
  });

  it('sends Automation Services mail over secure SMTP 587, and never lists the TERR engine ports', () => {
    expect(between(rows, 'automation', 'smtp01')).toEqual(['587/tcp']);
    expect(rows.some((r) => r.port === '61000-62000')).toBe(false);
  });
});

describe('tarantella-array-netlet', () => {
  const { design, rows } = example('tarantella-array-netlet.portolan.json');
  const array = design.components.filter((c) => c.type === 'tarantella.tarantella-host').map((c) => c.id);

  it('sizes the Netlet for the array: one login and one application port per member', () => {
    const netlet = design.components.find((c) => c.id === 'netlet')!;
    expect(netlet.params['array-members']).toBe(array.length);
    const ports = (from: string) =>
      deriveFlows(design, catalogue)
        .filter((f) => f.from === from && f.to === 'netlet')
        .flatMap((f) => (f.ports.ok ? f.ports.ranges.map((r) => `${r.from}/${f.protocols.join('+')}`) : []))
        .sort();
    expect(ports('remote-users')).toEqual(['4000/tcp', '4001/tcp', '4002/tcp', '4003/tcp', '4004/tcp', '4005/tcp']);
    expect(ports('native-client')).toEqual(['8087/tcp']);
    expect(between(rows, 'office-users', 'netlet')).toEqual([]);
  });

  it('keeps the Netlet flows inside the remote users\' own machines: the same 0.0.0.0/0 group, never a firewall row', () => {
    const flows = deriveFlows(design, catalogue).filter((f) => f.to === 'netlet' && (f.from === 'remote-users' || f.from === 'native-client'));
    expect(flows.length).toBeGreaterThan(0);
    expect(flows.every((f) => f.local)).toBe(true);
    expect(between(rows, 'remote-users', 'netlet')).toEqual([]);
    expect(between(rows, 'native-client', 'netlet')).toEqual([]);
  });

  it('has the Portal Gateway reach every array member on 80, 3144 and 30144', () => {
    for (const member of array) expect(between(rows, 'portal', member)).toEqual(['30144/tcp', '3144/tcp', '80/tcp']);
  });

  it('replicates on 5427/tcp between every pair of array members', () => {
    const pairs = rows.filter((r) => r.port === '5427').map((r) => `${r.source.componentId}>${r.destination.componentId}`);
    expect(pairs.sort()).toEqual(['tta01>tta02', 'tta01>tta03', 'tta02>tta01', 'tta02>tta03', 'tta03>tta01', 'tta03>tta02']);
  });

  it('lets office users in over HTTPS, 3144 and the Security Pack 5307, with HTTP 80 excluded', () => {
    for (const member of array) expect(between(rows, 'office-users', member)).toEqual(['3144/tcp', '443/tcp', '5307/tcp']);
    for (const member of array) expect(between(rows, 'remote-users', member)).toEqual([]);
  });

  it('connects to the application servers by their protocols; only the primary talks to the load balancing service', () => {
    expect(between(rows, 'tta01', 'wts01')).toEqual(['3389/tcp', '3579/tcp']);
    expect(between(rows, 'tta02', 'wts01')).toEqual(['3389/tcp']);
    expect(between(rows, 'tta02', 'unix01')).toEqual(['22/tcp']);
    expect(between(rows, 'wts01', 'tta01')).toContain('3579/udp');
    expect(between(rows, 'wts01', 'tta02')).not.toContain('3579/udp');
    expect(between(rows, 'unix01', 'tta03')).toContain('6010-6049/tcp');
  });

  it('authenticates against the directory over LDAPS only', () => {
    for (const member of array) expect(between(rows, member, 'ldap01')).toEqual(['636/tcp']);
  });
});

describe('wso2-apim-identity', () => {
  const { design, rows } = example('wso2-apim-identity.portolan.json');

  it('applies the Identity Server’s port offset 1 to its JMX ports, and not to API Manager’s', () => {
    expect(between(rows, 'jmx', 'identity')).toEqual(['10000/tcp', '11112/tcp']);
    expect(between(rows, 'jmx', 'apim')).toEqual(['11111/tcp', '9999/tcp']);
    expect(between(rows, 'jmx', 'analytics')).toEqual(['11111/tcp', '9999/tcp']);
  });

  it('co-hosts the Identity Server with API Manager: same address and zone', () => {
    const identity = design.components.find((c) => c.id === 'identity')!;
    expect(identity.ip).toBe('10.50.1.10');
    expect(identity.zone).toBe('api');
    expect(between(rows, 'apim', 'identity')).toEqual([]);
    expect(between(rows, 'identity', 'apim')).toEqual([]);
  });

  it('draws API calls to the documented gateway services 8280/8243 and 9099', () => {
    expect(between(rows, 'internal-apps', 'apim')).toEqual(['8243/tcp', '8280/tcp', '9099/tcp']);
    expect(between(rows, 'partner-apps', 'apim')).toEqual(['8243/tcp', '8280/tcp']);
    // Drawn to documented services, they cite the WSO2 document (its seed file for machines, its title for people).
    const drawn = rows.filter((r) => r.destination.componentId === 'apim' && r.origin === 'user');
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((r) => r.cite?.doc === '004_898e496f9e796028.txt' && r.reference.startsWith('WSO2, '))).toBe(true);
  });

  it('publishes analytics from API Manager to the Analytics Server on 7612 and 7711', () => {
    expect(between(rows, 'apim', 'analytics')).toEqual(['7612/tcp', '7711/tcp']);
  });
});

describe('open-cobalt-internet', () => {
  const { rows } = example('open-cobalt-internet.portolan.json');

  it('sends DNS to Google Public DNS at its documented addresses, and to the internal DNS server', () => {
    expect(between(rows, 'workstations', 'google-dns')).toEqual(['53/tcp', '53/udp']);
    expect(rows.find((r) => r.destination.componentId === 'google-dns')?.destination.addresses).toEqual(['8.8.8.8/32', '8.8.4.4/32']);
    expect(between(rows, 'workstations', 'internal-dns')).toEqual(['53/tcp', '53/udp']);
  });

  it('reaches the Internet services on their documented ports', () => {
    expect(between(rows, 'workstations', 'web-services')).toEqual(['80/tcp']);
    expect(between(rows, 'workstations', 'space-directory')).toEqual(['1389/tcp']);
    expect(between(rows, 'workstations', 'vnc-service')).toEqual(['5899/tcp', '5900-5930/tcp']);
    expect(between(rows, 'workstations', 'jabber')).toEqual(['5222-5223/tcp']);
    expect(between(rows, 'workstations', 'external-peers')).toEqual(['6900-6909/tcp']);
  });

  it('lets external peers in on 6900-6909/tcp only to the host that shares its spaces', () => {
    expect(between(rows, 'external-peers', 'space-host')).toEqual(['6900-6909/tcp']);
    expect(between(rows, 'external-peers', 'workstations')).toEqual([]);
  });

  it('discovers the IGD router over SSDP 1900/udp, then configures it on a device-dependent port', () => {
    expect(between(rows, 'workstations', 'igd-router')).toEqual(['1900/udp', 'unspecified: device dependent/tcp']);
  });

  it('runs dispatcher and space discovery between installations on the segment', () => {
    expect(between(rows, 'workstations', 'space-host')).toEqual(['1900/udp', '43215/udp']);
    expect(between(rows, 'space-host', 'workstations')).toEqual(['1900/udp', '43215/udp']);
  });
});

describe('docs/design-format.md', () => {
  const text = readFileSync(resolve(__dirname, '../../docs/design-format.md'), 'utf8');
  const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it('has JSON code blocks that parse', () => {
    expect(blocks.length).toBeGreaterThan(4);
    for (const block of blocks) expect(() => JSON.parse(block), block).not.toThrow();
  });

  it('shows whole designs that load with no warnings', () => {
    const designs = blocks.filter((b) => b.includes('"schemaVersion"'));
    expect(designs.length).toBeGreaterThanOrEqual(3);
    for (const block of designs) {
      const result = restoreDesign(block, catalogue, 'docs example');
      expect(result.ok && result.warnings, result.ok ? block : result.problem.message).toEqual([]);
    }
  });

  it('produces what the full example says it does', () => {
    const full = blocks.find((b) => b.includes('"API platform, phase 1"'))!;
    const result = restoreDesign(full, catalogue);
    if (!result.ok) throw new Error(result.problem.message);
    const rows = buildMatrix(result.design, catalogue);
    expect(result.design.components.find((c) => c.id === 'identity')).toMatchObject({ ip: '10.50.1.10', zone: 'api' });
    expect(between(rows, 'jmx', 'identity')).toEqual(['10000/tcp', '11112/tcp']);
    expect(between(rows, 'jmx', 'apim')).toEqual(['11111/tcp', '9999/tcp']);
    expect(between(rows, 'jmx', 'analytics')).toEqual([]);
    expect(between(rows, 'partner-apps', 'apim')).toEqual(['8243/tcp', '8280/tcp']);
    expect(between(rows, 'admins', 'identity')).toEqual(['9444/tcp']);
    expect(between(rows, 'apim', 'analytics')).toEqual(['7711/tcp']);
    expect(touching(rows, 'identity').filter((r) => r.source.componentId === 'apim' || r.destination.componentId === 'apim')).toEqual([]);
  });

  it('produces what the minimal example says it does', () => {
    const minimal = blocks.find((b) => b.includes('"tachyon.1e-client"') && !b.includes('"meta"'))!;
    const result = restoreDesign(minimal, catalogue);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.design.components.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(result.design.meta.title).toBe('Untitled design');
    const rows = buildMatrix(result.design, catalogue);
    expect(between(rows, 'c3', 'c1')).toEqual(['4000/tcp', '443/tcp']);
    expect(between(rows, 'c1', 'c2')).toEqual(['1433/tcp', '1433/tcp']);
  });
});
