/** Building the context the rules read, and the small helpers several rules share. */
import { citationForPeople } from '../catalogue/documents';
import type { Catalogue, CatalogueComponent } from '../catalogue/load';
import type { Citation, Condition } from '../catalogue/schema';
import type { DerivedFlow } from '../derive';
import { effectiveOptions, effectiveParams, portOffsetOf } from '../design/instance';
import type { Design, Zone } from '../design/schema';
import type { MatrixRow } from '../matrix';
import type { CheckContext, PlacedComponent } from './types';

export function checkContext(
  design: Design,
  catalogue: Catalogue,
  flows: readonly DerivedFlow[],
  matrix: readonly MatrixRow[],
): CheckContext {
  const placed = new Map<string, PlacedComponent>();
  for (const instance of design.components) {
    const type = catalogue.components.get(instance.type);
    if (!type || placed.has(instance.id)) continue;
    const params = effectiveParams(instance, type);
    const label = instance.label?.trim();
    placed.set(instance.id, {
      instance,
      type,
      options: effectiveOptions(instance, type),
      params,
      offset: portOffsetOf(params, type),
      name: `"${label || instance.id}" (${type.name})`,
    });
  }
  const fillerCount = new Map<string, number>();
  for (const p of placed.values()) for (const role of p.type.roles) fillerCount.set(role, (fillerCount.get(role) ?? 0) + 1);
  return {
    design,
    catalogue,
    flows,
    matrix,
    placed,
    flowByKey: new Map(flows.map((f) => [f.key, f])),
    catalogueFlowById: new Map(catalogue.flows.map((f) => [f.id, f])),
    zoneById: new Map(design.zones.map((z) => [z.id, z])),
    fillerCount,
  };
}

export function zoneOf(context: CheckContext, id: string | undefined): Zone | undefined {
  return id === undefined ? undefined : context.zoneById.get(id);
}

export function zoneName(context: CheckContext, id: string | undefined): string {
  if (id === undefined || id === '') return 'no zone';
  return `zone "${zoneOf(context, id)?.name ?? id}"`;
}

/** `Security Pack: on`, `LDAP directory: LDAPS`, in the catalogue's own words. */
export function conditionText(type: CatalogueComponent | undefined, condition: Condition): string {
  const option = type?.options.find((o) => o.id === condition.option);
  if (!option) return `${condition.option}: ${String(condition.is)}`;
  if (option.type === 'boolean') return `${option.label}: ${condition.is ? 'on' : 'off'}`;
  return `${option.label}: ${option.choices.find((c) => c.value === condition.is)?.label ?? String(condition.is)}`;
}

/** Names of the component types that fill a role, for "place one of ...". */
export function fillerNames(catalogue: Catalogue, role: string): string[] {
  return (catalogue.fillers.get(role) ?? []).map((id) => catalogue.components.get(id)?.name ?? id);
}

export function citationText(cite: Citation | undefined): string | undefined {
  return cite ? citationForPeople(cite) : undefined;
}

/** `a, b or c`. */
export function oneOf(items: readonly string[], last = 'or'): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} ${last} ${unique[unique.length - 1]}`;
}
