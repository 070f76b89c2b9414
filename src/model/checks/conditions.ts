/**
 * Rule 6: a flow the user drew to a service whose documented condition is
 * off on the listener (WSO2's wka port 4000 on a member that uses multicast,
 * 7611 without the Thrift publisher). The port is closed, so the rule would
 * open a firewall for nothing, or the deployment is not what the design says.
 */
import type { Citation, Condition } from '../catalogue/schema';
import { serviceOf, servicesOf } from '../design/services';
import { formatRanges, resolvePorts } from '../ports';
import { citationText, conditionText, oneOf } from './context';
import { openPorts, overlaps } from './open-ports';
import type { CheckContext, Finding, PlacedComponent } from './types';

export function conditionNotMet(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const flow of context.design.flows) {
    const from = context.placed.get(flow.from);
    const to = context.placed.get(flow.to);
    if (!from || !to) continue;
    const owner = (c: Condition): PlacedComponent => (c.side === 'from' ? from : to);
    const failing = (when: readonly Condition[]) => when.filter((c) => owner(c).options[c.option] !== c.is);
    let problem: { conditions: Condition[]; what: string; cite?: Citation } | undefined;
    if (flow.service !== undefined) {
      const offered = serviceOf(context.catalogue, to.type.id, flow.service);
      const off = offered ? failing(offered.service.when) : [];
      if (offered && off.length > 0) problem = { conditions: off, what: offered.service.purpose, cite: offered.service.cite };
    } else if (flow.ports && flow.protocol) {
      // A port typed by hand that only a switched-off service would open, and nothing open covers.
      const range = flow.ports;
      const open = openPorts(to, context.catalogue).some((p) => p.protocol === flow.protocol && overlaps(p.range, range));
      if (!open) {
        for (const { service } of servicesOf(context.catalogue, to.type.id)) {
          const off = failing(service.when);
          const ports = resolvePorts(service.ports, to.params, to.offset);
          if (off.length === 0 || !ports.ok || !service.protocols.includes(flow.protocol)) continue;
          if (!ports.ranges.some((r) => overlaps(r, range))) continue;
          problem = { conditions: off, what: `${service.purpose} (${flow.protocol} ${formatRanges(ports.ranges)})`, cite: service.cite };
          break;
        }
      }
    }
    if (!problem) continue;
    const needed = problem.conditions.map((c) => `"${conditionText(owner(c).type, c)}" on ${owner(c).name}`);
    findings.push({
      id: `condition-not-met:${flow.id}`,
      rule: 'condition-not-met',
      severity: 'error',
      message: `The flow you drew from ${from.name} to ${to.name} goes to a port the document opens only when ${oneOf(needed, 'and')}, which is not set: ${problem.what}`,
      fix: `Set ${oneOf(needed, 'and')} if the deployment uses it; otherwise remove the flow.`,
      target: { kind: 'edge', from: from.instance.id, to: to.instance.id },
      ...(problem.cite && { reference: citationText(problem.cite) }),
    });
  }
  return findings;
}
