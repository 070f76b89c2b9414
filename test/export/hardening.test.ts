/**
 * The edges of "a rule set allows exactly the matrix": flows within one group
 * of machines, any-to-any, IPv6 left open, names that collide or overflow,
 * YAML values read as non-strings, host names that only look alike, and what
 * the Windows and Kubernetes headers must tell the administrator.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { z } from 'zod';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { deriveFlows } from '../../src/model/derive';
import { restoreDesignValue } from '../../src/model/design/restore';
import type { Design, DesignInput } from '../../src/model/design/schema';
import { aclName } from '../../src/model/export/asa';
import { AZURE_NAME_MAX } from '../../src/model/export/azure';
import { HOST_LABEL } from '../../src/model/export/k8s';
import { selectRules } from '../../src/model/export/scope';
import { buildMatrix, type MatrixRow } from '../../src/model/matrix';
import {
  contextFor,
  inNamespace,
  loadFixture,
  namespacesAvailable,
  parseIptablesSave,
  parseTerraform,
  removeTempDirs,
  resources,
  RULE_FORMATS,
  runFormat,
  tempDir,
  text,
  writeFiles,
} from './helpers';

afterAll(removeTempDirs);

function restore(input: Partial<z.input<typeof DesignInput>>) {
  return restoreDesignValue({ schemaVersion: 1, meta: { title: 'Hardening' }, ...input }, bundledCatalogue());
}

function design(input: Partial<z.input<typeof DesignInput>>): Design {
  const result = restore(input);
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
}

/** Tarantella reached from the Internet through the Netlet applet, which runs on the remote users' own machines. */
const netlet = () =>
  design({
    zones: [
      { id: 'internet', name: 'Internet' },
      { id: 'dmz', name: 'DMZ' },
    ],
    components: [
      { id: 'remote', type: 'infra.workstation', label: 'Remote users', ip: '0.0.0.0/0', zone: 'internet' },
      { id: 'applet', type: 'tarantella.netlet-applet', label: 'Netlet applet', ip: '0.0.0.0/0', zone: 'internet' },
      {
        id: 'tta',
        type: 'tarantella.tarantella-host',
        label: 'Tarantella',
        host: 'tta1',
        ip: '10.20.0.10',
        zone: 'dmz',
        options: { directory: 'ldap' },
      },
      { id: 'ldap', type: 'infra.ldap-directory', label: 'LDAP', host: 'ldap1', ip: '10.20.0.5', zone: 'dmz' },
    ],
  });

const isAny = (cidr: string) => cidr === '0.0.0.0/0' || cidr === '::/0';

describe('flows within one group of machines', () => {
  it('remote users 0.0.0.0/0 and the Netlet applet 0.0.0.0/0 are one group: their flows are local, with the reason, and never rules', async () => {
    const d = netlet();
    const flows = deriveFlows(d, bundledCatalogue());
    const between = flows.filter((f) => [f.from, f.to].sort().join() === 'applet,remote');
    expect(between.length).toBeGreaterThan(0);
    for (const flow of between) {
      expect(flow.local).toBe(true);
      expect(flow.localReason).toMatch(/same group of machines \(both 0\.0\.0\.0\/0\)/);
    }
    const rows = buildMatrix(d, bundledCatalogue());
    expect(rows.some((r) => [r.source.componentId, r.destination.componentId].sort().join() === 'applet,remote')).toBe(false);
    // Flows from the group to real servers stay (Internet to the Tarantella server is what the design is for).
    expect(rows.some((r) => r.destination.componentId === 'tta')).toBe(true);
    const selection = selectRules({ ...contextFor(d), base: 'netlet' });
    for (const rule of selection.rules) {
      expect(rule.source.addresses.every((a) => isAny(a.cidr)) && rule.destination.addresses.every((a) => isAny(a.cidr)), rule.id).toBe(
        false,
      );
    }
    const iptables = (await runFormat('iptables', contextFor(d))).files.map(text).join('\n');
    expect(iptables).not.toMatch(/-s 0\.0\.0\.0\/0 -d 0\.0\.0\.0\/0/);
    expect(iptables).toMatch(/-s 0\.0\.0\.0\/0 -d 10\.20\.0\.10/);
  });

  it('the same host and the same IP are local too, each with its reason', () => {
    const d = design({
      components: [
        { id: 'a', type: 'infra.workstation', ip: '10.0.0.1', host: 'one' },
        { id: 'b', type: 'infra.windows-server', ip: '10.0.0.1' },
        { id: 'c', type: 'infra.windows-server', host: ' ONE ' },
      ],
      flows: [
        { id: 'f', from: 'a', to: 'b', protocol: 'tcp', ports: { from: 80, to: 80 } },
        { id: 'g', from: 'a', to: 'c', protocol: 'tcp', ports: { from: 81, to: 81 } },
      ],
    });
    const flows = deriveFlows(d, bundledCatalogue());
    expect(flows.map((f) => f.localReason)).toEqual(['same IP address (10.0.0.1)', 'same host (one)']);
  });
});

describe('any-to-any', () => {
  /** Rows as a matrix built elsewhere might hold them: both ends any address. */
  function anyRows(): MatrixRow[] {
    const d = design({
      components: [
        { id: 'a', type: 'infra.workstation', label: 'Everyone', ip: '10.0.0.1' },
        { id: 'b', type: 'infra.windows-server', label: 'Everything', ip: '10.0.0.2' },
      ],
      flows: [{ id: 'f', from: 'a', to: 'b', protocol: 'tcp', ports: { from: 4000, to: 4000 } }],
    });
    return buildMatrix(d, bundledCatalogue()).map((r) => ({
      ...r,
      source: { ...r.source, addresses: ['0.0.0.0/0'] },
      destination: { ...r.destination, addresses: ['0.0.0.0/0'] },
    }));
  }

  it.each(RULE_FORMATS)('%s refuses it with a message naming the row, and writes no rule', async (format) => {
    const d = design({});
    const result = await runFormat(format, { ...contextFor(d), rows: anyRows() });
    expect(result.warnings.join('\n')).toMatch(
      /Refused: rows whose source and destination are both any address .*R001 \(Everyone to Everything\)/,
    );
    const all = result.files.map(text).join('\n');
    expect(all).not.toMatch(/^-A FORWARD -s/m);
    expect(all).not.toMatch(/ accept comment/);
    expect(all).not.toMatch(/extended permit|New-NetFirewallRule|- ipBlock:|ingress \{|azurerm_network_security_rule|source-address::/);
  });
});

describe('IPv6 is never left open', () => {
  it('an IPv4-only design still gets a .v6.rules that makes ip6tables FORWARD drop, and a warning says so', async () => {
    const d = design({
      components: [
        { id: 'a', type: 'infra.workstation', ip: '10.0.0.1' },
        { id: 'b', type: 'infra.windows-server', ip: '10.0.1.2' },
      ],
      flows: [{ id: 'f', from: 'a', to: 'b', protocol: 'tcp', ports: { from: 443, to: 443 } }],
    });
    const result = await runFormat('iptables', contextFor(d));
    expect(result.files.map((f) => f.name)).toEqual(['hardening.v4.rules', 'hardening.v6.rules']);
    expect(result.warnings.join('\n')).toMatch(/no IPv6 flows, its \.v6\.rules file only sets ip6tables' FORWARD policy to DROP/);
    const v6 = text(result.files[1]!);
    expect(v6).toMatch(/^:FORWARD DROP \[0:0\]$/m);
    expect(v6).not.toMatch(/--ctstate NEW/);
    if (!namespacesAvailable()) return;
    const [path] = writeFiles(tempDir('v6'), [result.files[1]!]);
    const loaded = inNamespace('ip6tables-restore "$1" && ip6tables-save', [path!]);
    expect(loaded.ok, loaded.output).toBe(true);
    const save = parseIptablesSave(loaded.output);
    expect(save.policy).toBe('DROP');
    expect(save.accepted).toEqual([]);
  });
});

describe('names', () => {
  const long = 'A very long design title that goes on and on about the estate it describes '.repeat(3);
  const zonePair = () =>
    design({
      meta: { title: long },
      zones: [
        { id: 'a', name: 'Zone with a long name for the office users of the company' },
        { id: 'b', name: 'Zone with a long name for the servers in the data centre' },
        { id: 'c', name: 'Zone with a long name for the demilitarised network part' },
      ],
      components: [
        { id: 'x', type: 'infra.workstation', ip: '10.0.0.1', zone: 'a' },
        { id: 'y', type: 'infra.windows-server', ip: '10.0.1.2', zone: 'b' },
        { id: 'z', type: 'infra.windows-server', ip: '10.0.2.2', zone: 'c' },
      ],
      flows: [
        { id: 'f', from: 'x', to: 'y', protocol: 'tcp', ports: { from: 443, to: 443 } },
        { id: 'g', from: 'x', to: 'z', protocol: 'tcp', ports: { from: 443, to: 443 } },
        { id: 'h', from: 'y', to: 'z', protocol: 'tcp', ports: { from: 445, to: 445 } },
      ],
    });

  it('Azure: security-group and rule names are at most 80 characters and unique, also per zone pair', async () => {
    const result = await runFormat('azure', contextFor(zonePair(), { scope: 'zone-pair' }));
    const groups: string[] = [];
    for (const file of result.files) {
      const hcl = await parseTerraform(file.name, text(file));
      for (const nsg of Object.values(resources(hcl, 'azurerm_network_security_group'))) groups.push(String(nsg.name));
      const rules = Object.values(resources(hcl, 'azurerm_network_security_rule')).map((r) => String(r.name));
      expect(new Set(rules).size).toBe(rules.length);
      for (const name of rules) expect(name.length).toBeLessThanOrEqual(AZURE_NAME_MAX);
    }
    expect(groups.length).toBe(3);
    expect(new Set(groups).size).toBe(groups.length);
    for (const name of groups) expect(name.length, name).toBeLessThanOrEqual(AZURE_NAME_MAX);
  });

  it('ASA: every zone-pair file has its own access-list name, and says how to bind it', async () => {
    const result = await runFormat('asa', contextFor(zonePair(), { scope: 'zone-pair' }));
    const names = result.files.map((f) => new Set([...text(f).matchAll(/^access-list (\S+) /gm)].map((m) => m[1]!)));
    for (const set of names) expect(set.size).toBe(1);
    const all = names.map((s) => [...s][0]!);
    expect(new Set(all).size).toBe(3);
    for (const name of all) expect(name.length).toBeLessThanOrEqual(241);
    for (const file of result.files) {
      const acl = [...names[result.files.indexOf(file)]!][0]!;
      expect(text(file)).toContain(`access-group ${acl} global`);
      expect(text(file)).toContain(`access-group ${acl} in interface <ingress interface>`);
    }
    expect(aclName({ stem: 'x'.repeat(300) })).not.toBe(aclName({ stem: `${'x'.repeat(299)}y` }));
  });
});

describe('Kubernetes: every string stays a string', () => {
  const TRICKY = [
    'true',
    'null',
    'yes',
    'on',
    'off',
    'no',
    'y',
    'n',
    '~',
    '0x10',
    '1e3',
    '010',
    '.inf',
    '12:30',
    '-1',
    '3.0',
    'NaN',
    'False',
  ];

  it('in YAML 1.1 and 1.2, only port numbers are numbers', async () => {
    const d = design({
      meta: { title: 'true' },
      zones: TRICKY.map((name, i) => ({ id: `z${i}`, name })),
      components: [
        { id: 'src', type: 'infra.workstation', ip: '10.0.0.0/24', zone: 'z0', label: 'null' },
        ...TRICKY.map((t, i) => ({ id: `s${i}`, type: 'infra.windows-server', label: t, host: t, ip: `10.1.0.${i + 1}`, zone: `z${i}` })),
      ],
      flows: TRICKY.map((_, i) => ({
        id: `f${i}`,
        from: 'src',
        to: `s${i}`,
        protocol: 'tcp' as const,
        ports: { from: 443, to: 443 },
        purpose: 'yes',
      })),
    });
    const yaml = text((await runFormat('k8s', contextFor(d))).files[0]!);
    for (const version of ['1.1', '1.2'] as const) {
      const docs = parseAllDocuments(yaml, { version }).map((doc) => {
        if ('errors' in doc && doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
        return doc.toJS() as unknown;
      });
      const policies = docs.filter((doc) => doc !== null);
      expect(policies.length).toBe(TRICKY.length);
      const walk = (value: unknown, path: string): void => {
        if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
        else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
        else if (/\.(port|endPort)$/.test(path)) expect(typeof value, `${version} ${path}`).toBe('number');
        else expect(typeof value, `${version} ${path} = ${String(value)}`).toBe('string');
      };
      policies.forEach((p, i) => walk(p, `doc${i}`));
    }
  });

  it('the header names the exact label value each policy selects', async () => {
    const yaml = text((await runFormat('k8s', contextFor(netlet()))).files[0]!);
    const policies = parseAllDocuments(yaml)
      .map((d) => d.toJS() as { metadata: { name: string }; spec: { podSelector: { matchLabels: Record<string, string> } } } | null)
      .filter((p) => p !== null);
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      const value = policy.spec.podSelector.matchLabels[HOST_LABEL]!;
      expect(yaml).toContain(`#   ${HOST_LABEL}=${value} (policy ${policy.metadata.name})`);
    }
    expect(yaml).toMatch(/::\/0 every IPv6 address/);
  });
});

describe('Windows', () => {
  it('the header says Any includes IPv6 and that inbound must be blocked by default', async () => {
    const script = text((await runFormat('windows', contextFor(netlet()))).files[0]!);
    expect(script).toContain("# A remote address of 'Any' means every IPv4 AND every IPv6 address.");
    expect(script).toContain('-DefaultInboundAction Block');
    expect(script).toMatch(/-RemoteAddress 'Any'/);
  });

  it('host names that differ only by an invisible character or by normalisation are refused on restore, naming both', () => {
    const pair = (a: string, b: string) =>
      restore({
        components: [
          { id: 'a', type: 'infra.windows-server', host: a, ip: '10.0.0.1' },
          { id: 'b', type: 'infra.windows-server', host: b, ip: '10.0.0.1' },
        ],
      });
    const zeroWidth = pair('web', 'web\u200b');
    expect(zeroWidth.ok).toBe(false);
    if (!zeroWidth.ok)
      expect(zeroWidth.problem.message).toContain(
        'host names "web" and "web\\u200b" differ only by invisible characters or Unicode normalisation',
      );
    const cafe = pair('caf\u00e9', 'cafe\u0301');
    expect(cafe.ok).toBe(false);
    if (!cafe.ok) expect(cafe.problem.message).toContain('host names "caf\u00e9" and "cafe\\u0301" differ only');
    // Case and surrounding spaces were always one host: still accepted.
    expect(pair('WEB', ' web ').ok).toBe(true);
  });

  it('one normalised host is one switch clause', async () => {
    const d = design({
      components: [
        { id: 'a', type: 'infra.workstation', ip: '10.0.0.0/24' },
        { id: 'b', type: 'infra.windows-server', host: 'Web', ip: '10.0.0.9' },
        { id: 'c', type: 'infra.ldap-directory', host: 'web', ip: '10.0.0.9' },
      ],
      flows: [
        { id: 'f', from: 'a', to: 'b', protocol: 'tcp', ports: { from: 443, to: 443 } },
        { id: 'g', from: 'a', to: 'c', protocol: 'tcp', ports: { from: 636, to: 636 } },
      ],
    });
    const script = text((await runFormat('windows', contextFor(d))).files[0]!);
    expect(script.match(/^ {2}'[^']*' \{$/gim)).toHaveLength(1);
    expect(script).toMatch(/^ {2}'web' \{$/im);
  });
});

describe('line length does not grow with the port count', () => {
  it('a Netlet array of 64 members (128 ports) keeps every line of every format under 1 KB', async () => {
    const base = loadFixture('tarantella');
    const d = {
      ...base,
      components: base.components.map((c) =>
        c.type === 'tarantella.netlet-applet' ? { ...c, params: { ...c.params, 'array-members': 64 } } : c,
      ),
    };
    for (const format of RULE_FORMATS) {
      for (const file of (await runFormat(format, contextFor(d))).files) {
        for (const line of text(file).split('\n'))
          expect(Buffer.byteLength(line), `${format} ${file.name}: ${line.slice(0, 100)}`).toBeLessThanOrEqual(1024);
      }
    }
    const windows = text((await runFormat('windows', contextFor(d))).files[0]!);
    expect(windows).toContain("-Name 'Portolan-tarantella-remote-access-R010-4'");
  });
});
