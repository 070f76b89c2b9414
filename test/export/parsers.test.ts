/**
 * Every rule-set format, for every fixture design and scope, read back by
 * the real tool that would load it, plus the structural rules each
 * platform imposes that its parser does not check (ASA name lengths, Azure
 * priorities, AWS description characters, Kubernetes endPort).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PRIORITY_FIRST, PRIORITY_LAST } from '../../src/model/export/azure';
import {
  checkAclgen,
  checkIptables,
  checkKubernetes,
  checkNft,
  contextFor,
  FIXTURE_NAMES,
  loadFixture,
  parseTerraform,
  powershellProblems,
  resources,
  runFormat,
  scopes,
  removeTempDirs,
  tempDir,
  text,
  writeFiles,
} from './helpers';

afterAll(removeTempDirs);

const AWS_CHARSET = /^[a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]*$/;

const cases = FIXTURE_NAMES.flatMap((name) =>
  scopes.flatMap((scope) => [false, true].map((placeholderAddresses) => ({ name, scope, placeholderAddresses }))),
);

describe.each(cases)('$name, scope $scope, placeholders $placeholderAddresses', ({ name, scope, placeholderAddresses }) => {
  const context = () => contextFor(loadFixture(name), { scope, placeholderAddresses });

  it('iptables: iptables-restore --test and iptables-legacy-restore --test accept it (ip6tables for IPv6)', async () => {
    const result = await runFormat('iptables', context());
    const paths = writeFiles(tempDir('iptables'), result.files);
    expect(paths.some((p) => p.endsWith('.v4.rules'))).toBe(true);
    for (const path of paths) {
      for (const checked of await checkIptables(path)) expect(checked.ok, `${path}\n${checked.output}`).toBe(true);
    }
    for (const file of result.files) {
      const body = text(file);
      expect(body).toMatch(/^\*filter$/m);
      expect(body.indexOf('--ctstate ESTABLISHED,RELATED')).toBeLessThan(
        body.indexOf('--ctstate NEW') === -1 ? Infinity : body.indexOf('--ctstate NEW'),
      );
      for (const line of body.split('\n').filter((l) => l.startsWith('-A FORWARD') && l.includes('multiport'))) {
        const ports = /--dports (\S+)/.exec(line)![1]!.split(',');
        expect(ports.reduce((n, p) => n + (p.includes(':') ? 2 : 1), 0)).toBeLessThanOrEqual(15);
      }
    }
  });

  it('nftables: nft -c -f accepts it', async () => {
    const result = await runFormat('nftables', context());
    for (const path of writeFiles(tempDir('nft'), result.files)) {
      const checked = await checkNft(path);
      expect(checked.ok, `${path}\n${checked.output}`).toBe(true);
    }
  });

  // aclgen starts Python and imports Capirca on every run: seconds, more on a loaded machine.
  it('capirca: aclgen exits 0 and writes an ACL per policy', { timeout: 120_000 }, async () => {
    const result = await runFormat('capirca', context());
    const checked = checkAclgen(result.files);
    expect(checked.ok, checked.output).toBe(true);
    expect(checked.outputs.length).toBe(result.files.filter((f) => f.name.endsWith('.pol')).length);
    expect(result.files.map((f) => f.name)).toEqual(expect.arrayContaining(['NETWORK.net', 'SERVICES.svc']));
  });

  it('aws: Terraform parses; ports, protocols and descriptions are what AWS accepts', async () => {
    const result = await runFormat('aws', context());
    for (const file of result.files) {
      const hcl = await parseTerraform(file.name, text(file));
      for (const [label, group] of Object.entries(resources(hcl, 'aws_security_group'))) {
        expect(label).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
        expect(group.vpc_id).toBe('${var.vpc_id}');
        expect(String(group.description)).toMatch(AWS_CHARSET);
        for (const ingress of group.ingress as Record<string, unknown>[]) {
          const description = String(ingress.description);
          expect(description.length).toBeLessThanOrEqual(255);
          expect(description).toMatch(AWS_CHARSET);
          // Placeholder, local-segment and within-group rules say so before their references.
          expect(description).toMatch(/^(PLACEHOLDER IP - )?((LOCAL SEGMENT|WITHIN GROUP) [^-]* - )*R\d+/);
          expect(['tcp', 'udp']).toContain(ingress.protocol);
          const from = Number(ingress.from_port);
          const to = Number(ingress.to_port);
          expect(from).toBeGreaterThanOrEqual(1);
          expect(to).toBeGreaterThanOrEqual(from);
          expect(to).toBeLessThanOrEqual(65535);
          for (const cidr of (ingress.cidr_blocks as string[] | undefined) ?? []) expect(cidr).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
          for (const cidr of (ingress.ipv6_cidr_blocks as string[] | undefined) ?? []) expect(cidr).toMatch(/^[0-9a-f:.]+\/\d+$/);
        }
      }
    }
  });

  it('azure: Terraform parses; priorities are unique per NSG and in 100-4096; descriptions fit 140', async () => {
    const result = await runFormat('azure', context());
    for (const file of result.files) {
      const hcl = await parseTerraform(file.name, text(file));
      const byNsg = new Map<string, number[]>();
      for (const rule of Object.values(resources(hcl, 'azurerm_network_security_rule'))) {
        const nsg = String(rule.network_security_group_name);
        byNsg.set(nsg, [...(byNsg.get(nsg) ?? []), Number(rule.priority)]);
        expect(String(rule.description).length).toBeLessThanOrEqual(140);
        expect(String(rule.name)).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,78}[A-Za-z0-9_]$/);
        expect(['Tcp', 'Udp']).toContain(rule.protocol);
        const ports = (rule.destination_port_ranges as string[] | undefined) ?? [String(rule.destination_port_range)];
        for (const port of ports) {
          const [from, to = from] = port.split('-').map(Number);
          expect(from).toBeGreaterThanOrEqual(1);
          expect(to).toBeGreaterThanOrEqual(from!);
          expect(to).toBeLessThanOrEqual(65535);
        }
        expect(rule.source_address_prefix ?? rule.source_address_prefixes).toBeDefined();
      }
      for (const [nsg, priorities] of byNsg) {
        expect(new Set(priorities).size, nsg).toBe(priorities.length);
        for (const p of priorities) expect(p >= PRIORITY_FIRST && p <= PRIORITY_LAST, `${nsg} priority ${p}`).toBe(true);
      }
    }
  });

  it('windows: tree-sitter-powershell parses it without ERROR or MISSING nodes', async () => {
    const result = await runFormat('windows', context());
    for (const file of result.files) {
      expect(await powershellProblems(text(file)), file.name).toEqual([]);
      for (const line of text(file)
        .split('\n')
        .filter((l) => l.includes('New-NetFirewallRule'))) {
        expect(line).toMatch(/-Direction Inbound .*-Protocol (TCP|UDP) -LocalPort '\d+(-\d+)?'(, '\d+(-\d+)?')* -RemoteAddress '/);
      }
    }
  });

  it('k8s: every document is a valid NetworkPolicy (kubernetes-models) with endPort >= port', async () => {
    const result = await runFormat('k8s', context());
    for (const file of result.files) {
      const { policies, errors } = checkKubernetes(text(file));
      expect(errors, file.name).toEqual([]);
      for (const policy of policies) {
        const spec = policy.spec as {
          ingress: { from: { ipBlock: { cidr: string } }[]; ports: { protocol: string; port: number; endPort?: number }[] }[];
        };
        for (const rule of spec.ingress) {
          for (const port of rule.ports) {
            expect(['TCP', 'UDP']).toContain(port.protocol);
            if (port.endPort !== undefined) expect(port.endPort).toBeGreaterThan(port.port);
          }
          for (const peer of rule.from) expect(peer.ipBlock.cidr).toMatch(/\/\d+$/);
        }
      }
    }
  });

  it('asa: object names are unique, at most 64 of [A-Za-z0-9_.-], the list name at most 241; every entry uses defined groups; remarks fit 100 ASCII', async () => {
    const result = await runFormat('asa', context());
    for (const file of result.files) {
      const lines = text(file).split('\n');
      const defined = new Set<string>();
      for (const line of lines) {
        const m = /^object-group (network|service) (\S+)/.exec(line);
        if (m) {
          expect(m[2]).toMatch(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/);
          expect(defined.has(m[2]!), m[2]).toBe(false);
          defined.add(m[2]!);
        }
        expect(line).toMatch(/^[\x20-\x7e]*$/);
        const remark = / remark (.*)$/.exec(line);
        if (remark) expect(remark[1]!.length).toBeLessThanOrEqual(100);
        if (line.includes(' extended permit ')) {
          for (const group of line.matchAll(/object-group (\S+)/g)) expect(defined.has(group[1]!), group[1]).toBe(true);
          expect(line).toMatch(/ extended permit (tcp|udp) object-group \S+ object-group \S+ (eq \d+|range \d+ \d+|object-group \S+)$/);
        }
        const acl = /^access-list (\S+)/.exec(line);
        if (acl) expect(acl[1]!.length).toBeLessThanOrEqual(241);
      }
    }
  });
});

// The checks above are only worth something if they fail on broken input.
describe('the checkers reject broken output', () => {
  it('iptables-restore, iptables-legacy-restore and nft reject a broken file', async () => {
    const dir = tempDir('broken');
    const [rules, nft] = writeFiles(dir, [
      {
        name: 'x.v4.rules',
        mime: '',
        data: '*filter\n:FORWARD DROP [0:0]\n-A FORWARD -m comment --comment "a"b" -p tcp --dport 70000 -j ACCEPT\nCOMMIT\n',
      },
      { name: 'x.nft', mime: '', data: 'table inet t {\n chain c {\n  accept comment "a"b"\n }\n}\n' },
    ]);
    for (const checked of await checkIptables(rules!)) expect(checked.ok).toBe(false);
    expect((await checkNft(nft!)).ok).toBe(false);
  });

  it('aclgen, hcl2json, kubernetes-models and tree-sitter-powershell reject broken input', async () => {
    expect(
      checkAclgen([
        {
          name: 'x.pol',
          mime: '',
          data: 'header {\n  target:: iptables FORWARD DROP\n}\nterm x {\n  source-address:: UNDEFINED\n  action:: accept\n}\n',
        },
      ]).ok,
    ).toBe(false);
    await expect(parseTerraform('x.tf', 'resource "a" "b" {\n  description = "a"b"\n}\n')).rejects.toThrow();
    expect(
      checkKubernetes(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: x\nspec:\n  podSelector: {}\n  ingress:\n    - ports:\n        - port: "x y"\n          protocol: TCPX\n',
      ).errors,
    ).not.toEqual([]);
    expect(checkKubernetes('a: "b\nc: [').errors).not.toEqual([]);
    expect(await powershellProblems("New-NetFirewallRule -DisplayName 'it's'\n")).not.toEqual([]);
  });
});
