/**
 * Kubernetes NetworkPolicies (multi-document YAML): one per destination, an
 * ingress rule per flow with the sources as `ipBlock` CIDRs and the ports as
 * `{protocol, port, endPort}` (endPort only for a range).
 *
 * A NetworkPolicy selects pods by label, and a design knows hosts, not pods,
 * so each policy selects `portolan.io/host: <value>`, and the header lists
 * every value with its host: label the pods that play that host with it.
 * The YAML is written by hand: names are reduced to what Kubernetes accepts,
 * and every string is a double-quoted scalar with YAML's escapes (see
 * `yamlString`), so none can break the document and no YAML 1.1 or 1.2
 * reader takes a value such as `true`, `on`, `null` or `0x10` for anything
 * but a string. Only port numbers are plain integers.
 * The policies restrict ingress only (an Egress policy would cut every
 * other connection of the pods, DNS included), so flows to documented
 * Internet services stay allowed; a warning names them.
 */
import { endText, groupText, headerComment } from './describe';
import { ruleSetExporter } from './ruleset';
import { commentLines, identifier, truncateBytes, UniqueNames, userText, yamlString } from './sanitise';
import { byDestination, familyViews, groupPorts, outboundToInternet, type RuleSet, type Selection } from './scope';
import type { ExportContext } from './types';

export const HOST_LABEL = 'portolan.io/host';

export const k8sFormat = ruleSetExporter({
  id: 'k8s',
  label: 'Kubernetes NetworkPolicies',
  // Enforced on each machine (or pod): members of one group need their peer rules.
  enforcement: 'host',
  files: ({ context, selection, set, warn }) => [
    { name: `${set.stem}.k8s.yaml`, mime: 'application/yaml', data: documents(context, selection, set, warn) },
  ],
});

function documents(context: ExportContext, selection: Selection, set: RuleSet, warn: (message: string) => void): string {
  const { inbound, warning } = outboundToInternet(
    set.rules,
    'Kubernetes',
    'these policies restrict ingress only, so pod egress stays open.',
  );
  if (warning) warn(warning);
  const names = new UniqueNames(63);
  const prefix = set.name ? `portolan-${set.name}` : 'portolan';
  const policies = [...byDestination(inbound, (end) => end.key).values()].map((rules) => {
    const destination = rules[0]!.destination;
    const host = names.take(identifier(`${destination.zone} ${destination.hosts[0] ?? destination.names[0] ?? ''}`, 'host', 63));
    return { rules, destination, host, name: `${prefix}-${host}`.slice(0, 253) };
  });

  const lines = headerComment('# ', context, selection, set, 'Kubernetes NetworkPolicy', warning ? [warning] : []);
  lines.push(
    '# Apply with: kubectl apply -n <namespace> -f FILE.',
    `# Each policy selects the pods labelled ${HOST_LABEL}=<value>; label the pods of each host with exactly its value:`,
    ...policies.flatMap((p) => commentLines('#   ', `${HOST_LABEL}=${p.host} (policy ${p.name}): ${endText(p.destination)}`)),
    '# An ipBlock of 0.0.0.0/0 admits every IPv4 address; ::/0 every IPv6 address. These policies restrict ingress only.',
  );
  for (const { rules, destination, host, name } of policies) {
    lines.push(
      '---',
      ...commentLines('# ', `Inbound to ${endText(destination)}`),
      'apiVersion: "networking.k8s.io/v1"',
      'kind: "NetworkPolicy"',
      'metadata:',
      `  name: ${yamlString(name)}`,
      '  labels:',
      '    app.kubernetes.io/managed-by: "portolan"',
      '  annotations:',
      `    portolan.io/destination: ${yamlString(truncateBytes(endText(destination), 400))}`,
      `    portolan.io/design: ${yamlString(userText(context.design.meta.title))}`,
      'spec:',
      '  podSelector:',
      '    matchLabels:',
      `      ${HOST_LABEL}: ${yamlString(host)}`,
      '  policyTypes:',
      '    - "Ingress"',
      '  ingress:',
    );
    for (const group of groupPorts(rules)) {
      const sources = familyViews(group).flatMap((v) => v.sources);
      lines.push(...commentLines('    # ', groupText(group)), '    - from:');
      for (const a of sources) lines.push('        - ipBlock:', `            cidr: ${yamlString(a.cidr)}`);
      lines.push('      ports:');
      const protocol = yamlString(group.protocol.toUpperCase());
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
