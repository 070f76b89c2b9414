/**
 * Windows Defender Firewall rules as a PowerShell script: inbound rules on
 * each destination host, grouped per host under a comment header.
 *
 * Each host's rules belong on that host only, so the script takes the host
 * name as a parameter and runs just that host's block: running it on the
 * wrong machine cannot open ports there. Hosts are keyed as everywhere else
 * (`hostKey`: NFC, invisible characters removed, case ignored), so two
 * spellings of one name never become two clauses. Rules get a stable -Name
 * (a second run fails on duplicates instead of adding copies) and a -Group,
 * so `Remove-NetFirewallRule -Group '...'` takes them all back out. Every
 * user string is a single-quoted literal (no expansion), quotes doubled.
 * Ports are quoted strings: New-NetFirewallRule takes `'5900-5930'` as a
 * range, and quoting keeps PowerShell from reading it as a subtraction.
 * Flows to documented Internet services are outbound from our hosts, which
 * Windows Firewall allows by default; a warning names them.
 */
import { formatRange } from '../ports';
import { endText, groupText, headerComment } from './describe';
import { ruleSetExporter } from './ruleset';
import { commentLines, powershellString, truncateBytes, UniqueNames, userText } from './sanitise';
import { byDestination, familyViews, groupPorts, outboundToInternet, type RuleSet, type Selection } from './scope';
import type { ExportContext } from './types';

export const windowsFormat = ruleSetExporter({
  id: 'windows',
  label: 'PowerShell: Windows Firewall rules',
  // Enforced on each machine (or pod): members of one group need their peer rules.
  enforcement: 'host',
  files: ({ context, selection, set, base, warn }) => [
    { name: `${set.stem}.ps1`, mime: 'text/plain', data: script(context, selection, set, base, warn) },
  ],
});

/** Ports per New-NetFirewallRule line. */
const PORTS_PER_RULE = 20;

/** What every Windows script says before its rules: they only add exceptions to a default that must block. */
export const WINDOWS_NOTES = [
  'These rules only allow: the profile must block inbound connections by default (Windows does unless a policy changed it).',
  'Check with Get-NetFirewallProfile | Select-Object Name, Enabled, DefaultInboundAction; set it with',
  'Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block.',
  "A remote address of 'Any' means every IPv4 AND every IPv6 address.",
];

function script(context: ExportContext, selection: Selection, set: RuleSet, base: string, warn: (message: string) => void): string {
  const group = `Portolan ${userText(context.design.meta.title)}${set.name ? ` (${set.name})` : ''}`;
  const { inbound, warning } = outboundToInternet(
    set.rules,
    'Windows Firewall',
    'Windows Firewall allows outbound connections unless a policy blocks them.',
  );
  if (warning) warn(warning);
  const lines = headerComment('# ', context, selection, set, 'Windows Firewall', warning ? [warning] : []);
  lines.push(...WINDOWS_NOTES.flatMap((note) => commentLines('# ', note)));
  const hosts = new UniqueNames(200, ' #');
  const blocks: string[] = [];
  const known: string[] = [];
  for (const rules of byDestination(inbound, (end) => end.key).values()) {
    const destination = rules[0]!.destination;
    const host = hosts.take(destination.hosts[0] ?? destination.names[0] ?? destination.key);
    known.push(host);
    blocks.push('', ...commentLines('  # ---- Host: ', endText(destination)), `  ${powershellString(host)} {`);
    for (const entry of groupPorts(rules)) {
      // A /0 network is Windows Firewall's keyword Any (IPv4 and IPv6 alike).
      const remote = [
        ...new Set(familyViews(entry).flatMap((v) => v.sources.map((a) => (a.prefix === 0 ? 'Any' : a.host ? a.address : a.cidr)))),
      ];
      const note = groupText(entry);
      blocks.push(...commentLines('    # ', note));
      // At most PORTS_PER_RULE ports per rule, so no line grows with the port count (the second rule's name ends in -2).
      for (let start = 0, part = 1; start < entry.ranges.length; start += PORTS_PER_RULE, part += 1) {
        const ranges = entry.ranges.slice(start, start + PORTS_PER_RULE);
        blocks.push(
          [
            '    New-NetFirewallRule',
            `-Name ${powershellString(`Portolan-${base}${set.name ? `-${set.name}` : ''}-${entry.id}${part > 1 ? `-${part}` : ''}`)}`,
            // Bytes, not characters: the whole line stays far below any limit, whatever the labels.
            `-DisplayName ${powershellString(truncateBytes(`Portolan ${entry.refs[0]} ${entry.notes[0]?.purpose ?? ''}`, 120))}`,
            `-Description ${powershellString(truncateBytes(note, 200))}`,
            '-Group $Group',
            '-Direction Inbound',
            '-Action Allow',
            `-Protocol ${entry.protocol.toUpperCase()}`,
            `-LocalPort ${ranges.map((r) => powershellString(formatRange(r))).join(', ')}`,
            `-RemoteAddress ${remote.map(powershellString).join(', ')}`,
            '-Profile Any',
            '| Out-Null',
          ].join(' '),
        );
      }
    }
    blocks.push('  }');
  }
  lines.push(
    `# Run on each destination host as Administrator: .\\${set.stem}.ps1 -HostName '<host>'`,
    `# Remove: Remove-NetFirewallRule -Group '<the group below>'`,
    '#Requires -RunAsAdministrator',
    'param(',
    '  [Parameter(Mandatory = $true)]',
    '  [string] $HostName',
    ')',
    "$ErrorActionPreference = 'Stop'",
    `$Group = ${powershellString(group)}`,
    // One host name per line: the list grows with the design, a line must not.
    '$Known = @(',
    ...known.map((h) => `  ${powershellString(h)}`),
    ')',
    '',
    '# Host names compare as the design keys them: Unicode NFC, invisible characters removed, case ignored.',
    "$HostName = ($HostName.Normalize([Text.NormalizationForm]::FormC) -replace '[\\p{Cc}\\p{Cf}]', '').Trim()",
    'switch -Exact ($HostName) {',
    ...blocks,
    '',
    "  default { throw ('No rules for host ' + $HostName + '. Hosts in this script: ' + ($Known -join ', ')) }",
    '}',
    '',
  );
  return lines.join('\n');
}
