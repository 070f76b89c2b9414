/**
 * iptables-restore files for a Linux network firewall: the FORWARD chain,
 * replies first (conntrack ESTABLISHED,RELATED), then one ACCEPT per flow
 * for new connections, and a DROP policy. IPv4 and IPv6 need separate tools
 * (iptables, ip6tables), so IPv6 rules go to a second file.
 *
 * `iptables-restore FILE` replaces the whole filter table; administrators
 * who keep other rules load it with `--noflush` or merge it by hand, which
 * the header says.
 */
import type { ExportContext, ExportResult } from './formats';
import { groupText, headerLines, pathText, shortGroupText, ZONE_PAIR_NOTE } from './describe';
import { hashComment, iptablesComment, utf8Length } from './sanitise';
import { familyViews, groupPorts, selectRules, type Family, type RuleAddress, type RuleSet, type Selection } from './scope';
import type { PortRange } from '../ports';
import { baseName } from './formats';

/** multiport takes at most 15 ports, and a range counts as two. */
const MULTIPORT_SLOTS = 15;

export function iptablesRules(context: ExportContext): ExportResult {
  const selection = selectRules({ ...context, base: baseName(context.design) });
  const files = selection.sets.flatMap((set) => {
    const has = (family: Family) => set.rules.some((r) => familyViews(r).some((v) => v.family === family));
    // The IPv4 file always exists (it may say there is nothing to allow); the IPv6 one when IPv6 flows do.
    const families: Family[] = [...(has('ipv4') || !has('ipv6') ? (['ipv4'] as const) : []), ...(has('ipv6') ? (['ipv6'] as const) : [])];
    return families.map((family) => ({
      name: `${set.stem}.${family === 'ipv4' ? 'v4' : 'v6'}.rules`,
      mime: 'text/plain',
      data: restoreFile(context, selection, set, family),
    }));
  });
  return { files, warnings: selection.warnings };
}

function restoreFile(context: ExportContext, selection: Selection, set: RuleSet, family: Family): string {
  const tool = family === 'ipv4' ? 'iptables' : 'ip6tables';
  const lines = headerLines(context, selection, set, tool).map((l) => `# ${hashComment(l)}`);
  if (set.name) lines.push(`# ${ZONE_PAIR_NOTE}`);
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
      const note = groupText(group);
      lines.push(`# ${hashComment(note)}`, `#   ${hashComment(pathText(group))}`);
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

const portText = (r: PortRange) => (r.from === r.to ? String(r.from) : `${r.from}:${r.to}`);

function portMatch(protocol: string, ports: readonly PortRange[]): string {
  const [only] = ports;
  if (ports.length === 1 && only) return `-m ${protocol} --dport ${portText(only)}`;
  return `-m multiport --dports ${ports.map(portText).join(',')}`;
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
