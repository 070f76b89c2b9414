/**
 * A Capirca policy: `.pol` files (one per rule set) plus the `NETWORK.net`
 * and `SERVICES.svc` definitions they name, for Capirca's `aclgen` to turn
 * into any of its targets. The header targets `iptables FORWARD DROP` to
 * match the other Linux formats, one filter for inet and one for inet6
 * (without IPv6 flows the inet6 filter still drops, so IPv6 is never left
 * open); change the `target::` lines for another platform.
 *
 * Each filter starts with a term accepting replies (`option:: established`,
 * conntrack ESTABLISHED,RELATED on stateful targets): Capirca's own accept
 * terms match only the request direction, so without it every connection
 * through a default-drop chain would time out.
 *
 * Layout aclgen expects: the `.pol` files under `<base>/pol/`, the
 * definitions in the definitions folder:
 *   aclgen --base_directory policies --definitions_directory def --output_directory out
 * Names are tokens Capirca's lexer reads as one word; comments are ASCII
 * without double quotes, which end a Capirca string.
 */
import { formatRange } from '../ports';
import { endText, groupText, headerComment, shortGroupText } from './describe';
import { ruleSetExporter } from './ruleset';
import { capircaText, capircaToken, commentLines, UniqueNames } from './sanitise';
import { familyViews, groupPorts, type Family, type PortGroup, type RuleEnd } from './scope';

/** The term every filter starts with: replies to connections the terms below allowed. */
export const ESTABLISHED_TERM = [
  'term accept-established {',
  '  comment:: "Replies to allowed connections (conntrack ESTABLISHED,RELATED on stateful targets)"',
  '  option:: established',
  '  action:: accept',
  '}',
  '',
];

interface Definitions {
  tokens: UniqueNames;
  networks: Map<string, { token: string; end: RuleEnd }>;
  services: { token: string; group: PortGroup }[];
}

export const capircaFormat = ruleSetExporter<Definitions>({
  id: 'capirca',
  label: 'Capirca policy and definitions',
  prepare: () => ({ tokens: new UniqueNames(48, '_'), networks: new Map(), services: [] }),
  files({ context, selection, set, shared }) {
    const { tokens, networks, services } = shared;
    const network = (end: RuleEnd) => {
      let entry = networks.get(end.key);
      if (!entry) {
        entry = { token: tokens.take(capircaToken(`${end.zone} ${end.hosts[0] ?? end.names[0] ?? 'hosts'}`)), end };
        networks.set(end.key, entry);
      }
      return entry.token;
    };
    const groups = groupPorts(set.rules);
    const lines = headerComment('# ', context, selection, set, 'Capirca');
    lines.push('# Put this file in <base_directory>/pol/ and NETWORK.net, SERVICES.svc in the definitions directory.');
    const terms = (family: Family) =>
      groups
        .filter((g) => familyViews(g).some((v) => v.family === family))
        .flatMap((g) => {
          const service = services.find((s) => s.group === g) ?? {
            token: tokens.take(`SVC_${g.id}_${g.protocol.toUpperCase()}`),
            group: g,
          };
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
    const filter = (family: Family) => {
      const body = terms(family);
      return [
        'header {',
        `  comment:: "${capircaText(`Portolan: ${context.design.meta.title} - ${set.title} (${family === 'ipv4' ? 'IPv4' : 'IPv6'})`)}"`,
        `  target:: iptables FORWARD DROP ${family === 'ipv4' ? 'inet' : 'inet6'}`,
        '}',
        '',
        ...ESTABLISHED_TERM,
        // Without flows the filter still says what applies: the default drop.
        ...(body.length > 0
          ? body
          : [`term no-flows${family === 'ipv6' ? '-v6' : ''} {`, '  comment:: "No flows in scope"', '  action:: deny', '}', '']),
      ];
    };
    lines.push('', ...filter('ipv4'), ...filter('ipv6'));
    return [{ name: `${set.stem}.pol`, mime: 'text/plain', data: lines.join('\n') }];
  },
  finish({ context, shared }) {
    const title = capircaText(context.design.meta.title);
    const net = ['# Capirca network definitions for the Portolan design', ...commentLines('# ', title), ''];
    for (const { token, end } of shared.networks.values()) {
      net.push(...commentLines('# ', endText(end)));
      end.addresses.forEach((a, i) =>
        net.push(`${i === 0 ? `${token} =` : ' '.repeat(token.length + 2)} ${a.cidr}${a.placeholder ? '  # placeholder (RFC 5737)' : ''}`),
      );
      net.push('');
    }
    const svc = ['# Capirca service definitions for the Portolan design', ...commentLines('# ', title), ''];
    for (const { token, group } of shared.services) {
      svc.push(...commentLines('# ', groupText(group)));
      group.ranges.forEach((r, i) =>
        svc.push(`${i === 0 ? `${token} =` : ' '.repeat(token.length + 2)} ${formatRange(r)}/${group.protocol}`),
      );
      svc.push('');
    }
    return [
      { name: 'NETWORK.net', mime: 'text/plain', data: net.join('\n') },
      { name: 'SERVICES.svc', mime: 'text/plain', data: svc.join('\n') },
    ];
  },
});
