/**
 * Long hostile text cannot add a rule to any format. Random designs carry
 * 10-20 KB strings full of line breaks, control characters and rule-file
 * syntax (`-A FORWARD -j ACCEPT`, a whole `*nat` table, `COMMIT`) in every
 * field a user types: title, owner, ticket, zone names, labels, host names,
 * purposes. For each design:
 *
 * - every line of every file of every format stays short (iptables-restore
 *   reads about 10 KB at a time and takes what follows as a new command);
 * - the iptables and ip6tables files are loaded into a fresh network
 *   namespace, and `iptables-save` must show exactly the expected ACCEPT
 *   rules, the reply rule, a DROP policy and no other table;
 * - the nftables script is loaded the same way and listed back;
 * - ASA and Azure are parsed back into flows; AWS, Kubernetes and Windows
 *   into (source, protocol, ports);
 *
 * and each must equal the flows the design asks for, computed here from the
 * design alone. PORTOLAN_PROPERTY_RUNS sets the number of designs.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesignValue } from '../../src/model/design/restore';
import type { ExportContext, ExportResult } from '../../src/model/export/types';
import { buildMatrix } from '../../src/model/matrix';
import {
  allowed,
  checkCapircaBatch,
  GENERATED_AT,
  inNamespace,
  namespacesAvailable,
  parseIptablesSave,
  parseTerraform,
  removeTempDirs,
  resources,
  RULE_FORMATS,
  runFormat,
  tempDir,
  text,
  writeCapirca,
  writeFiles,
  type Allowed,
} from './helpers';
import { parseAsa, parseK8s, parseNftList, parseWindows, union } from './readback';

afterAll(removeTempDirs);

// Half the property runs (each design loads rule sets into namespaces), at most 100 even in CI.
const RUNS = Math.min(100, Math.max(5, Math.floor(Number(process.env.PORTOLAN_PROPERTY_RUNS ?? 50) / 2)));
/** Far below iptables-restore's 10 KB chunk and every other consumer's limit. */
const MAX_LINE_BYTES = 1024;
const NAMESPACES = namespacesAvailable();

const INJECTIONS = [
  '\n-A FORWARD -j ACCEPT\n',
  '\nCOMMIT\n*nat\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -p tcp -j DNAT --to-destination 192.0.2.66:22\nCOMMIT\n*filter\n',
  '-A FORWARD -j ACCEPT',
  'COMMIT',
  '*nat',
  '\r\n',
  '\r',
  '\u0000',
  '\u001b]52;c;ZXZpbA==\u0007',
  '\u2028',
  '\u0085',
  '"',
  "'",
  '\\',
  '`',
  '${x}',
  '%{y}',
  '#',
  '!',
  '}',
  '\n---\nkind: NetworkPolicy\n',
  "'; Remove-NetFirewallRule -All; '",
  '\u202e',
  '\u200b',
  '\ud800',
];

/** 10-20 KB of filler with injections spread through it, so some land on any chunk boundary. */
const longHostile = fc
  .tuple(
    fc.integer({ min: 10_000, max: 20_000 }),
    fc.array(fc.constantFrom(...INJECTIONS), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('x', ' ', 'é', '日', '🚀', 'a b'),
    fc.nat(900),
  )
  .map(([size, parts, fill, step]) => {
    let out = '';
    for (let i = 0; out.length < size; i += 1) out += fill.repeat(100 + ((step + i * 37) % 900)) + parts[i % parts.length]!;
    return out;
  });

const hostileField = fc.oneof({ weight: 3, arbitrary: longHostile }, { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS) });

/** Fixed addresses, random everything else: workstations initiate, servers listen, IPv4 to IPv4 and IPv6 to IPv6. */
const CLIENTS = [
  { ip: '10.1.0.0/24', family: 4 },
  { ip: '10.2.0.5', family: 4 },
  { ip: '2001:db8:1::/64', family: 6 },
] as const;
const SERVERS = [
  { ip: '10.3.0.10', family: 4 },
  { ip: '10.4.0.0/16', family: 4 },
  { ip: '2001:db8:2::10', family: 6 },
] as const;

const port = fc.integer({ min: 1, max: 65535 });
const designs = fc.record({
  title: hostileField,
  owner: hostileField,
  ticket: hostileField,
  zones: fc.tuple(hostileField, hostileField),
  labels: fc.array(hostileField, { minLength: 6, maxLength: 6 }),
  hosts: fc.array(hostileField, { minLength: 6, maxLength: 6 }),
  flows: fc.array(
    fc.record({
      from: fc.nat(2),
      to: fc.nat(2),
      protocol: fc.constantFrom('tcp' as const, 'udp' as const),
      a: port,
      b: port,
      single: fc.boolean(),
      purpose: hostileField,
    }),
    { minLength: 1, maxLength: 6 },
  ),
  scope: fc.constantFrom('all' as const, 'zone-pair' as const),
});

type Input = typeof designs extends fc.Arbitrary<infer T> ? T : never;

function designOf(input: Input) {
  const components = [
    ...CLIENTS.map((c, i) => ({ id: `c${i}`, type: 'infra.workstation', ip: c.ip, zone: 'z0' })),
    ...SERVERS.map((s, i) => ({ id: `s${i}`, type: 'infra.windows-server', ip: s.ip, zone: 'z1' })),
  ].map((c, i) => ({ ...c, label: input.labels[i]!, host: `${input.hosts[i]!}-${i}` }));
  const flows = input.flows.map((f, i) => {
    const [from, to] = f.a <= f.b ? [f.a, f.b] : [f.b, f.a];
    return {
      id: `f${i}`,
      from: `c${f.from}`,
      to: `s${f.to}`,
      protocol: f.protocol,
      ports: { from, to: f.single ? from : to },
      purpose: f.purpose,
    };
  });
  return {
    schemaVersion: 1 as const,
    meta: { title: input.title, owner: input.owner, changeTicket: input.ticket },
    zones: [
      { id: 'z0', name: input.zones[0], kind: 'internal' as const },
      { id: 'z1', name: input.zones[1], kind: 'internal' as const },
    ],
    components,
    flows,
    excluded: [],
  };
}

const canonical = (ip: string) => (ip.includes('/') ? ip : `${ip}/${ip.includes(':') ? 128 : 32}`);

/** What the design asks for, from its own fields: each flow whose ends share a family. */
function expected(input: Input, family?: 4 | 6): Allowed[] {
  return input.flows.flatMap((f) => {
    const client = CLIENTS[f.from]!;
    const server = SERVERS[f.to]!;
    if (client.family !== server.family || (family !== undefined && client.family !== family)) return [];
    const [from, to] = f.a <= f.b ? [f.a, f.b] : [f.b, f.a];
    return [allowed(canonical(client.ip), canonical(server.ip), f.protocol, from, f.single ? from : to)];
  });
}

const withoutDestination = (list: readonly Allowed[]) => list.map((a) => a.replace(/^([^|]*)\|[^|]*\|/, '$1|*|') as Allowed);

function checkLines(result: ExportResult, format: string): void {
  for (const file of result.files) {
    if (typeof file.data !== 'string') continue;
    file.data.split('\n').forEach((line, i) => {
      expect(
        Buffer.byteLength(line),
        `${format} ${file.name} line ${i + 1} is ${Buffer.byteLength(line)} bytes: ${line.slice(0, 120)}`,
      ).toBeLessThanOrEqual(MAX_LINE_BYTES);
    });
  }
}

describe('long hostile text in every field', () => {
  it.runIf(NAMESPACES)(
    `adds no rule to any format, and iptables/nftables load exactly the expected rules in a namespace (${RUNS} designs)`,
    { timeout: 600_000 },
    async () => {
      const root = tempDir('injection');
      const capirca: string[] = [];
      let n = 0;
      await fc.assert(
        fc.asyncProperty(designs, async (input) => {
          const restore = restoreDesignValue(designOf(input), bundledCatalogue());
          if (!restore.ok) throw new Error(restore.problem.message);
          const catalogue = bundledCatalogue();
          const context: ExportContext = {
            design: restore.design,
            catalogue,
            rows: buildMatrix(restore.design, catalogue),
            generatedAt: GENERATED_AT,
            scope: input.scope,
          };
          const dir = join(root, String((n += 1)));
          const results = new Map<string, ExportResult>();
          for (const format of RULE_FORMATS) {
            const result = await runFormat(format, context);
            checkLines(result, format);
            results.set(format, result);
          }
          const want4 = expected(input, 4);
          const want6 = expected(input, 6);

          // iptables and ip6tables: loaded for real, read back with iptables-save.
          const v4: Allowed[] = [];
          const v6: Allowed[] = [];
          for (const path of writeFiles(join(dir, 'iptables'), results.get('iptables')!.files)) {
            const six = path.endsWith('.v6.rules');
            const tool = six ? 'ip6tables' : 'iptables';
            const loaded = inNamespace(`${tool}-restore "$1" && ${tool}-save`, [path]);
            expect(loaded.ok, loaded.output).toBe(true);
            const save = parseIptablesSave(loaded.output);
            expect(save.tables, path).toEqual(['filter']);
            expect(save.policy, path).toBe('DROP');
            expect(save.other, path).toEqual([]);
            expect(save.established, path).toBe(1);
            (six ? v6 : v4).push(...save.accepted);
          }
          // A zone-pair export writes one file per pair, each for its own firewall: together they hold the design.
          expect(union(v4)).toEqual(union(want4));
          expect(union(v6)).toEqual(union(want6));

          const nft: Allowed[] = [];
          for (const path of writeFiles(join(dir, 'nft'), results.get('nftables')!.files)) {
            const loaded = inNamespace('nft -f "$1" && nft list ruleset', [path]);
            expect(loaded.ok, loaded.output).toBe(true);
            const listed = parseNftList(loaded.output);
            expect(listed.other, path).toEqual([]);
            nft.push(...listed.accepted);
          }
          expect(union(nft)).toEqual(union([...want4, ...want6]));

          expect(union(results.get('asa')!.files.flatMap((f) => parseAsa(text(f))))).toEqual(union([...want4, ...want6]));

          const azure: Allowed[] = [];
          for (const file of results.get('azure')!.files) {
            for (const rule of Object.values(resources(await parseTerraform(file.name, text(file)), 'azurerm_network_security_rule'))) {
              const list = (one: unknown, many: unknown) => (many as string[] | undefined) ?? [String(one)];
              for (const source of list(rule.source_address_prefix, rule.source_address_prefixes)) {
                for (const destination of list(rule.destination_address_prefix, rule.destination_address_prefixes)) {
                  for (const ports of list(rule.destination_port_range, rule.destination_port_ranges)) {
                    const [from, to = from] = ports.split('-').map(Number);
                    azure.push(allowed(canonical(source), canonical(destination), String(rule.protocol).toLowerCase(), from!, to!));
                  }
                }
              }
            }
          }
          expect(union(azure)).toEqual(union([...want4, ...want6]));

          const aws: Allowed[] = [];
          for (const file of results.get('aws')!.files) {
            for (const group of Object.values(resources(await parseTerraform(file.name, text(file)), 'aws_security_group'))) {
              for (const ingress of (group.ingress as Record<string, unknown>[] | undefined) ?? []) {
                for (const cidr of [
                  ...((ingress.cidr_blocks as string[] | undefined) ?? []),
                  ...((ingress.ipv6_cidr_blocks as string[] | undefined) ?? []),
                ]) {
                  aws.push(allowed(cidr, '*', String(ingress.protocol), Number(ingress.from_port), Number(ingress.to_port)));
                }
              }
            }
          }
          const anyDestination = union(withoutDestination([...want4, ...want6]));
          expect(union(aws)).toEqual(anyDestination);
          expect(union(results.get('k8s')!.files.flatMap((f) => parseK8s(text(f))))).toEqual(anyDestination);
          expect(union(results.get('windows')!.files.flatMap((f) => parseWindows(text(f))))).toEqual(anyDestination);

          writeCapirca(join(dir, 'capirca'), results.get('capirca')!.files);
          capirca.push(join(dir, 'capirca'));
        }),
        // Shrinking 20 KB strings takes long and says little: the first failure is reported as it is.
        { numRuns: RUNS, endOnFailure: true },
      );
      const checked = checkCapircaBatch(capirca);
      for (const folder of capirca) expect(checked.get(folder)?.ok, `${folder}: ${checked.get(folder)?.output}`).toBe(true);
    },
  );

  it.skipIf(NAMESPACES)('needs network namespaces (unshare -n): not available on this machine, so the load test is skipped', () => {
    expect(NAMESPACES).toBe(false);
  });
});
