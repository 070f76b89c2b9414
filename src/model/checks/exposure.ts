/**
 * What a security reviewer looks for in the matrix: cleartext protocols
 * between zones (7), wide openings (8) and discovery traffic that cannot
 * leave its segment (10). Keyed on the catalogue's words (application
 * protocol, purpose, condition) and well-known ports, never on product names.
 */
import { checkAddress } from '../address';
import type { Catalogue, CatalogueFlow } from '../catalogue/load';
import { formatPortSpec } from '../ports';
import type { MatrixRow } from '../matrix';
import { citationText, conditionText, oneOf } from './context';
import type { CheckContext, Finding } from './types';

export const PCI_1_2_6 =
  'PCI DSS v4.0 requirement 1.2.6: security features are defined and implemented for all services, protocols and ports in use and considered insecure';
export const PCI_1_2_5 =
  'PCI DSS v4.0 requirement 1.2.5: all services, protocols and ports allowed are identified, approved and have a defined business need';
export const PCI_1_4_2 =
  'PCI DSS v4.0 requirement 1.4.2: inbound traffic from untrusted networks is restricted to components authorised to provide publicly accessible services';

/** Application protocols that carry their data (and often credentials) in clear. */
const CLEARTEXT_APP =
  /^(http|ldap|telnet|ftp|tftp|smtp|rexec|rlogin|rcmd|rsh|vnc|xrfb\/http|x|x11|wins|netbios.*|.*\bsmb\b.*|jmx.*|rmi|thrift|amqp|mqtt|websocket \(ws\)|ws|snmp|lpd|pop3|imap)$/i;
const ENCRYPTED_APP = /https|ldaps|ssl|tls|wss|secure|ssh/i;
const CLEARTEXT_WORDS = /\bunencrypted\b|\bnon-secure\b|\bcleartext\b/i;
/** Well-known cleartext ports, for rows whose document names no application protocol. */
const CLEARTEXT_PORTS: { protocol: 'tcp' | 'udp'; from: number; to: number; name: string }[] = [
  { protocol: 'tcp', from: 21, to: 21, name: 'FTP' },
  { protocol: 'tcp', from: 23, to: 23, name: 'Telnet' },
  { protocol: 'tcp', from: 80, to: 80, name: 'HTTP' },
  { protocol: 'udp', from: 137, to: 138, name: 'NetBIOS' },
  { protocol: 'tcp', from: 139, to: 139, name: 'NetBIOS session (SMB)' },
  { protocol: 'tcp', from: 389, to: 389, name: 'LDAP' },
  { protocol: 'tcp', from: 445, to: 445, name: 'SMB' },
  { protocol: 'tcp', from: 512, to: 514, name: 'r-commands (rexec, rlogin, rsh)' },
  { protocol: 'tcp', from: 515, to: 515, name: 'LPD printing' },
  { protocol: 'tcp', from: 1099, to: 1099, name: 'Java RMI' },
  { protocol: 'tcp', from: 3268, to: 3268, name: 'LDAP (global catalog)' },
  { protocol: 'tcp', from: 5900, to: 5999, name: 'VNC' },
  { protocol: 'tcp', from: 6000, to: 6063, name: 'X11' },
];

function cleartextName(row: MatrixRow): string | undefined {
  if (row.app && ENCRYPTED_APP.test(row.app)) return undefined;
  if (row.app && CLEARTEXT_APP.test(row.app.trim())) return row.app;
  if (CLEARTEXT_WORDS.test(row.purpose) || CLEARTEXT_WORDS.test(row.condition)) return row.app || `${row.protocol} ${row.port}`;
  if (row.app || row.portFrom === null || row.portTo === null) return undefined;
  const known = CLEARTEXT_PORTS.find((p) => p.protocol === row.protocol && row.portFrom! <= p.to && p.from <= row.portTo!);
  return known?.name;
}

/**
 * Each catalogue flow's encrypted siblings, found once per catalogue: the
 * check runs after every edit, once per cleartext row and destination, and
 * scanning the whole catalogue for each made it the dearest part of the checks
 * at 1000 components.
 */
const siblingsByCatalogue = new WeakMap<Catalogue, Map<string, CatalogueFlow[]>>();
function encryptedSiblings(catalogue: Catalogue, flow: CatalogueFlow): CatalogueFlow[] {
  let byFlow = siblingsByCatalogue.get(catalogue);
  if (!byFlow) siblingsByCatalogue.set(catalogue, (byFlow = new Map()));
  let siblings = byFlow.get(flow.id);
  if (!siblings) {
    siblings = catalogue.flows.filter(
      (f) => f.id !== flow.id && f.from === flow.from && f.to === flow.to && f.app !== undefined && ENCRYPTED_APP.test(f.app),
    );
    byFlow.set(flow.id, siblings);
  }
  return siblings;
}

/** Catalogue flows between the same roles with an encrypted protocol: the vendor's documented alternative. */
function encryptedAlternative(catalogue: Catalogue, flow: CatalogueFlow, params?: Readonly<Record<string, number>>): string | undefined {
  const alternatives = encryptedSiblings(catalogue, flow);
  if (alternatives.length === 0) return undefined;
  return oneOf(
    alternatives.map((f) => {
      const when = f.when.map((c) =>
        conditionText(catalogue.components.get((catalogue.fillers.get(c.side === 'from' ? f.from : f.to) ?? [])[0] ?? ''), c),
      );
      return `${f.app} on ${f.protocols.join('/')} ${formatPortSpec(f.ports, params)}${when.length > 0 ? ` (${when.join('; ')})` : ''} [${citationText(f.cite)}]`;
    }),
  );
}

const rowTarget = (row: MatrixRow) => ({
  kind: 'row' as const,
  rowId: row.id,
  from: row.source.componentId,
  to: row.destination.componentId,
});
const between = (row: MatrixRow) =>
  `"${row.source.component}" (${row.source.zone || 'no zone'}) to "${row.destination.component}" (${row.destination.zone || 'no zone'})`;

/** Rule 7: one finding per component pair, naming every cleartext port between them. */
export function cleartextAcrossZones(context: CheckContext): Finding[] {
  const { flowByKey: flows, catalogueFlowById: catalogueFlows } = context;
  const alternatives = new Map<string, string | undefined>();
  const byEdge = new Map<string, { rows: MatrixRow[]; names: string[]; alternatives: string[] }>();
  for (const row of context.matrix) {
    if (!row.firewall || !row.crossesZones) continue;
    const name = cleartextName(row);
    if (!name) continue;
    const flow = flows.get(row.flowKey);
    const documented = flow?.origin === 'catalogue' ? catalogueFlows.get(flow.sourceId) : undefined;
    const params = context.placed.get(row.destination.componentId)?.params;
    // What the alternative says depends on the flow and the destination's parameters only: few kinds, many rows.
    const altKey = `${documented?.id}|${JSON.stringify(params ?? {})}`;
    if (documented && !alternatives.has(altKey)) alternatives.set(altKey, encryptedAlternative(context.catalogue, documented, params));
    const alternative = alternatives.get(altKey);
    const key = `${row.source.componentId}>${row.destination.componentId}`;
    const entry = byEdge.get(key) ?? { rows: [], names: [], alternatives: [] };
    const port = `${row.protocol} ${row.port}`;
    entry.rows.push(row);
    entry.names.push(name === port ? port : `${name} (${port})`);
    if (alternative) entry.alternatives.push(`instead of ${port}: ${alternative}`);
    byEdge.set(key, entry);
  }
  return [...byEdge].map(([key, { rows, names, alternatives }]) => {
    const first = rows[0]!;
    const alts = [...new Set(alternatives)];
    return {
      id: `cleartext-across-zones:${key}`,
      rule: 'cleartext-across-zones' as const,
      severity: 'warning' as const,
      message: `${oneOf([...new Set(names)], 'and')} ${names.length > 1 ? 'are' : 'is'} not encrypted and cross${names.length > 1 ? '' : 'es'} zones, from ${between(first)}.${alts.length > 0 ? ` The vendor documents an encrypted alternative, ${alts.join('; ')}.` : ''}`,
      fix:
        alts.length > 0
          ? 'Switch to the encrypted alternative, or document the safeguards (VPN, IPsec, a TLS tunnel) and acknowledge the finding with them.'
          : 'Carry it through an encrypted tunnel (IPsec, TLS) or keep both ends in one zone; otherwise document the safeguards and acknowledge the finding with them.',
      target: rowTarget(first),
      reference: PCI_1_2_6,
    };
  });
}

/** A range of this many ports or more is wide (rule 8), whether the document wrote it or an "and above" parameter made it. */
export const WIDE_RANGE = 100;

/**
 * Rule 8: ranges of 100 ports or more (a warning), and "and above" ranges
 * (Tarantella's "6010 and above"): wide ones warn, narrower ones are an info
 * finding saying the size is Portolan's parameter, not the document's.
 */
export function widePortRange(context: CheckContext): Finding[] {
  const { flowByKey: flows, catalogueFlowById: catalogueFlows } = context;
  const findings: Finding[] = [];
  for (const row of context.matrix) {
    if (!row.firewall || row.portFrom === null || row.portTo === null) continue;
    const flow = flows.get(row.flowKey);
    const spec = flow?.origin === 'catalogue' ? catalogueFlows.get(flow.sourceId)?.ports : undefined;
    const size = row.portTo - row.portFrom + 1;
    const open = spec?.kind === 'openRange';
    const wide = size >= WIDE_RANGE;
    if (!wide && !open) continue;
    const param = open ? context.placed.get(row.destination.componentId)?.type.params.find((p) => p.id === spec.countParam) : undefined;
    const sizeText = param
      ? ` Its size is the parameter "${param.label}" of "${row.destination.component}" (default ${param.default}), not the document's.`
      : '';
    findings.push({
      id: `wide-port-range:${row.id}`,
      rule: 'wide-port-range',
      severity: wide ? 'warning' : 'info',
      message: `${row.protocol} ${row.port} opens ${size} port${size === 1 ? '' : 's'} from ${between(row)}${open ? ', an "and above" range the document leaves open-ended' : ''}${wide ? '' : `, fewer than ${WIDE_RANGE}`}.${sizeText}`,
      fix: param
        ? `Set "${param.label}" on "${row.destination.component}" to the number the deployment really uses, or acknowledge the range with the reason.`
        : "Narrow the range in the product's configuration if it allows, restrict source and destination to single hosts, or acknowledge the range with the reason.",
      target: rowTarget(row),
      reference: PCI_1_2_5,
    });
  }
  return findings;
}

/** Rule 8: a source or destination of 0.0.0.0/0 or ::/0 in the matrix. */
export function anyAddress(context: CheckContext): Finding[] {
  const used = new Set(context.matrix.flatMap((r) => [r.source.componentId, r.destination.componentId]));
  const findings: Finding[] = [];
  for (const component of context.placed.values()) {
    const ip = component.instance.ip?.trim();
    // Only a prefix of 0 matters: skip parsing every other address.
    if (!ip || !/\/\s*0+$/.test(ip) || !used.has(component.instance.id)) continue;
    const check = checkAddress(ip);
    if (!check.ok || check.prefix !== 0) continue;
    findings.push({
      id: `any-address:${component.instance.id}`,
      rule: 'any-address',
      severity: 'warning',
      message: `${component.name} has address ${ip}: every rule it is in accepts any address ${check.family === 'ipv4' ? 'on the IPv4 Internet' : 'on the IPv6 Internet'}.`,
      fix: 'Narrow it to the networks the users or peers really come from; if anyone on the Internet must reach it (public clients), acknowledge the finding with that reason.',
      target: { kind: 'component', id: component.instance.id },
      reference: PCI_1_2_5,
    });
  }
  return findings;
}

/** Rule 8: listeners reachable from an Internet zone (a warning unless they stand in a DMZ). */
export function internetReachable(context: CheckContext): Finding[] {
  const kind = (zoneId: string) => context.zoneById.get(zoneId)?.kind;
  const byListener = new Map<string, MatrixRow[]>();
  for (const row of context.matrix) {
    if (!row.firewall || kind(row.source.zoneId) !== 'internet' || kind(row.destination.zoneId) === 'internet') continue;
    byListener.set(row.destination.componentId, [...(byListener.get(row.destination.componentId) ?? []), row]);
  }
  const findings: Finding[] = [];
  for (const [id, rows] of byListener) {
    const first = rows[0]!;
    const inDmz = kind(first.destination.zoneId) === 'dmz';
    const ports = [...new Set(rows.map((r) => `${r.protocol} ${r.port}`))];
    const sources = [...new Set(rows.map((r) => `"${r.source.component}"`))];
    findings.push({
      id: `internet-reachable:${id}`,
      rule: 'internet-reachable',
      severity: inDmz ? 'info' : 'warning',
      message: `"${first.destination.component}" in zone "${first.destination.zone}" listens on ${oneOf(ports.slice(0, 8), 'and')}${ports.length > 8 ? ' and more' : ''}, reachable from the Internet (${oneOf(sources.slice(0, 4), 'and')}).${inDmz ? ' It stands in a DMZ, as it should.' : ' It is not in a DMZ.'}`,
      fix: inDmz
        ? 'Keep it patched and its listeners to the documented ones; acknowledge once reviewed.'
        : 'Put an Internet-facing component in a DMZ zone (or behind a reverse proxy there), or narrow the sources.',
      target: { kind: 'component', id },
      reference: PCI_1_4_2,
    });
  }
  return findings;
}

/** Broadcast and multicast discovery, in the catalogue's words. */
const LOCAL_ONLY = /\b(broadcasts?|multicast|ssdp)\b/i;

/** Rule 10: discovery traffic that crosses zones or reaches the Internet: routers and firewalls do not carry it. */
export function localOnlyCrossing(context: CheckContext): Finding[] {
  const internet = (zoneId: string) => context.zoneById.get(zoneId)?.kind === 'internet';
  const findings: Finding[] = [];
  for (const row of context.matrix) {
    // Derived discovery (`segment`) stays on one segment by construction; a flow drawn to a discovery port may not.
    if (row.segment === undefined && (row.protocol !== 'udp' || !(LOCAL_ONLY.test(row.purpose) || LOCAL_ONLY.test(row.app)))) continue;
    if (!row.crossesZones && !internet(row.source.zoneId) && !internet(row.destination.zoneId)) continue;
    findings.push({
      id: `local-only-crossing:${row.id}`,
      rule: 'local-only-crossing',
      severity: 'warning',
      message: `${row.app || `${row.protocol} ${row.port}`} from ${between(row)} is broadcast or multicast discovery, which stays on its own network segment: a firewall rule across zones${internet(row.source.zoneId) || internet(row.destination.zoneId) ? ' or to the Internet' : ''} will not carry it.`,
      fix: 'Keep both ends in one zone (one segment), or use the unicast alternative the product offers (for WSO2, the wka membership scheme).',
      target: rowTarget(row),
      reference:
        'Broadcasts do not cross routers, and multicast crosses them only where multicast routing is set up; discovery relies on the local segment',
    });
  }
  return findings;
}
