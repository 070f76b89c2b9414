/**
 * An nftables script: one `inet` table (IPv4 and IPv6 together, so IPv6 is
 * never left open) with a forward chain that drops by default, accepts
 * replies, and accepts each flow's new connections. Several addresses or
 * ports become anonymous sets (`{ 80, 443, 5900-5930 }`). The script starts
 * by creating and deleting the table, the usual idiom for making
 * `nft -f FILE` replace it rather than add duplicate rules on a second load.
 */
import { formatRange } from '../ports';
import { groupText, headerComment, pathText, shortGroupText, ZONE_PAIR_NOTE } from './describe';
import { ruleSetExporter } from './ruleset';
import { commentLines, nftComment, utf8Length } from './sanitise';
import { familyViews, groupPorts, type RuleAddress, type RuleSet, type Selection } from './scope';
import type { ExportContext } from './types';

export const nftablesFormat = ruleSetExporter({
  id: 'nftables',
  label: 'nftables script (inet table, forward chain)',
  files: ({ context, selection, set }) => [{ name: `${set.stem}.nft`, mime: 'text/plain', data: script(context, selection, set) }],
});

function script(context: ExportContext, selection: Selection, set: RuleSet): string {
  const lines = ['#!/usr/sbin/nft -f', ...headerComment('# ', context, selection, set, 'nftables')];
  if (set.name) lines.push(...commentLines('# ', ZONE_PAIR_NOTE));
  lines.push(
    '# Check: nft -c -f FILE. Load: nft -f FILE (replaces the table inet portolan).',
    '# The inet table covers IPv4 and IPv6: both are dropped unless a rule below accepts them.',
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
    lines.push(...commentLines('\t\t# ', groupText(group)), ...commentLines('\t\t#   ', pathText(group)));
    for (const view of familyViews(group)) {
      const match = view.family === 'ipv4' ? 'ip' : 'ip6';
      lines.push(
        `\t\t${match} saddr ${set_(view.sources.map(address))} ${match} daddr ${set_(view.destinations.map(address))} ` +
          `${group.protocol} dport ${set_(group.ranges.map((r) => formatRange(r)))} ct state new accept comment "${nftComment(shortGroupText(group, 127, utf8Length))}"`,
      );
    }
  }
  lines.push('\t}', '}', '');
  return lines.join('\n');
}

const address = (a: RuleAddress) => (a.host ? a.address : a.cidr);
const set_ = (items: readonly string[]) => (items.length === 1 ? items[0]! : `{ ${items.join(', ')} }`);
