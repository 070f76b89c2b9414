/**
 * A Capirca policy: `.pol` files (one per rule set) plus the `NETWORK.net`
 * and `SERVICES.svc` definitions they name, for Capirca's `aclgen` to turn
 * into any of its targets. The header targets `iptables FORWARD DROP` (inet,
 * and a second filter for inet6 when IPv6 flows exist) to match the other
 * Linux formats; change the `target::` line for another platform.
 *
 * Layout aclgen expects: the `.pol` files under `<base>/pol/`, the
 * definitions in the definitions folder:
 *   aclgen --base_directory policies --definitions_directory def --output_directory out
 * Names are tokens Capirca's lexer reads as one word; comments are ASCII
 * without double quotes, which end a Capirca string.
 */
import { endText, groupText, headerLines, shortGroupText } from './describe';
import { baseName, type ExportContext, type ExportFile, type ExportResult } from './formats';
import { capircaText, capircaToken, hashComment, UniqueNames } from './sanitise';
import { familyViews, groupPorts, selectRules, type Family, type PortGroup, type RuleEnd } from './scope';

export function capircaPolicy(context: ExportContext): ExportResult {
  const base = baseName(context.design);
  const selection = selectRules({ ...context, base });
  const tokens = new UniqueNames(48, '_');
  const networks = new Map<string, { token: string; end: RuleEnd }>();
  const network = (end: RuleEnd) => {
    let entry = networks.get(end.key);
    if (!entry) {
      entry = { token: tokens.take(capircaToken(`${end.zone} ${end.hosts[0] ?? end.names[0] ?? 'hosts'}`)), end };
      networks.set(end.key, entry);
    }
    return entry.token;
  };
  const services: { token: string; group: PortGroup }[] = [];

  const files: ExportFile[] = selection.sets.map((set) => {
    const groups = groupPorts(set.rules);
    const lines = headerLines(context, selection, set, 'Capirca').map((l) => `# ${hashComment(l)}`);
    lines.push('# Put this file in <base_directory>/pol/ and NETWORK.net, SERVICES.svc in the definitions directory.');
    const terms = (family: Family) =>
      groups
        .filter((g) => familyViews(g).some((v) => v.family === family))
        .flatMap((g) => {
          const service = services.find((s) => s.group === g) ?? { token: tokens.take(`SVC_${g.id}_${g.protocol.toUpperCase()}`), group: g };
          if (!services.includes(service)) services.push(service);
          return [
            `term ${g.id.toLowerCase()}${family === 'ipv6' ? '-v6' : ''} {`,
            `  comment:: "${capircaText(shortGroupText(g, 200))}"`,
            `  source-address:: ${network(g.source)}`,
            `  destination-address:: ${network(g.destination)}`,
            `  protocol:: ${g.protocol}`,
            `  destination-port:: ${service.token}`,
            '  action:: accept',
            '}',
            '',
          ];
        });
    const filter = (family: Family, body: string[]) => [
      'header {',
      `  comment:: "${capircaText(`Portolan: ${context.design.meta.title} - ${set.title} (${family === 'ipv4' ? 'IPv4' : 'IPv6'})`)}"`,
      `  target:: iptables FORWARD DROP ${family === 'ipv4' ? 'inet' : 'inet6'}`,
      '}',
      '',
      ...body,
    ];
    const v4 = terms('ipv4');
    const v6 = terms('ipv6');
    // A filter with no term is still a valid policy: it says the default (drop) applies.
    lines.push('', ...filter('ipv4', v4.length > 0 ? v4 : ['term no-flows {', '  comment:: "No flows in scope"', '  action:: deny', '}', '']));
    if (v6.length > 0) lines.push(...filter('ipv6', v6));
    return { name: `${set.stem}.pol`, mime: 'text/plain', data: lines.join('\n') };
  });

  const net = ['# Capirca network definitions for the Portolan design', `# ${hashComment(context.design.meta.title)}`, ''];
  for (const { token, end } of networks.values()) {
    net.push(`# ${hashComment(endText(end))}`);
    end.addresses.forEach((a, i) => net.push(`${i === 0 ? `${token} =` : ' '.repeat(token.length + 2)} ${a.cidr}${a.placeholder ? '  # placeholder (RFC 5737)' : ''}`));
    net.push('');
  }
  const svc = ['# Capirca service definitions for the Portolan design', `# ${hashComment(context.design.meta.title)}`, ''];
  for (const { token, group } of services) {
    svc.push(`# ${hashComment(groupText(group))}`);
    group.ranges.forEach((r, i) => svc.push(`${i === 0 ? `${token} =` : ' '.repeat(token.length + 2)} ${r.from === r.to ? r.from : `${r.from}-${r.to}`}/${group.protocol}`));
    svc.push('');
  }
  files.push({ name: 'NETWORK.net', mime: 'text/plain', data: net.join('\n') }, { name: 'SERVICES.svc', mime: 'text/plain', data: svc.join('\n') });
  return { files, warnings: selection.warnings };
}
