/**
 * Rules 1 and 2: what a placed component needs and nothing fills, and a
 * component that connects to nothing (with what would connect it).
 */
import type { Catalogue, CatalogueFlow } from '../catalogue/load';
import { citationText, conditionText, fillerNames, oneOf } from './context';
import type { CheckContext, Finding, PlacedComponent } from './types';

/**
 * A flow the initiator needs: one an option of the initiator switched on
 * (LDAPS chosen, Kerberos on: the directory must exist), or an unconditional
 * flow to a shared database role (the product's own store: the Spotfire
 * database, TachyonMaster on SQL Server). Product-specific data sources and
 * inventory sources are optional, so they do not count. Flows with the same
 * initiator role and purpose are alternatives (Oracle, SQL Server or PostgreSQL).
 */
export function missingDependency(context: CheckContext): Finding[] {
  const { catalogue, placed, fillerCount } = context;
  const findings: Finding[] = [];
  for (const component of placed.values()) {
    for (const flows of dependencyGroups(catalogue, component.type.id)) {
      const first = flows[0]!;
      const ownConditions = first.when.filter((c) => c.side === 'from');
      if (!ownConditions.every((c) => component.options[c.option] === c.is)) continue;
      const roles = [...new Set(flows.map((f) => f.to))];
      const filled = roles.some(
        (role) =>
          component.instance.servedBy[role] !== undefined || (fillerCount.get(role) ?? 0) > (component.type.roles.includes(role) ? 1 : 0),
      );
      if (filled) continue;
      const own = ownConditions.map((c) => conditionText(component.type, c));
      const roleNames = roles.map((r) => catalogue.roles.get(r)?.name ?? r);
      const types = roles.flatMap((r) => fillerNames(catalogue, r));
      findings.push({
        id: `missing-dependency:${component.instance.id}:${first.id}`,
        rule: 'missing-dependency',
        severity: own.length > 0 ? 'warning' : 'error',
        message: `${component.name} needs ${oneOf(roleNames)}, and nothing in the design fills ${roles.length > 1 ? 'any of these roles' : 'that role'}: ${first.purpose}`,
        fix: `Place ${oneOf(types)}${own.length > 0 ? `, or switch off ${oneOf(own.map((t) => `"${t}"`))} on ${component.name}` : ''}.`,
        target: { kind: 'component', id: component.instance.id },
        ...withReference(citationText(first.cite)),
      });
    }
  }
  return findings;
}

const groupCache = new WeakMap<Catalogue, Map<string, CatalogueFlow[][]>>();

/** A type's dependency flows, grouped into alternatives (same initiator role, purpose and own conditions). Per catalogue, once. */
function dependencyGroups(catalogue: Catalogue, typeId: string): CatalogueFlow[][] {
  let byType = groupCache.get(catalogue);
  if (!byType) groupCache.set(catalogue, (byType = new Map()));
  const cached = byType.get(typeId);
  if (cached) return cached;
  const type = catalogue.components.get(typeId);
  const groups = new Map<string, CatalogueFlow[]>();
  for (const flow of catalogue.flows) {
    if (!type || flow.from === flow.to || !type.roles.includes(flow.from)) continue;
    const own = flow.when.filter((c) => c.side === 'from');
    if (own.length === 0 && !isSharedDatabase(catalogue, flow)) continue;
    const key = `${flow.from}|${flow.purpose}|${own.map((c) => `${c.option}=${String(c.is)}`).join(',')}`;
    groups.set(key, [...(groups.get(key) ?? []), flow]);
  }
  const list = [...groups.values()];
  byType.set(typeId, list);
  return list;
}

function isSharedDatabase(catalogue: Catalogue, flow: CatalogueFlow): boolean {
  const role = catalogue.roles.get(flow.to);
  const fillers = catalogue.fillers.get(flow.to) ?? [];
  return (
    role !== undefined &&
    role.product !== flow.product &&
    flow.ports.kind !== 'unspecified' &&
    fillers.length > 0 &&
    fillers.every((id) => catalogue.components.get(id)?.kind === 'database')
  );
}

/** Rule 2: a component with no flow at all (none derived, none drawn, or all switched off). */
export function idleComponent(context: CheckContext): Finding[] {
  const { catalogue, placed, flows } = context;
  const active = new Set<string>();
  for (const flow of flows) {
    if (flow.excluded) continue;
    active.add(flow.from);
    active.add(flow.to);
  }
  const findings: Finding[] = [];
  for (const component of placed.values()) {
    if (active.has(component.instance.id)) continue;
    // Option text → the components whose option it is.
    const options = new Map<string, Set<string>>();
    const types = new Set<string>();
    const ownRoles = new Set(component.type.roles);
    for (const flow of catalogue.flows) {
      const sides: ['from' | 'to', string][] = [];
      if (ownRoles.has(flow.from)) sides.push(['from', flow.to]);
      if (ownRoles.has(flow.to)) sides.push(['to', flow.from]);
      for (const [side, otherRole] of sides) {
        const others = [...placed.values()].filter((p) => p !== component && p.type.roles.includes(otherRole));
        if (others.length === 0) {
          fillerNames(catalogue, otherRole).forEach((n) => types.add(n));
          continue;
        }
        for (const other of others) {
          for (const condition of flow.when) {
            const owner: PlacedComponent = condition.side === side ? component : other;
            if (owner.options[condition.option] === condition.is) continue;
            const text = `"${conditionText(owner.type, condition)}"`;
            const owners = options.get(text) ?? new Set<string>();
            owners.add(owner.name);
            options.set(text, owners);
          }
        }
      }
    }
    const suggestions = [...options].map(([text, owners]) => `${text} on ${oneOf([...owners])}`);
    const message =
      suggestions.length > 0
        ? `${component.name} connects to nothing: the options that would use it are off. Any of these would connect it: ${suggestions.slice(0, 6).join('; ')}${suggestions.length > 6 ? '; …' : ''}.`
        : `${component.name} connects to nothing.`;
    const place = [...types].slice(0, 8);
    findings.push({
      id: `idle-component:${component.instance.id}`,
      rule: 'idle-component',
      severity: 'warning',
      message,
      fix:
        [
          suggestions.length > 0 ? 'Switch on the option the deployment uses' : '',
          place.length > 0 ? `place ${oneOf(place)} to connect it` : '',
          'draw a flow to it, or remove it if the deployment does not need it',
        ]
          .filter(Boolean)
          .join('; ')
          .replace(/^./, (c) => c.toUpperCase()) + '.',
      target: { kind: 'component', id: component.instance.id },
    });
  }
  return findings;
}

export function withReference(reference: string | undefined): { reference?: string } {
  return reference ? { reference } : {};
}
