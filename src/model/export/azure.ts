/**
 * Terraform for Azure: one network security group per destination zone, with
 * an `azurerm_network_security_rule` per flow and address family.
 *
 * Why per zone: an NSG is usually associated with a subnet, and a zone in a
 * design plays the part of a subnet; a host-level NSG on each NIC would work
 * too but multiplies objects. Priorities are unique within each NSG and lie
 * in 100-4096 (spaced by 10 while they fit, so a rule can be slotted in
 * later), counted across zone-pair files so those can be merged. A rule cannot mix IPv4 and IPv6 prefixes, so each family is its
 * own rule. Descriptions are at most 140 characters; security-group and
 * rule names at most 80, unique (a name cut to fit ends in a hash of the whole).
 *
 * Azure's default rules still allow VirtualNetwork traffic in (priority
 * 65000); the header says so rather than adding a deny rule that would also
 * cut health probes the administrator relies on.
 */
import { formatRange, type PortRange } from '../ports';
import { endText, groupText, shortGroupText } from './describe';
import { ruleSetExporter } from './ruleset';
import { azureDescription, boundedName, commentLines, identifier, terraformString, UniqueNames } from './sanitise';
import {
  familyViews,
  groupPorts,
  refRanges,
  type FamilyView,
  type PortGroup,
  type RuleAddress,
  type RuleSet,
  type Selection,
} from './scope';
import { attributes, list, terraformHeader, variable } from './terraform';
import type { ExportContext } from './types';

export const PRIORITY_FIRST = 100;
export const PRIORITY_LAST = 4096;
/** Azure's limit of rules in one network security group. */
const RULES_PER_NSG = 1000;
/** Azure's limit for security-group and security-rule names. */
export const AZURE_NAME_MAX = 80;

export const azureFormat = ruleSetExporter({
  id: 'azure',
  label: 'Terraform: Azure network security rules',
  prepare: ({ selection, warn }) => assignPriorities(selection.sets, warn),
  files: ({ context, selection, set, shared }) => [
    { name: `${set.stem}.azure.tf`, mime: 'text/plain', data: module(context, selection, set, shared) },
  ],
});

interface Entry {
  group: PortGroup;
  view: FamilyView;
  priority: number;
}

/**
 * Priorities per destination zone, counted across every rule set of the
 * export: zone-pair files that feed one zone's NSG never reuse a priority,
 * so they can be merged into one NSG safely.
 */
function assignPriorities(sets: readonly RuleSet[], warn: (message: string) => void): Map<RuleSet, Entry[]> {
  const byZone = new Map<string, { set: RuleSet; group: PortGroup; view: FamilyView }[]>();
  for (const set of sets) {
    for (const group of groupPorts(set.rules)) {
      for (const view of familyViews(group)) {
        const zone = group.destination.zoneId;
        byZone.set(zone, [...(byZone.get(zone) ?? []), { set, group, view }]);
      }
    }
  }
  const out = new Map<RuleSet, Entry[]>(sets.map((set) => [set, []]));
  const room = PRIORITY_LAST - PRIORITY_FIRST + 1;
  for (const entries of byZone.values()) {
    const step = entries.length * 10 <= room ? 10 : 1;
    const kept = entries.slice(0, Math.min(room, RULES_PER_NSG));
    if (kept.length < entries.length) {
      const zone = entries[0]!.group.destination.zone || 'no zone';
      const dropped = entries.slice(kept.length).flatMap((e) => e.group.refs);
      warn(`Azure: zone ${zone} would need ${entries.length} rules; an NSG holds ${kept.length}. Left out: ${refRanges(dropped)}.`);
    }
    kept.forEach((entry, i) => out.get(entry.set)!.push({ group: entry.group, view: entry.view, priority: PRIORITY_FIRST + i * step }));
  }
  return out;
}

function module(context: ExportContext, selection: Selection, set: RuleSet, priorities: Map<RuleSet, Entry[]>): string {
  const lines = terraformHeader(context, selection, set, 'Azure network security group', [
    "One network security group per destination zone: associate it with that zone's subnet.",
    ...(set.name ? ['A subnet takes one NSG: to combine zone-pair files for one zone, merge their rules (priorities never collide).'] : []),
    "Azure's default rules still allow VirtualNetwork and AzureLoadBalancer traffic in (priorities 65000-65001);",
    'add a deny rule below 4096 if these flows are to be the only ones.',
    'Each file is a self-contained Terraform configuration; keep each in its own folder.',
  ]);
  lines.push('', ...variable('resource_group_name', 'The resource group that holds the network security groups'));
  lines.push(...variable('location', 'The Azure region of the network security groups'));
  const labels = new UniqueNames(63);
  const prefix = set.name ? `portolan-${set.name}` : 'portolan';
  const byZone = new Map<string, Entry[]>();
  for (const entry of priorities.get(set) ?? []) {
    const zone = entry.group.destination.zoneId;
    byZone.set(zone, [...(byZone.get(zone) ?? []), entry]);
  }
  for (const entries of byZone.values()) {
    const zone = entries[0]!.group.destination.zone || 'no zone';
    const nsg = labels.take(identifier(zone, 'zone'));
    lines.push(
      ...commentLines('# ', `Inbound to zone ${zone}`),
      `resource "azurerm_network_security_group" "${nsg}" {`,
      ...attributes('  ', [
        ['name', terraformString(boundedName(`nsg-${prefix}-${nsg}`, AZURE_NAME_MAX))],
        ['location', 'var.location'],
        ['resource_group_name', 'var.resource_group_name'],
      ]),
      '}',
      '',
    );
    const names = new UniqueNames(AZURE_NAME_MAX);
    for (const { group, view, priority } of entries) {
      const name = names.take(`portolan-${group.id.toLowerCase()}${view.family === 'ipv6' ? '-v6' : ''}`);
      const label = labels.take(`${nsg}-${group.id.toLowerCase()}${view.family === 'ipv6' ? '-v6' : ''}`);
      lines.push(
        ...commentLines('# ', groupText(group)),
        ...commentLines('# ', `From ${endText(group.source)}`),
        ...commentLines('# ', `To ${endText(group.destination)}`),
        `resource "azurerm_network_security_rule" "${label}" {`,
        ...attributes('  ', [
          ['name', terraformString(name)],
          ['description', terraformString(azureDescription(shortGroupText(group, 140)))],
          ['priority', String(priority)],
          ['direction', '"Inbound"'],
          ['access', '"Allow"'],
          ['protocol', group.protocol === 'tcp' ? '"Tcp"' : '"Udp"'],
          ['source_port_range', '"*"'],
          portAttribute(group.ranges),
          addressAttribute('source', view.sources),
          addressAttribute('destination', view.destinations),
          ['resource_group_name', 'var.resource_group_name'],
          ['network_security_group_name', `azurerm_network_security_group.${nsg}.name`],
        ]),
        '}',
        '',
      );
    }
  }
  return lines.join('\n');
}

function portAttribute(ranges: readonly PortRange[]): readonly [string, string] {
  const [only] = ranges;
  return ranges.length === 1 && only
    ? ['destination_port_range', terraformString(formatRange(only))]
    : ['destination_port_ranges', list(ranges.map((r) => formatRange(r)))];
}

function addressAttribute(side: 'source' | 'destination', addresses: readonly RuleAddress[]): readonly [string, string] {
  const text = addresses.map((a) => (a.host ? a.address : a.cidr));
  const [only] = text;
  return text.length === 1 && only ? [`${side}_address_prefix`, terraformString(only)] : [`${side}_address_prefixes`, list(text)];
}
