/**
 * iptables-restore files for a Linux network firewall: the FORWARD chain,
 * replies first (conntrack ESTABLISHED,RELATED), then one ACCEPT per flow
 * for new connections, and a DROP policy. IPv4 and IPv6 need separate tools
 * (iptables, ip6tables), so each rule set is two files, `.v4.rules` and
 * `.v6.rules`, always both: a design without IPv6 flows still gets a v6 file
 * that sets ip6tables' FORWARD policy to DROP, since otherwise IPv6
 * forwarding would stay as open as it was (a warning says so).
 *
 * `iptables-restore FILE` replaces the whole filter table; administrators
 * who keep other rules load it with `--noflush` or merge it by hand, which
 * the header says. iptables-restore reads its input in chunks of about
 * 10 KB, so every comment is capped and wrapped (see `commentLines`).
 */
import { formatRange, type PortRange } from '../ports';
import { groupText, headerComment, pathText, shortGroupText, ZONE_PAIR_NOTE } from './describe';
import { ruleSetExporter } from './ruleset';
import { commentLines, iptablesComment, utf8Length } from './sanitise';
import { familyViews, groupPorts, type Family, type RuleAddress, type RuleSet, type Selection } from './scope';
import type { ExportContext } from './types';

/** multiport takes at most 15 ports, and a range counts as two. */
const MULTIPORT_SLOTS = 15;

export const iptablesFormat = ruleSetExporter({
  id: 'iptables',
  label: 'iptables-restore (Linux FORWARD chain)',
  files({ context, selection, set, warn }) {
    const has = (family: Family) => set.rules.some((r) => familyViews(r).some((v) => v.family === family));
    if (!has('ipv6')) {
      warn(
        "iptables: where a rule set has no IPv6 flows, its .v6.rules file only sets ip6tables' FORWARD policy to DROP. " +
          'Load it with ip6tables-restore as well, or IPv6 forwarding stays as open as it was.',
      );
    }
    return (['ipv4', 'ipv6'] as const).map((family) => ({
      name: `${set.stem}.${family === 'ipv4' ? 'v4' : 'v6'}.rules`,
      mime: 'text/plain',
      data: restoreFile(context, selection, set, family, has(family)),
    }));
  },
});

function restoreFile(context: ExportContext, selection: Selection, set: RuleSet, family: Family, any: boolean): string {
  const tool = family === 'ipv4' ? 'iptables' : 'ip6tables';
  const lines = headerComment('# ', context, selection, set, tool);
  if (set.name) lines.push(...commentLines('# ', ZONE_PAIR_NOTE));
  lines.push(
    `# ${family === 'ipv4' ? 'IPv6' : 'IPv4'} rules are in ${set.stem}.${family === 'ipv4' ? 'v6' : 'v4'}.rules: load both files.`,
  );
  if (!any)
    lines.push(
      `# No ${family === 'ipv4' ? 'IPv4' : 'IPv6'} flows: this file only makes FORWARD drop every new ${family === 'ipv4' ? 'IPv4' : 'IPv6'} connection.`,
    );
  lines.push(
    `# Check: ${tool}-restore --test FILE. Load: ${tool}-restore FILE replaces the filter table;`,
    `# use ${tool}-restore --noflush FILE to add these rules to the running FORWARD chain instead.`,
    '*filter',
    ':FORWARD DROP [0:0]',
    '# Replies to allowed connections.',
    '-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT',
  );
  for (const group of groupPorts(set.rules)) {
    for (const view of familyViews(group)) {
      if (view.family !== family) continue;
      lines.push(...commentLines('# ', groupText(group)), ...commentLines('#   ', pathText(group)));
      for (const ports of chunks(group.ranges)) {
        // Each line's comment names the references of its own ports.
        const inChunk = new Set(group.rules.filter((r) => ports.some((p) => r.from >= p.from && r.to <= p.to)).flatMap((r) => r.refs));
        const chunkGroup = { ...group, notes: group.notes.filter((n) => inChunk.has(n.ref)) };
        lines.push(
          [
            '-A FORWARD',
            `-s ${addresses(view.sources)}`,
            `-d ${addresses(view.destinations)}`,
            `-p ${group.protocol}`,
            portMatch(group.protocol, ports),
            '-m conntrack --ctstate NEW',
            `-m comment --comment "${iptablesComment(shortGroupText(chunkGroup, 255, utf8Length))}"`,
            '-j ACCEPT',
          ].join(' '),
        );
      }
    }
  }
  lines.push('COMMIT', '');
  return lines.join('\n');
}

const addresses = (list: readonly RuleAddress[]) => list.map((a) => (a.host ? a.address : a.cidr)).join(',');

function portMatch(protocol: string, ports: readonly PortRange[]): string {
  const [only] = ports;
  if (ports.length === 1 && only) return `-m ${protocol} --dport ${formatRange(only, ':')}`;
  return `-m multiport --dports ${ports.map((r) => formatRange(r, ':')).join(',')}`;
}

/** Port lists that fit multiport: 15 slots, a range taking two. */
export function chunks(ranges: readonly PortRange[], slots = MULTIPORT_SLOTS): PortRange[][] {
  const out: PortRange[][] = [];
  let current: PortRange[] = [];
  let used = 0;
  for (const range of ranges) {
    const size = range.from === range.to ? 1 : 2;
    if (used + size > slots) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(range);
    used += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}
