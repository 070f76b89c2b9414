/**
 * An nftables script: one `inet` table (IPv4 and IPv6 together) with a
 * forward chain that drops by default, accepts replies, and accepts each
 * flow's new connections. Several addresses or ports become anonymous sets
 * (`{ 80, 443, 5900-5930 }`). The script starts by creating and deleting the
 * table, the usual idiom for making `nft -f FILE` replace it rather than add
 * duplicate rules on a second load.
 */
import type { PortRange } from '../ports';
import { groupText, headerLines, pathText, shortGroupText, ZONE_PAIR_NOTE } from './describe';
import { baseName, type ExportContext, type ExportResult } from './formats';
import { hashComment, nftComment, utf8Length } from './sanitise';
import { familyViews, groupPorts, selectRules, type RuleAddress, type RuleSet, type Selection } from './scope';

export function nftablesRules(context: ExportContext): ExportResult {
  const selection = selectRules({ ...context, base: baseName(context.design) });
  const files = selection.sets.map((set) => ({ name: `${set.stem}.nft`, mime: 'text/plain', data: script(context, selection, set) }));
  return { files, warnings: selection.warnings };
}

function script(context: ExportContext, selection: Selection, set: RuleSet): string {
  const lines = ['#!/usr/sbin/nft -f', ...headerLines(context, selection, set, 'nftables').map((l) => `# ${hashComment(l)}`)];
  if (set.name) lines.push(`# ${ZONE_PAIR_NOTE}`);
  lines.push(
    '# Check: nft -c -f FILE. Load: nft -f FILE (replaces the table inet portolan).',
    '# A packet must be accepted by every forward chain on the host: other tables may still drop it.',
    '',
    'table inet portolan',
    'delete table inet portolan',
    '',
    'table inet portolan {',
    '\tchain forward {',
    '\t\ttype filter hook forward priority 0; policy drop;',
    '\t\t# Replies to allowed connections.',
    '\t\tct state established,related accept',
  );
  for (const group of groupPorts(set.rules)) {
    const note = groupText(group);
    lines.push(`\t\t# ${hashComment(note)}`, `\t\t#   ${hashComment(pathText(group))}`);
    for (const view of familyViews(group)) {
      const match = view.family === 'ipv4' ? 'ip' : 'ip6';
      lines.push(
        `\t\t${match} saddr ${set_(view.sources.map(address))} ${match} daddr ${set_(view.destinations.map(address))} ` +
          `${group.protocol} dport ${set_(group.ranges.map(port))} ct state new accept comment "${nftComment(shortGroupText(group, 127, utf8Length))}"`,
      );
    }
  }
  lines.push('\t}', '}', '');
  return lines.join('\n');
}

const address = (a: RuleAddress) => (a.host ? a.address : a.cidr);
const port = (r: PortRange) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`);
const set_ = (items: readonly string[]) => (items.length === 1 ? items[0]! : `{ ${items.join(', ')} }`);
