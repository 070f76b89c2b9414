/**
 * Kubernetes NetworkPolicies (multi-document YAML): one per destination, an
 * ingress rule per flow with the sources as `ipBlock` CIDRs and the ports as
 * `{protocol, port, endPort}` (endPort only for a range).
 *
 * A NetworkPolicy selects pods by label, and a design knows hosts, not pods,
 * so each policy selects `portolan.io/host: <name>`: label the pods that
 * play that host with it. The YAML is written by hand: names are reduced to
 * what Kubernetes accepts, and every user string is a double-quoted scalar
 * with YAML's escapes (see `yamlString`), so none can break the document.
 * The policies restrict ingress only (an Egress policy would cut every
 * other connection of the pods, DNS included), so flows to documented
 * Internet services stay allowed; a warning names them.
 */
import { endText, groupText, headerLines } from './describe';
import { baseName, type ExportContext, type ExportResult } from './formats';
import { hashComment, identifier, truncateUnits, UniqueNames, yamlString } from './sanitise';
import { familyViews, groupPorts, outboundToInternet, selectRules, type RuleSet, type Selection } from './scope';
import { byDestination } from './terraform';

export function k8sPolicies(context: ExportContext): ExportResult {
  const selection = selectRules({ ...context, base: baseName(context.design) });
  const warnings = [...selection.warnings];
  const files = selection.sets.map((set) => ({ name: `${set.stem}.k8s.yaml`, mime: 'application/yaml', data: documents(context, selection, set, warnings) }));
  return { files, warnings: [...new Set(warnings)] };
}

function documents(context: ExportContext, selection: Selection, set: RuleSet, warnings: string[]): string {
  const { inbound, warning } = outboundToInternet(set.rules, 'Kubernetes', 'these policies restrict ingress only, so pod egress stays open.');
  if (warning) warnings.push(warning);
  const lines = headerLines(context, selection, set, 'Kubernetes NetworkPolicy', warning ? [warning] : []).map((l) => `# ${hashComment(l)}`);
  lines.push('# Apply with: kubectl apply -n <namespace> -f FILE. Label the pods of each host with portolan.io/host.');
  const names = new UniqueNames(63);
  const prefix = set.name ? `portolan-${set.name}` : 'portolan';
  for (const rules of byDestination(inbound, (end) => end.key).values()) {
    const destination = rules[0]!.destination;
    const host = names.take(identifier(`${destination.zone} ${destination.hosts[0] ?? destination.names[0] ?? ''}`, 'host', 63));
    const groups = groupPorts(rules);
    lines.push(
      '---',
      `# Inbound to ${hashComment(endText(destination))}`,
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata:',
      `  name: ${`${prefix}-${host}`.slice(0, 253)}`,
      '  labels:',
      '    app.kubernetes.io/managed-by: portolan',
      '  annotations:',
      `    portolan.io/destination: ${yamlString(truncateUnits(endText(destination), 1000))}`,
      `    portolan.io/design: ${yamlString(truncateUnits(context.design.meta.title, 250))}`,
      'spec:',
      '  podSelector:',
      '    matchLabels:',
      `      portolan.io/host: ${host}`,
      '  policyTypes:',
      '    - Ingress',
      '  ingress:',
    );
    for (const group of groups) {
      const sources = familyViews(group).flatMap((v) => v.sources);
      lines.push(`    # ${hashComment(groupText(group))}`, '    - from:');
      for (const a of sources) lines.push('        - ipBlock:', `            cidr: ${yamlString(a.cidr)}`);
      lines.push('      ports:');
      const protocol = group.protocol.toUpperCase();
      for (const r of group.ranges) {
        lines.push(`        - protocol: ${protocol}`, `          port: ${r.from}`);
        if (r.to !== r.from) lines.push(`          endPort: ${r.to}`);
      }
    }
  }
  if (inbound.length === 0) lines.push('# No flows in scope: no policies.');
  lines.push('');
  return lines.join('\n');
}
