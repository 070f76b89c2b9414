/**
 * Turns the raw catalogue files into one checked, indexed catalogue.
 * Schema checks (zod) come first; then the cross-references a schema cannot
 * see: ids unique across files, every role a flow names filled by some
 * component, every option and parameter a flow uses present on its fillers.
 */
import type { z } from 'zod';
import {
  ProductFile,
  type Citation,
  type ComponentType,
  type Condition,
  type Flow,
  type PortRef,
  type PortSpec,
  type RoleDef,
  type Service,
} from './schema';

export interface ProductInfo {
  id: string;
  name: string;
  vendor: string;
  tag: string;
  colour: string;
  documents: { doc: string; title: string }[];
}

export type CatalogueComponent = ComponentType & { product: string };
export type CatalogueFlow = Flow & { product: string };
export type CatalogueRole = RoleDef & { product: string };

export interface Catalogue {
  products: ReadonlyMap<string, ProductInfo>;
  roles: ReadonlyMap<string, CatalogueRole>;
  components: ReadonlyMap<string, CatalogueComponent>;
  flows: readonly CatalogueFlow[];
  /** Component type ids that fill each role. */
  fillers: ReadonlyMap<string, readonly string[]>;
  gaps: readonly { product: string; text: string; cite: Citation }[];
  /** The files this catalogue was loaded from, so catalogue packs can be merged onto it (packs.ts). */
  files: readonly RawCatalogueFile[];
}

export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`The catalogue is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'CatalogueError';
  }
}

export interface RawCatalogueFile {
  name: string;
  data: unknown;
  /**
   * The data is already the schema's output, checked when the editor was
   * built (vite.config.ts fails the build otherwise), so start-up does not
   * parse it again. Only bundled.ts sets it, never a file a user gives.
   */
  schemaChecked?: boolean;
}

export function loadCatalogue(files: readonly RawCatalogueFile[]): Catalogue {
  const problems: string[] = [];
  const parsed: { name: string; file: ProductFile }[] = [];
  for (const { name, data, schemaChecked } of files) {
    if (schemaChecked) {
      parsed.push({ name, file: data as ProductFile });
      continue;
    }
    const result = ProductFile.safeParse(data);
    if (result.success) parsed.push({ name, file: result.data });
    else problems.push(...result.error.issues.map((issue) => `${name}: ${describeIssue(issue)}`));
  }
  if (problems.length > 0) throw new CatalogueError(problems);

  const products = new Map<string, ProductInfo>();
  const roles = new Map<string, CatalogueRole>();
  const components = new Map<string, CatalogueComponent>();
  const flows: CatalogueFlow[] = [];
  const gaps: Catalogue['gaps'][number][] = [];
  const seenIds = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const previous = seenIds.get(id);
    if (previous) problems.push(`${where}: id "${id}" is already used in ${previous}`);
    else seenIds.set(id, where);
  };

  for (const { name, file } of parsed) {
    const product = file.product.id;
    if (products.has(product)) problems.push(`${name}: product "${product}" is defined twice`);
    products.set(product, file.product);
    for (const role of file.roles) {
      claim(role.id, name);
      roles.set(role.id, { ...role, product });
    }
    for (const component of file.components) {
      claim(component.id, name);
      components.set(component.id, { ...component, product });
    }
    for (const flow of file.flows) {
      claim(flow.id, name);
      flows.push({ ...flow, product });
    }
    for (const gap of file.gaps) gaps.push({ product, ...gap });
  }

  const fillers = new Map<string, string[]>();
  for (const component of components.values()) {
    for (const role of component.roles) {
      if (!roles.has(role)) problems.push(`component ${component.id}: role "${role}" is not declared`);
      fillers.set(role, [...(fillers.get(role) ?? []), component.id]);
    }
    const serviceIds = new Set<string>();
    for (const service of component.services) {
      if (serviceIds.has(service.id)) problems.push(`component ${component.id}: service "${service.id}" is defined twice`);
      serviceIds.add(service.id);
      checkService(service, [component], `component ${component.id} service ${service.id}`, problems);
    }
    checkParamsDeclared(component, problems);
  }

  for (const role of roles.values()) {
    const filledBy = (fillers.get(role.id) ?? []).map((id) => components.get(id)!);
    for (const service of role.services) {
      checkService(service, filledBy, `role ${role.id} service ${service.id}`, problems);
    }
  }

  for (const flow of flows) {
    const where = `flow ${flow.id}`;
    const from = fillersOf(flow.from, fillers, components, where, problems);
    const to = fillersOf(flow.to, fillers, components, where, problems);
    checkConditions(flow.when, { from, to }, where, problems);
    checkPortParams(flow.ports, to, where, problems);
  }

  if (problems.length > 0) throw new CatalogueError(problems);
  return { products, roles, components, flows, fillers, gaps, files };
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `${path}: ${issue.message}`;
}

function fillersOf(
  role: string,
  fillers: Map<string, string[]>,
  components: Map<string, CatalogueComponent>,
  where: string,
  problems: string[],
): CatalogueComponent[] {
  const ids = fillers.get(role);
  if (!ids || ids.length === 0) {
    problems.push(`${where}: no component fills role "${role}"`);
    return [];
  }
  return ids.map((id) => components.get(id)!);
}

function checkService(service: Service, listeners: CatalogueComponent[], where: string, problems: string[]) {
  if (service.when.some((condition) => condition.side !== 'to')) {
    problems.push(`${where}: a service's conditions are on its own component (side "to")`);
  }
  checkConditions(service.when, { from: [], to: listeners }, where, problems);
  checkPortParams(service.ports, listeners, where, problems);
}

function checkConditions(
  conditions: readonly Condition[],
  sides: { from: CatalogueComponent[]; to: CatalogueComponent[] },
  where: string,
  problems: string[],
) {
  for (const condition of conditions) {
    for (const component of sides[condition.side]) {
      const option = component.options.find((o) => o.id === condition.option);
      if (!option) {
        problems.push(`${where}: option "${condition.option}" is missing on ${component.id}`);
      } else if (option.type === 'boolean' ? typeof condition.is !== 'boolean' : !option.choices.some((c) => c.value === condition.is)) {
        problems.push(`${where}: option "${condition.option}" of ${component.id} cannot be ${JSON.stringify(condition.is)}`);
      }
    }
  }
}

/** Parameters a port form names, e.g. `switchPort` in `{ param: 'switchPort', add: 1 }`. */
export function paramsOf(spec: PortSpec): string[] {
  const refParams = (refs: PortRef[]) => refs.flatMap((ref) => (typeof ref === 'number' ? [] : [ref.param]));
  switch (spec.kind) {
    case 'ports':
      return refParams(spec.ports);
    case 'range':
      return refParams([spec.from, spec.to]);
    case 'openRange':
      return [...refParams([spec.from]), spec.countParam];
    case 'perMember':
      return [...refParams([spec.first]), spec.countParam];
    case 'unspecified':
      return [];
  }
}

function checkPortParams(spec: PortSpec, listeners: CatalogueComponent[], where: string, problems: string[]) {
  for (const param of paramsOf(spec)) {
    for (const component of listeners) {
      if (!component.params.some((p) => p.id === param)) {
        problems.push(`${where}: parameter "${param}" is missing on listener ${component.id}`);
      }
    }
  }
}

function checkParamsDeclared(component: CatalogueComponent, problems: string[]) {
  for (const param of component.params) {
    if (param.min > param.max || param.default < param.min || param.default > param.max) {
      problems.push(`component ${component.id}: parameter "${param.id}" needs min <= default <= max`);
    }
  }
  if (component.portOffsetParam && !component.params.some((p) => p.id === component.portOffsetParam)) {
    problems.push(`component ${component.id}: port offset parameter "${component.portOffsetParam}" is not declared`);
  }
}
