/**
 * Capirca's policy as a real firewall: `aclgen` renders it with the iptables
 * target it names, the result is loaded on a router between two network
 * namespaces, and real TCP connections go through it. The allowed port must
 * connect (which needs the reply term: Capirca's accept terms match the
 * request direction only) and a port outside the matrix must not. The same
 * policy without its reply term is run too, to show the test can fail.
 *
 * Needs root (ip netns) and python3; skipped with a message otherwise.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesignValue } from '../../src/model/design/restore';
import { ESTABLISHED_TERM } from '../../src/model/export/capirca';
import type { ExportFile } from '../../src/model/export/types';
import { checkAclgen, contextFor, removeTempDirs, runFormat, tempDir, text, writeFiles } from './helpers';

afterAll(removeTempDirs);

const ROOT = process.getuid?.() === 0;
const NETNS = ROOT && spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).status === 0;
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'pass']).status === 0);

/** aclgen's iptables output for one policy, split per filter and made loadable by iptables-restore. */
function aclgen(files: readonly ExportFile[]): { v4: string; v6: string } {
  const checked = checkAclgen(files);
  const [output] = checked.outputs;
  if (!output) throw new Error(`aclgen wrote nothing: ${checked.output}`);
  const filters = readFileSync(join(checked.outDir, output), 'utf8')
    .split(/^# Iptables FORWARD Policy$/m)
    .filter((part) => part.trim() !== '');
  const restore = (part: string) =>
    [
      '*filter',
      ...part
        .split('\n')
        .filter((l) => l.startsWith('-'))
        .map((l) => l.replace(/^-P (\S+) (\S+)$/, ':$1 $2 [0:0]').replace(/^-N (\S+)$/, ':$1 - [0:0]')),
      'COMMIT',
      '',
    ].join('\n');
  return { v4: restore(filters.find((f) => /^# inet$/m.test(f)) ?? ''), v6: restore(filters.find((f) => /^# inet6$/m.test(f)) ?? '') };
}

/**
 * client 10.0.1.2 -- router (the rules) -- server 10.0.2.2, each its own
 * namespace. The server listens on 8080 (in the matrix) and 9090 (not);
 * prints `<port> ok` or `<port> fail` per connection attempt.
 */
function probe(rules: string): string {
  const dir = tempDir('netns');
  const path = join(dir, 'rules.v4');
  writeFileSync(path, rules);
  const tag = `p${process.pid}`;
  const server = `import socket, threading, time
def serve(port):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('0.0.0.0', port)); s.listen()
    while True:
        c, _ = s.accept(); c.sendall(c.recv(16)); c.close()
for port in (8080, 9090): threading.Thread(target=serve, args=(port,), daemon=True).start()
time.sleep(20)`;
  const client = `import socket
for port in (8080, 9090):
    try:
        s = socket.create_connection(('10.0.2.2', port), timeout=2); s.sendall(b'hi'); ok = s.recv(16) == b'hi'; s.close()
    except OSError:
        ok = False
    print(port, 'ok' if ok else 'fail')`;
  const script = `
set -e
c=${tag}c; r=${tag}r; s=${tag}s
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; ip netns del $c 2>/dev/null; ip netns del $r 2>/dev/null; ip netns del $s 2>/dev/null; true; }
trap cleanup EXIT
ip netns add $c; ip netns add $r; ip netns add $s
ip link add eth0 netns $c type veth peer name in0 netns $r
ip link add eth0 netns $s type veth peer name out0 netns $r
ip -n $c addr add 10.0.1.2/24 dev eth0; ip -n $c link set eth0 up; ip -n $c link set lo up; ip -n $c route add default via 10.0.1.1
ip -n $s addr add 10.0.2.2/24 dev eth0; ip -n $s link set eth0 up; ip -n $s link set lo up; ip -n $s route add default via 10.0.2.1
ip -n $r addr add 10.0.1.1/24 dev in0; ip -n $r addr add 10.0.2.1/24 dev out0; ip -n $r link set in0 up; ip -n $r link set out0 up
ip netns exec $r sysctl -qw net.ipv4.ip_forward=1
ip netns exec $r iptables-restore "$1"
ip netns exec $s "$2" -c "$3" & server=$!
sleep 0.5
ip netns exec $c "$2" -c "$4"
`;
  const result = spawnSync('sh', ['-c', script, 'sh', path, PYTHON!, server, client], { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`namespaces: ${result.stderr}`);
  return result.stdout.trim();
}

const design = () => {
  const result = restoreDesignValue(
    {
      schemaVersion: 1,
      meta: { title: 'Capirca traffic' },
      zones: [
        { id: 'a', name: 'Clients' },
        { id: 'b', name: 'Servers' },
      ],
      components: [
        { id: 'client', type: 'infra.workstation', ip: '10.0.1.2', zone: 'a' },
        { id: 'server', type: 'infra.windows-server', ip: '10.0.2.2', zone: 'b' },
      ],
      flows: [{ id: 'f', from: 'client', to: 'server', protocol: 'tcp', ports: { from: 8080, to: 8080 } }],
    },
    bundledCatalogue(),
  );
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
};

describe('Capirca through aclgen, as a real firewall', () => {
  it(
    'renders with aclgen into rules iptables-restore --test accepts, with the reply rule, for IPv4 and IPv6',
    { timeout: 120_000 },
    async () => {
      const { v4, v6 } = aclgen((await runFormat('capirca', contextFor(design()))).files);
      expect(v4).toMatch(/-m state --state ESTABLISHED,RELATED -j ACCEPT/);
      expect(v6).toMatch(/^:FORWARD DROP \[0:0\]$/m);
      const dir = tempDir('capirca-test');
      const [p4, p6] = writeFiles(dir, [
        { name: 'v4', mime: '', data: v4 },
        { name: 'v6', mime: '', data: v6 },
      ]);
      for (const [tool, path] of [
        ['iptables-restore', p4!],
        ['ip6tables-restore', p6!],
      ] as const) {
        const checked = spawnSync(ROOT ? tool : 'unshare', ROOT ? ['--test', path] : ['-Urn', tool, '--test', path], { encoding: 'utf8' });
        expect(checked.status, `${tool}: ${checked.stderr}`).toBe(0);
      }
    },
  );

  it.runIf(NETNS && PYTHON)(
    'passes the allowed connection and its replies, and blocks a port outside the matrix',
    { timeout: 120_000 },
    async () => {
      const files = (await runFormat('capirca', contextFor(design()))).files;
      expect(probe(aclgen(files).v4)).toBe('8080 ok\n9090 fail');
      // Without the reply term every connection times out: the term is what makes the policy work.
      const withoutReplies = files.map((f) =>
        f.name.endsWith('.pol') ? { ...f, data: text(f).replaceAll(ESTABLISHED_TERM.join('\n'), '') } : f,
      );
      expect(text(withoutReplies.find((f) => f.name.endsWith('.pol'))!)).not.toContain('accept-established');
      expect(probe(aclgen(withoutReplies).v4)).toBe('8080 fail\n9090 fail');
    },
  );

  it.skipIf(NETNS && PYTHON)(
    'needs root, ip netns and python3 for real traffic: not available here, so the traffic test is skipped',
    () => {
      expect(NETNS && PYTHON).toBeFalsy();
    },
  );
});
