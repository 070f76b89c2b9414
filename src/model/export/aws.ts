/**
 * Terraform for AWS: one `aws_security_group` per destination host (or
 * address group), with an `ingress` block per flow and port range.
 *
 * Why per destination host, not per zone: a security group attaches to an
 * instance's network interface, and its ingress rules say who may reach that
 * instance, so the natural unit is the host that receives the flow. (Zones
 * map to subnets, whose stateless network ACLs are a different tool.)
 * Security groups are stateful, so replies need no rule.
 *
 * Terraform deletes AWS's default allow-all egress rule from a group it
 * creates unless the configuration states it; these groups state it, so
 * attaching one changes only what may come in. Flows to documented Internet
 * services (APNs, Google DNS) have no destination of ours to attach a group
 * to; that default egress allows them, and a warning names them.
 */
import { endText, shortGroupText } from './describe';
import { ruleSetExporter } from './ruleset';
import { awsDescription, commentLines, identifier, terraformString, UniqueNames } from './sanitise';
import { byDestination, familyViews, groupPorts, outboundToInternet, type RuleSet, type Selection } from './scope';
import { attributes, list, terraformHeader, variable } from './terraform';
import type { ExportContext } from './types';

/** AWS's default quota of inbound rules per security group (each CIDR counts as one). */
const INBOUND_QUOTA = 60;

export const awsFormat = ruleSetExporter({
  id: 'aws',
  label: 'Terraform: AWS security groups',
  // Enforced on each machine (or pod): members of one group need their peer rules.
  enforcement: 'host',
  files: ({ context, selection, set, warn }) => [
    { name: `${set.stem}.aws.tf`, mime: 'text/plain', data: module(context, selection, set, warn) },
  ],
});

function module(context: ExportContext, selection: Selection, set: RuleSet, warn: (message: string) => void): string {
  const { inbound, warning } = outboundToInternet(
    set.rules,
    'AWS',
    "the security groups keep AWS's default allow-all egress, which lets the sources reach them.",
  );
  if (warning) warn(warning);
  const lines = terraformHeader(
    context,
    selection,
    set,
    'AWS security group',
    [
      "One security group per destination host: attach it to that host's network interface.",
      'Each file is a self-contained Terraform configuration; keep each in its own folder.',
    ],
    warning ? [warning] : [],
  );
  lines.push('', ...variable('vpc_id', 'The VPC the security groups belong to'));
  const labels = new UniqueNames(63);
  const prefix = set.name ? `portolan-${set.name}` : 'portolan';
  for (const rules of byDestination(inbound, (end) => end.key).values()) {
    const destination = rules[0]!.destination;
    const label = labels.take(identifier(`${destination.zone} ${destination.names[0] ?? ''}`, 'host'));
    const name = `${prefix}-${label}`;
    lines.push(...commentLines('# ', `Inbound to ${endText(destination)}`));
    lines.push(`resource "aws_security_group" "${label}" {`);
    lines.push(
      ...attributes('  ', [
        ['name', terraformString(name)],
        ['description', terraformString(awsDescription(`Portolan: inbound flows to ${endText(destination)}`))],
        ['vpc_id', 'var.vpc_id'],
      ]),
    );
    let count = 0;
    for (const group of groupPorts(rules)) {
      const views = familyViews(group);
      const v4 = views.filter((v) => v.family === 'ipv4').flatMap((v) => v.sources.map((a) => a.cidr));
      const v6 = views.filter((v) => v.family === 'ipv6').flatMap((v) => v.sources.map((a) => a.cidr));
      for (const range of group.ranges) {
        count += v4.length + v6.length;
        lines.push(
          '',
          '  ingress {',
          ...attributes('    ', [
            ['description', terraformString(awsDescription(shortGroupText(group, 255)))],
            ['from_port', String(range.from)],
            ['to_port', String(range.to)],
            ['protocol', terraformString(group.protocol)],
            ...(v4.length > 0 ? ([['cidr_blocks', list(v4)]] as const) : []),
            ...(v6.length > 0 ? ([['ipv6_cidr_blocks', list(v6)]] as const) : []),
          ]),
          '  }',
        );
      }
    }
    if (count > INBOUND_QUOTA) {
      warn(
        `AWS: security group ${name} has ${count} inbound rules; the default quota is ${INBOUND_QUOTA} per group (ask AWS to raise it, or use prefix lists).`,
      );
    }
    lines.push(
      '',
      "  # AWS's default: Terraform would otherwise remove it from a group it creates.",
      '  egress {',
      ...attributes('    ', [
        ['description', terraformString('Allow all outbound (AWS default)')],
        ['from_port', '0'],
        ['to_port', '0'],
        ['protocol', terraformString('-1')],
        ['cidr_blocks', list(['0.0.0.0/0'])],
        ['ipv6_cidr_blocks', list(['::/0'])],
      ]),
      '  }',
      '',
      `  tags = {`,
      `    Name = ${terraformString(name)}`,
      '  }',
      '}',
      '',
    );
  }
  return lines.join('\n');
}
