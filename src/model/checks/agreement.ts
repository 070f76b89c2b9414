/**
 * Rule 4, parameters that must agree across the members of a cluster: the
 * port of a flow between members of one role (Spotfire's clustering port,
 * "the same for all servers in the cluster"), and the WSO2 clustering
 * membership scheme.
 */
import type { Catalogue, CatalogueFlow } from '../catalogue/load';
import type { PortSpec } from '../catalogue/schema';
import { citationText, oneOf } from './context';
import type { CheckContext, Finding, PlacedComponent } from './types';

const paramsOf = (spec: PortSpec): string[] => {
  const refs =
    spec.kind === 'ports'
      ? spec.ports
      : spec.kind === 'range'
        ? [spec.from, spec.to]
        : spec.kind === 'openRange'
          ? [spec.from]
          : spec.kind === 'perMember'
            ? [spec.first]
            : [];
  return refs.flatMap((r) => (typeof r === 'number' ? [] : [r.param]));
};

const clusterParamCache = new WeakMap<Catalogue, Map<string, CatalogueFlow[]>>();

/**
 * Parameters that only set the port of flows between members of one role:
 * such a port is the cluster's, so every member must use the same value.
 * (A parameter also used by another flow or a service is a member's own.)
 */
export function clusterParams(catalogue: Catalogue): Map<string, CatalogueFlow[]> {
  const cached = clusterParamCache.get(catalogue);
  if (cached) return cached;
  const own = new Map<string, CatalogueFlow[]>();
  const elsewhere = new Set<string>();
  for (const flow of catalogue.flows) {
    for (const param of paramsOf(flow.ports)) {
      if (flow.from === flow.to) own.set(param, [...(own.get(param) ?? []), flow]);
      else elsewhere.add(param);
    }
  }
  for (const type of catalogue.components.values()) {
    for (const service of type.services) paramsOf(service.ports).forEach((p) => elsewhere.add(p));
  }
  for (const role of catalogue.roles.values()) {
    for (const service of role.services) paramsOf(service.ports).forEach((p) => elsewhere.add(p));
  }
  for (const param of elsewhere) own.delete(param);
  clusterParamCache.set(catalogue, own);
  return own;
}

export function clusterPortMismatch(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const [param, flows] of clusterParams(context.catalogue)) {
    const ids = new Set(flows.map((f) => f.id));
    // Members linked by these flows form a cluster (servedBy may split a role into several).
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      const p = parent.get(x) ?? x;
      if (p === x) return x;
      const root = find(p);
      parent.set(x, root);
      return root;
    };
    for (const flow of context.flows) {
      if (flow.origin !== 'catalogue' || !ids.has(flow.sourceId)) continue;
      for (const end of [flow.from, flow.to]) if (!parent.has(end)) parent.set(end, end);
      parent.set(find(flow.from), find(flow.to));
    }
    const clusters = new Map<string, PlacedComponent[]>();
    for (const id of parent.keys()) {
      const member = context.placed.get(id);
      if (member) clusters.set(find(id), [...(clusters.get(find(id)) ?? []), member]);
    }
    for (const members of clusters.values()) {
      const values = new Map<number, PlacedComponent[]>();
      for (const m of members) {
        const value = m.params[param];
        if (value !== undefined) values.set(value, [...(values.get(value) ?? []), m]);
      }
      if (values.size < 2) continue;
      // The value most members use is taken as the cluster's; ties go to the first member's.
      const [common, peers] = [...values].sort((a, b) => b[1].length - a[1].length)[0]!;
      const flow = flows[0]!;
      for (const [value, odd] of values) {
        if (value === common) continue;
        for (const m of odd) {
          const label = m.type.params.find((p) => p.id === param)?.label ?? param;
          findings.push({
            id: `cluster-port-mismatch:${m.instance.id}:${param}`,
            rule: 'cluster-port-mismatch',
            severity: 'error',
            message: `${m.name} has ${label} ${value}, but ${oneOf(
              peers.map((p) => p.name),
              'and',
            )} in its cluster ${peers.length > 1 ? 'use' : 'uses'} ${common}. The document: "${flow.purpose}"`,
            fix: `Set ${label} on ${m.name} to ${common}, the same as the rest of the cluster.`,
            target: { kind: 'component', id: m.instance.id },
            ...(flow.cite && { reference: citationText(flow.cite) }),
          });
        }
      }
    }
  }
  return findings;
}

/** The option that chooses how WSO2 Carbon members find each other; every member of a cluster must use the same. */
export const MEMBERSHIP_OPTION = 'membership-scheme';

export function membershipSchemeMismatch(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const byType = new Map<string, PlacedComponent[]>();
  for (const p of context.placed.values()) {
    const value = p.options[MEMBERSHIP_OPTION];
    const option = p.type.options.find((o) => o.id === MEMBERSHIP_OPTION);
    // Members are instances of one product that are clustered at all (the first choice means not clustered).
    if (!option || option.type !== 'choice' || value === option.choices[0]?.value) continue;
    byType.set(p.type.id, [...(byType.get(p.type.id) ?? []), p]);
  }
  for (const members of byType.values()) {
    const schemes = new Map<string, PlacedComponent[]>();
    for (const m of members)
      schemes.set(String(m.options[MEMBERSHIP_OPTION]), [...(schemes.get(String(m.options[MEMBERSHIP_OPTION])) ?? []), m]);
    if (schemes.size < 2) continue;
    const [common, peers] = [...schemes].sort((a, b) => b[1].length - a[1].length)[0]!;
    const option = members[0]!.type.options.find((o) => o.id === MEMBERSHIP_OPTION)!;
    const label = (v: string) => (option.type === 'choice' ? (option.choices.find((c) => c.value === v)?.label ?? v) : v);
    for (const [scheme, odd] of schemes) {
      if (scheme === common) continue;
      for (const m of odd) {
        findings.push({
          id: `membership-scheme-mismatch:${m.instance.id}`,
          rule: 'membership-scheme-mismatch',
          severity: 'error',
          message: `${m.name} uses the ${label(scheme)} membership scheme, but ${oneOf(
            peers.map((p) => p.name),
            'and',
          )} ${peers.length > 1 ? 'use' : 'uses'} ${label(common)}: members of one cluster that look for each other differently never join.`,
          fix: `Set "${option.label}" on ${m.name} to ${label(common)}, or make it not clustered if it is a separate deployment.`,
          target: { kind: 'component', id: m.instance.id },
          ...membershipCitation(context),
        });
      }
    }
  }
  return findings;
}

function membershipCitation({ catalogue }: CheckContext): { reference?: string } {
  for (const role of catalogue.roles.values()) {
    const service = role.services.find((s) => s.when.some((c) => c.option === MEMBERSHIP_OPTION));
    if (service) return { reference: citationText(service.cite) };
  }
  return {};
}
