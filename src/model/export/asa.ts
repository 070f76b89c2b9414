/**
 * Cisco ASA configuration: a network object-group per endpoint (its hosts
 * and networks, IPv4 and IPv6 alike, since ASA 9 access lists mix them), a
 * service object-group where a flow has several ports, and one extended
 * access list with a remark before each entry. Object names are at most 64
 * of [A-Za-z0-9_.-] and unique; remarks at most 100 printable ASCII
 * characters. The access-list name is unique per file: ASA accepts 241
 * characters, and a long name keeps a hash of the whole, so zone-pair files
 * pasted into one configuration never merge into one list. Binding it
 * (access-group) is left to the administrator, who knows the interfaces.
 */
import type { PortRange } from '../ports';
import { endText, headerComment, shortGroupText } from './describe';
import { ruleSetExporter } from './ruleset';
import { asaName, asaText, boundedName, UniqueNames } from './sanitise';
import { familyViews, groupPorts, refRanges, type RuleAddress, type RuleEnd, type RuleSet, type Selection } from './scope';
import type { ExportContext } from './types';

const REMARK_MAX = 100;
const DESCRIPTION_MAX = 200;
/** Access-list names: ASA takes up to 241 characters; this leaves room and stays readable. */
const ACL_NAME_MAX = 100;

export const asaFormat = ruleSetExporter({
  id: 'asa',
  label: 'Cisco ASA object-groups and access list',
  files: ({ context, selection, set }) => [{ name: `${set.stem}.asa.txt`, mime: 'text/plain', data: config(context, selection, set) }],
});

/** The access list's name: `PORTOLAN-<file stem>`, a hash of the whole when it must be cut. */
export function aclName(set: Pick<RuleSet, 'stem'>): string {
  return boundedName(asaName(`PORTOLAN-${set.stem}`, 1000), ACL_NAME_MAX);
}

function config(context: ExportContext, selection: Selection, set: RuleSet): string {
  const names = new UniqueNames(64);
  const acl = aclName(set);
  const asaComment = (text: string) => asaText(text, Number.MAX_SAFE_INTEGER);
  const lines = headerComment('! ', context, selection, set, 'Cisco ASA', [], asaComment);
  lines.push(
    `! Bind the list once, either to every interface: access-group ${acl} global`,
    `! or to the interface the flows enter by: access-group ${acl} in interface <ingress interface>`,
    '! (one access-group per ingress interface; a global list applies after interface lists).',
    '!',
  );

  const networks = new Map<string, string>();
  const networkGroup = (end: RuleEnd, addresses: readonly RuleAddress[]): string => {
    const key = addresses.map((a) => a.cidr).join(',');
    let name = networks.get(key);
    if (name) return name;
    name = names.take(asaName(`${end.zone ? `${end.zone}_` : ''}${end.names[0] ?? 'hosts'}`));
    networks.set(key, name);
    lines.push(`object-group network ${name}`, ` description ${asaText(endText(end), DESCRIPTION_MAX)}`);
    for (const a of addresses) lines.push(` network-object ${networkObject(a)}`);
    return name;
  };

  const entries: string[] = [];
  for (const group of groupPorts(set.rules)) {
    const remark = asaText(shortGroupText(group, REMARK_MAX), REMARK_MAX);
    // Both families in one list: ASA matches each entry against the packet's own family.
    const views = familyViews(group);
    const source = networkGroup(
      group.source,
      views.flatMap((v) => v.sources),
    );
    const destination = networkGroup(
      group.destination,
      views.flatMap((v) => v.destinations),
    );
    let service: string;
    const [only] = group.ranges;
    if (group.ranges.length === 1 && only) service = portOperator(only);
    else {
      const name = names.take(asaName(`SVC-${group.id}-${group.protocol.toUpperCase()}`));
      lines.push(
        `object-group service ${name} ${group.protocol}`,
        ` description ${asaText(`Ports for ${refRanges(group.refs)}`, DESCRIPTION_MAX)}`,
      );
      for (const range of group.ranges) lines.push(` port-object ${portOperator(range)}`);
      service = `object-group ${name}`;
    }
    entries.push(
      `access-list ${acl} remark ${remark}`,
      `access-list ${acl} extended permit ${group.protocol} object-group ${source} object-group ${destination} ${service}`,
    );
  }
  lines.push('!', ...entries, '');
  return lines.join('\n');
}

function networkObject(a: RuleAddress): string {
  if (a.host) return `host ${a.address}`;
  if (a.family === 'ipv6') return a.cidr;
  return `${a.address} ${netmask(a.prefix)}`;
}

function netmask(prefix: number): string {
  const bits = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((shift) => (bits >>> shift) & 0xff).join('.');
}

const portOperator = (r: PortRange) => (r.from === r.to ? `eq ${r.from}` : `range ${r.from} ${r.to}`);
