/**
 * A placed component seen through its catalogue type: the option and
 * parameter values in force (the user's, else the catalogue defaults), and
 * the checks a user's values must pass.
 */
import type { Catalogue, CatalogueComponent } from '../catalogue/load';
import type { PortSpec, Service } from '../catalogue/schema';
import { formatRange, resolvePorts, type ParamValues } from '../ports';
import type { ComponentInstance, OptionValue } from './schema';

export function effectiveOptions(instance: ComponentInstance, type: CatalogueComponent): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {};
  for (const option of type.options) out[option.id] = instance.options[option.id] ?? option.default;
  return out;
}

export function effectiveParams(instance: ComponentInstance, type: CatalogueComponent): Record<string, number> {
  const out: Record<string, number> = {};
  for (const param of type.params) out[param.id] = instance.params[param.id] ?? param.default;
  return out;
}

export function portOffsetOf(params: ParamValues, type: CatalogueComponent): number {
  return type.portOffsetParam ? (params[type.portOffsetParam] ?? 0) : 0;
}

/** Every port form this type listens on: its services, its roles' services, and flows to its roles. */
export function listenerSpecs(type: CatalogueComponent, catalogue: Catalogue): readonly ListenerSpec[] {
  // Per catalogue and type: checking each component of a large design would scan every flow each time.
  let byType = specCache.get(catalogue);
  if (!byType) specCache.set(catalogue, (byType = new WeakMap()));
  let specs = byType.get(type);
  if (!specs) byType.set(type, (specs = collectListenerSpecs(type, catalogue)));
  return specs;
}

interface ListenerSpec {
  spec: PortSpec;
  what: string;
}

const specCache = new WeakMap<Catalogue, WeakMap<CatalogueComponent, readonly ListenerSpec[]>>();

function collectListenerSpecs(type: CatalogueComponent, catalogue: Catalogue): ListenerSpec[] {
  const roles = new Set(type.roles);
  const describe = (s: Service) => `${s.purpose}`;
  return [
    ...type.services.map((s) => ({ spec: s.ports, what: describe(s) })),
    ...type.roles.flatMap((r) => catalogue.roles.get(r)?.services.map((s) => ({ spec: s.ports, what: describe(s) })) ?? []),
    ...catalogue.flows.filter((f) => roles.has(f.to)).map((f) => ({ spec: f.ports, what: f.purpose })),
  ];
}

/**
 * Problems with one component's values, each naming the field: unknown
 * options, values outside a choice, parameters outside their bounds, and
 * parameters that would push a derived port outside 1-65535.
 */
export function instanceProblems(instance: ComponentInstance, type: CatalogueComponent, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const name = instance.label ? `"${instance.label}"` : instance.id;
  for (const [id, value] of Object.entries(instance.options)) {
    const option = type.options.find((o) => o.id === id);
    if (!option) problems.push(`${name}: "${id}" is not an option of ${type.name}`);
    else if (option.type === 'boolean' && typeof value !== 'boolean')
      problems.push(`${name}: option "${option.label}" is on or off (true or false)`);
    else if (option.type === 'choice' && !option.choices.some((c) => c.value === value)) {
      problems.push(`${name}: option "${option.label}" must be one of ${option.choices.map((c) => c.value).join(', ')}`);
    }
  }
  for (const [id, value] of Object.entries(instance.params)) {
    const param = type.params.find((p) => p.id === id);
    if (!param) problems.push(`${name}: "${id}" is not a parameter of ${type.name}`);
    else if (value < param.min || value > param.max) {
      problems.push(`${name}: ${param.label} must be between ${param.min} and ${param.max} (got ${value})`);
    }
  }
  if (problems.length > 0) return problems;
  // With the type's own settings every instance of it resolves alike: checked once per type.
  const asTyped = Object.keys(instance.params).length === 0;
  if (asTyped && typesWithinRange.has(type)) return problems;
  const params = effectiveParams(instance, type);
  const offset = portOffsetOf(params, type);
  for (const { spec, what } of listenerSpecs(type, catalogue)) {
    const resolved = resolvePorts(spec, params, offset);
    if (!resolved.ok && resolved.kind === 'out-of-range') {
      const base = resolvePorts(spec, params, 0);
      const original = base.ok ? ` (${base.ranges.map((r) => formatRange(r)).join(', ')} before the offset)` : '';
      problems.push(`${name}: these settings put a port outside 1-65535: ${resolved.note}${offset ? original : ''}, for "${what}"`);
      break;
    }
  }
  if (asTyped && problems.length === 0) typesWithinRange.add(type);
  return problems;
}

/** Catalogue component types whose ports, with their default settings, all lie within 1-65535. */
const typesWithinRange = new WeakSet<CatalogueComponent>();
