/**
 * Catalogue packs: the schema with good and bad packs (every message names
 * the pack and the field), ids that may not shadow the built-in catalogue,
 * flows between a pack and built-in roles, the design that embeds a pack
 * (save, reopen, same matrix), and custom components defined as packs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { addCustomComponent, customComponentProblems, parsePortText } from '../../src/model/catalogue/custom';
import { addPacks, readPackFile } from '../../src/model/catalogue/pack-file';
import { catalogueFor, mergePacks, type EmbeddedPack } from '../../src/model/catalogue/packs';
import { restoreDesign } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { deriveFlows } from '../../src/model/derive';
import { csvExport } from '../../src/model/export/csv';
import { buildMatrix } from '../../src/model/matrix';

const builtIn = bundledCatalogue();
const examplePack: EmbeddedPack = {
  name: 'infrastructure-pack.json',
  content: JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/packs/infrastructure-pack.json'), 'utf8')) as Record<
    string,
    unknown
  >,
};

/** A small pack: an app server that uses the built-in SQL Server, and a database appliance that fills the built-in `sql-server` role. */
function acmePack(...edits: [path: string, value: unknown][]): EmbeddedPack {
  const content: Record<string, unknown> = {
    product: { id: 'acme', name: 'Acme Billing', vendor: 'Acme', tag: 'ACM', colour: '#336699' },
    roles: [{ id: 'acme.app', name: 'Acme application' }],
    components: [
      { id: 'acme.app-server', name: 'Acme app server', roles: ['acme.app'], kind: 'server' },
      { id: 'acme.db-appliance', name: 'Acme database appliance', roles: ['sql-server'], kind: 'database' },
    ],
    flows: [
      {
        id: 'acme.app-to-sql',
        from: 'acme.app',
        to: 'sql-server',
        protocols: ['tcp'],
        ports: { kind: 'ports', ports: [1433] },
        app: 'TDS',
        purpose: 'Billing database',
        cite: { url: 'https://docs.example.com/acme/ports', section: 'Database connection' },
      },
    ],
  };
  for (const [path, value] of edits) setAt(content, path, value);
  return { name: 'acme.json', content };
}

/** Sets (or, for undefined, deletes) the value at a dotted path such as `flows.0.ports.ports.0`; pushes at `-`. */
function setAt(root: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (last === '-') (node as unknown as unknown[]).push(value);
  else if (value === undefined) delete node[last];
  else node[last] = value;
}

const problemsOf = (pack: EmbeddedPack) => mergePacks(builtIn, [pack]).problems;

/** Opens a design value through the one restore path, as a saved file. */
function open(doc: Record<string, unknown>): Design {
  const result = restoreDesign(JSON.stringify({ schemaVersion: 1, ...doc }), builtIn, 'test.portolan.json');
  if (!result.ok) throw new Error(`${result.problem.message}\n${result.problem.details.join('\n')}`);
  return result.design;
}

describe('pack schema', () => {
  it('accepts the example pack and the acme pack, with URL citations', () => {
    expect(problemsOf(examplePack)).toEqual([]);
    expect(problemsOf(acmePack())).toEqual([]);
    const merged = mergePacks(builtIn, [examplePack, acmePack()]);
    expect(merged.problems).toEqual([]);
    expect(merged.catalogue.components.get('common-infra.proxy-server')?.product).toBe('common-infra');
    expect(merged.catalogue.fillers.get('sql-server')).toContain('acme.db-appliance');
    // The built-in catalogue is untouched.
    expect(builtIn.components.has('acme.app-server')).toBe(false);
  });

  it('refuses an id that shadows the built-in catalogue, naming the pack, the field and the id', () => {
    const problems = problemsOf(acmePack(['components.0.id', 'infra.sql-server']));
    expect(problems).toEqual([
      expect.stringMatching(/^pack "acme\.json": components\[0\]\.id: "infra\.sql-server" is already defined by the built-in catalogue/),
    ]);
    expect(problemsOf(acmePack(['product.id', 'tarantella']))[0]).toMatch(
      /^pack "acme\.json": product\.id: "tarantella" is already a product of the built-in catalogue/,
    );
    expect(problemsOf(acmePack(['flows.0.id', 'tachyon.master-to-sql-1433']))[0]).toContain('flows[0].id: "tachyon.master-to-sql-1433"');
  });

  it('refuses a role that exists nowhere', () => {
    expect(problemsOf(acmePack(['flows.0.to', 'sql-servre']))).toEqual([
      'pack "acme.json": flows[0].to: role "sql-servre" is defined neither in this pack nor in the built-in catalogue (nor an earlier pack)',
    ]);
    expect(problemsOf(acmePack(['components.0.roles.-', 'nobody']))[0]).toMatch(/components\[0\]\.roles\[1\]: role "nobody"/);
  });

  it('refuses a bad port and a missing field by their zod path', () => {
    const badPort = problemsOf(acmePack(['flows.0.ports.ports.0', 70000]));
    expect(badPort).toHaveLength(1);
    expect(badPort[0]).toMatch(/^pack "acme\.json": flows\[0\]\.ports\.ports\[0\]: .*65535/);
    const missing = problemsOf(acmePack(['flows.0.purpose', undefined]));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^pack "acme\.json": flows\[0\]\.purpose: /);
    const badUrl = problemsOf(acmePack(['flows.0.cite.url', 'docs.example.com/ports']));
    expect(badUrl[0]).toMatch(/^pack "acme\.json": flows\[0\]\.cite\.url: url is a web address/);
  });

  it('refuses a second pack that reuses the first pack’s ids, and keeps the first', () => {
    const again = { ...acmePack(), name: 'acme-copy.json' };
    const merged = mergePacks(builtIn, [acmePack(), again]);
    expect(merged.accepted.map((p) => p.name)).toEqual(['acme.json']);
    expect(merged.problems[0]).toMatch(/^pack "acme-copy\.json": product\.id: "acme" is already a product of pack "acme\.json"/);
  });

  it('merges once per set of packs: the same content gives the same catalogue object', () => {
    const a = catalogueFor({ packs: [acmePack()] }, builtIn);
    const b = catalogueFor({ packs: [acmePack()] }, builtIn);
    expect(a).toBe(b);
    expect(catalogueFor({}, builtIn)).toBe(builtIn);
  });
});

describe('pack files', () => {
  it('names the file in every problem', () => {
    expect(readPackFile('x.json', '{ "product": ')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Pack "x\.json" is not valid JSON/),
    });
    expect(readPackFile('x.json', '{"a":1,"a":2}')).toMatchObject({ ok: false, message: expect.stringContaining('the key "a" twice') });
    expect(readPackFile('x.json', '[]')).toMatchObject({ ok: false, message: expect.stringContaining('not a catalogue file') });
    expect(readPackFile('x.json', '{"__proto__":{}}')).toMatchObject({ ok: false, message: expect.stringContaining('"__proto__"') });
  });

  it('adds a newer copy of a pack in place of the embedded one', () => {
    const newer = acmePack(['flows.0.purpose', 'Billing database, v2']);
    const added = addPacks([examplePack, acmePack()], [newer], builtIn);
    expect(added.ok && added.packs.map((p) => p.name)).toEqual(['infrastructure-pack.json', 'acme.json']);
    expect(added.ok && (added.packs[1]!.content['flows'] as { purpose: string }[])[0]!.purpose).toBe('Billing database, v2');
  });
});

describe('flows between a pack and the built-in catalogue', () => {
  it('derive both ways: a pack initiator to the built-in SQL Server, a built-in initiator to a pack filler', () => {
    const design = open({
      packs: [acmePack()],
      components: [
        { id: 'app', type: 'acme.app-server', ip: '10.0.0.1' },
        { id: 'sql', type: 'infra.sql-server', ip: '10.0.0.2' },
        { id: 'appliance', type: 'acme.db-appliance', ip: '10.0.0.3' },
        { id: 'master', type: 'tachyon.master-stack-server', ip: '10.0.0.4' },
      ],
    });
    const catalogue = catalogueFor(design, builtIn);
    const flows = deriveFlows(design, catalogue).map((f) => `${f.sourceId}:${f.from}>${f.to}`);
    expect(flows).toEqual(
      expect.arrayContaining(['acme.app-to-sql:app>sql', 'acme.app-to-sql:app>appliance', 'tachyon.master-to-sql-1433:master>appliance']),
    );
    const row = buildMatrix(design, catalogue).find((r) => r.flowKey === 'acme.app-to-sql:app>sql')!;
    expect(row).toMatchObject({
      port: '1433',
      product: 'Acme Billing',
      reference: 'https://docs.example.com/acme/ports § Database connection',
    });
  });

  it('derive the example pack: browser to reverse proxy, syslog by the collector’s option, NTP', () => {
    const design = open({
      packs: [examplePack],
      components: [
        { id: 'pc', type: 'infra.browser', ip: '10.1.0.10' },
        { id: 'proxy', type: 'common-infra.proxy-server', ip: '10.2.0.5' },
        { id: 'logs', type: 'common-infra.syslog-server', ip: '10.3.0.5', options: { tls: true } },
        { id: 'time', type: 'common-infra.time-server', ip: '10.3.0.6' },
      ],
    });
    const rows = buildMatrix(design, catalogueFor(design, builtIn)).map(
      (r) => `${r.source.componentId}>${r.destination.componentId} ${r.port}/${r.protocol}`,
    );
    expect(rows.sort()).toEqual(
      ['logs>time 123/udp', 'pc>proxy 443/tcp', 'pc>proxy 80/tcp', 'proxy>logs 6514/tcp', 'proxy>time 123/udp'].sort(),
    );
  });
});

describe('a design that embeds packs', () => {
  const doc = () => ({
    packs: [examplePack, acmePack()],
    zones: [
      { id: 'dmz', name: 'DMZ', kind: 'dmz' },
      { id: 'lan', name: 'LAN' },
    ],
    components: [
      { id: 'pc', type: 'infra.workstation', ip: '10.1.0.10', zone: 'lan' },
      { id: 'proxy', type: 'common-infra.proxy-server', ip: '192.0.2.5', zone: 'dmz' },
      { id: 'logs', type: 'common-infra.syslog-server', ip: '10.3.0.5', zone: 'lan' },
      { id: 'app', type: 'acme.app-server', ip: '10.0.0.1', zone: 'lan' },
      { id: 'sql', type: 'infra.sql-server', ip: '10.0.0.2', zone: 'lan' },
    ],
  });

  it('saves, reopens and gives the same matrix and CSV', async () => {
    const first = open(doc());
    const saved = `${JSON.stringify(first, null, 2)}\n`;
    const reopened = restoreDesign(saved, builtIn, 'saved.portolan.json');
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.design.packs).toEqual(first.packs);
    const matrix = (d: Design) => buildMatrix(d, catalogueFor(d, builtIn));
    expect(matrix(first).length).toBeGreaterThanOrEqual(4);
    expect(matrix(reopened.design)).toEqual(matrix(first));
    const csv = async (d: Design) =>
      String(
        (await csvExport({ design: d, catalogue: catalogueFor(d, builtIn), rows: matrix(d), scope: 'all', generatedAt: 'T' })).files[0]!
          .data,
      );
    expect(await csv(reopened.design)).toEqual(await csv(first));
    expect(await csv(first)).toContain('https://www.rfc-editor.org/rfc/rfc5426#section-3.3');
  });

  it('does not open with an invalid embedded pack: the problem names the pack and the field, and the rest is offered', () => {
    const broken = doc();
    broken.packs[1] = acmePack(['flows.0.ports.ports.0', 0]);
    const result = restoreDesign(JSON.stringify({ schemaVersion: 1, ...broken }), builtIn, 'broken.portolan.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('invalid-pack');
    expect(result.problem.message).toMatch(
      /^broken\.portolan\.json embeds a catalogue pack that is not valid, pack "acme\.json": flows\[0\]\.ports\.ports\[0\]: /,
    );
    // Everything else the user had: the other pack, the zones and every component that does not need the broken pack.
    expect(result.withoutUnknown?.packs?.map((p) => p.name)).toEqual(['infrastructure-pack.json']);
    expect(result.withoutUnknown?.components.map((c) => c.id)).toEqual(['pc', 'proxy', 'logs', 'sql']);
    expect(result.withoutUnknown?.zones).toHaveLength(2);
  });

  it('does not open a design that names a pack type without embedding the pack', () => {
    const { packs: _packs, ...rest } = doc();
    const result = restoreDesign(JSON.stringify({ schemaVersion: 1, ...rest }), builtIn, 'bare.json');
    expect(result.ok || result.problem.code).toBe('unknown-types');
  });
});

describe('custom components', () => {
  const billing = {
    name: 'Billing API',
    product: 'Acme Billing',
    services: [
      {
        name: 'api',
        protocol: 'tcp' as const,
        ports: '8443',
        purpose: 'Billing REST API',
        reference: 'https://wiki.example.com/billing/ports',
      },
      { name: 'metrics', protocol: 'tcp' as const, ports: '9100-9102', purpose: 'Prometheus metrics', reference: '' },
    ],
  };

  it('says what is wrong with each field', () => {
    expect(parsePortText('70000')).toBe('a port is a number from 1 to 65535');
    expect(parsePortText('90-80')).toMatch(/from the lower port to the higher/);
    expect(parsePortText('http')).toMatch(/not a port or a range/);
    const problems = customComponentProblems(
      {
        name: ' ',
        product: 'Acme',
        services: [
          { name: 'api', protocol: 'tcp', ports: '0', purpose: '', reference: 'wiki/billing' },
          { name: 'API', protocol: 'udp', ports: '53', purpose: 'x', reference: '' },
        ],
      },
      builtIn,
    );
    expect(problems).toEqual([
      { field: 'name', message: 'give a name' },
      { field: 'services[0].ports', message: 'a port is a number from 1 to 65535' },
      { field: 'services[0].purpose', message: 'give a purpose (what the port is for)' },
      { field: 'services[0].reference', message: 'a reference is a web address starting with https:// or http://, without spaces' },
      { field: 'services[1].name', message: '"API" is named twice' },
    ]);
    expect(customComponentProblems({ ...billing, services: [] }, builtIn)).toEqual([
      { field: 'services', message: 'add at least one service the component listens on' },
    ]);
  });

  it('are a pack in the design: placed, connected to a service, and in the matrix and CSV with purpose and reference', async () => {
    const { packs, typeId } = addCustomComponent(undefined, billing);
    expect(typeId).toBe('custom-acme-billing.billing-api');
    const design = open({
      packs,
      components: [
        { id: 'web', type: 'tarantella.tarantella-host', ip: '10.0.0.5' },
        { id: 'billing', type: typeId, ip: '10.0.0.9' },
      ],
      flows: [
        { id: 'f1', from: 'web', to: 'billing', service: `${typeId}#api` },
        { id: 'f2', from: 'web', to: 'billing', service: `${typeId}#metrics` },
      ],
    });
    // Defined twice is refused: the name is taken in that product.
    expect(customComponentProblems(billing, catalogueFor(design, builtIn))).toEqual([
      { field: 'name', message: 'Acme Billing already has a component named "Billing API"' },
    ]);
    const rows = buildMatrix(design, catalogueFor(design, builtIn));
    expect(rows.map((r) => [r.port, r.protocol, r.purpose, r.product, r.reference])).toEqual([
      [
        '8443',
        'tcp',
        'Billing REST API',
        'Acme Billing',
        'https://wiki.example.com/billing/ports § Billing API, service "api" (reference given by the designer)',
      ],
      [
        '9100-9102',
        'tcp',
        'Prometheus metrics',
        'Acme Billing',
        'Billing API, service "metrics": custom component defined in this design, no reference given',
      ],
    ]);
    const csv = String(
      (await csvExport({ design, catalogue: catalogueFor(design, builtIn), rows, scope: 'all', generatedAt: 'T' })).files[0]!.data,
    );
    expect(csv).toContain('https://wiki.example.com/billing/ports');
    expect(csv).toContain('Billing REST API');
  });

  it('of one product share one pack; another product gets its own', () => {
    const first = addCustomComponent(undefined, billing);
    const second = addCustomComponent(first.packs, { ...billing, name: 'Billing worker' });
    const third = addCustomComponent(second.packs, { ...billing, product: 'Other' });
    expect(third.packs.map((p) => p.name)).toEqual(['custom components: Acme Billing', 'custom components: Other']);
    const catalogue = catalogueFor({ packs: third.packs }, builtIn);
    expect([...catalogue.components.keys()].filter((id) => id.startsWith('custom-'))).toEqual([
      'custom-acme-billing.billing-api',
      'custom-acme-billing.billing-worker',
      'custom-other.billing-api',
    ]);
  });
});
