/**
 * Windows Defender Firewall rules as a PowerShell script: inbound rules on
 * each destination host, grouped per host under a comment header.
 *
 * Each host's rules belong on that host only, so the script takes the host
 * name as a parameter and runs just that host's block: running it on the
 * wrong machine cannot open ports there. Rules get a stable -Name (a second
 * run fails on duplicates instead of adding copies) and a -Group, so
 * `Remove-NetFirewallRule -Group '...'` takes them all back out. Every user
 * string is a single-quoted literal (no expansion), quotes doubled.
 * Ports are quoted strings: New-NetFirewallRule takes `'5900-5930'` as a
 * range, and quoting keeps PowerShell from reading it as a subtraction.
 * Flows to documented Internet services are outbound from our hosts, which
 * Windows Firewall allows by default; a warning names them.
 */
import type { PortRange } from '../ports';
import { endText, groupText, headerLines } from './describe';
import { baseName, type ExportContext, type ExportResult } from './formats';
import { hashComment, powershellString, truncateUnits, UniqueNames } from './sanitise';
import { familyViews, groupPorts, outboundToInternet, selectRules, type RuleSet, type Selection } from './scope';
import { byDestination } from './terraform';

export function windowsRules(context: ExportContext): ExportResult {
  const selection = selectRules({ ...context, base: baseName(context.design) });
  const warnings = [...selection.warnings];
  const files = selection.sets.map((set) => ({ name: `${set.stem}.ps1`, mime: 'text/plain', data: script(context, selection, set, warnings) }));
  return { files, warnings: [...new Set(warnings)] };
}

function script(context: ExportContext, selection: Selection, set: RuleSet, warnings: string[]): string {
  const base = baseName(context.design);
  const group = `Portolan ${truncateUnits(context.design.meta.title, 200)}${set.name ? ` (${set.name})` : ''}`;
  const { inbound, warning } = outboundToInternet(set.rules, 'Windows Firewall', 'Windows Firewall allows outbound connections unless a policy blocks them.');
  if (warning) warnings.push(warning);
  const lines = headerLines(context, selection, set, 'Windows Firewall', warning ? [warning] : []).map((l) => `# ${hashComment(l)}`);
  const hosts = new UniqueNames(200, ' #');
  const blocks: string[] = [];
  const known: string[] = [];
  for (const rules of byDestination(inbound, (end) => end.key).values()) {
    const destination = rules[0]!.destination;
    const host = hosts.take(destination.hosts[0] ?? destination.names[0] ?? destination.key);
    known.push(host);
    blocks.push('', `  # ---- Host: ${hashComment(endText(destination))}`, `  ${powershellString(host)} {`);
    for (const entry of groupPorts(rules)) {
      // A /0 network is Windows Firewall's keyword Any.
      const remote = [...new Set(familyViews(entry).flatMap((v) => v.sources.map((a) => (a.prefix === 0 ? 'Any' : a.host ? a.address : a.cidr))))];
      const note = groupText(entry);
      blocks.push(
        `    # ${hashComment(note)}`,
        [
          '    New-NetFirewallRule',
          `-Name ${powershellString(`Portolan-${base}${set.name ? `-${set.name}` : ''}-${entry.id}`)}`,
          `-DisplayName ${powershellString(truncateUnits(`Portolan ${entry.refs[0]} ${entry.notes[0]?.purpose ?? ''}`, 120))}`,
          `-Description ${powershellString(truncateUnits(note, 1000))}`,
          '-Group $Group',
          '-Direction Inbound',
          '-Action Allow',
          `-Protocol ${entry.protocol.toUpperCase()}`,
          `-LocalPort ${entry.ranges.map((r) => powershellString(port(r))).join(', ')}`,
          `-RemoteAddress ${remote.map(powershellString).join(', ')}`,
          '-Profile Any',
          '| Out-Null',
        ].join(' '),
      );
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
    `$Known = @(${known.map(powershellString).join(', ')})`,
    '',
    'switch -Exact ($HostName) {',
    ...blocks,
    '',
    "  default { throw ('No rules for host ' + $HostName + '. Hosts in this script: ' + ($Known -join ', ')) }",
    '}',
    '',
  );
  return lines.join('\n');
}

const port = (r: PortRange) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`);
