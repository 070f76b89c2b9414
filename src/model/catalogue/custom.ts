/**
 * Custom components: a component type the user defines in the editor (a
 * name, a product, the services it listens on). Each is written into a
 * design-embedded catalogue pack, one pack per product (`custom-<product>`),
 * so a custom component is placed, derived, checked and exported exactly as
 * a pack's component type is, and the design file carries its definition.
 */
import type { Catalogue } from './load';
import { packProductId, type EmbeddedPack } from './packs';
import { Citation, type ProductFile, type Service } from './schema';

export const MAX_CUSTOM_SERVICES = 32;

/** One service as the dialog collects it: text fields, checked here. */
export interface CustomServiceInput {
  name: string;
  protocol: 'tcp' | 'udp';
  /** `8443` or `9000-9010`. */
  ports: string;
  purpose: string;
  /** Optional: the page that documents the port. */
  reference: string;
}

export interface CustomComponentInput {
  name: string;
  product: string;
  services: CustomServiceInput[];
}

/** A problem with one field of the dialog, e.g. `services[1].ports`. */
export interface FieldProblem {
  field: string;
  message: string;
}

const PORT_RANGE = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/;

/** `8443` or `9000-9010` as a range, or what is wrong with it. */
export function parsePortText(text: string): { from: number; to: number } | string {
  if (text.trim() === '') return 'give a port (such as 8443) or a range (such as 9000-9010)';
  const match = PORT_RANGE.exec(text);
  if (!match) return `"${text.trim()}" is not a port or a range: write 8443 or 9000-9010`;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from < 1 || from > 65535 || to < 1 || to > 65535) return 'a port is a number from 1 to 65535';
  if (from > to) return `a range runs from the lower port to the higher (${to}-${from})`;
  return { from, to };
}

/** A lower-case id part from a name: `Billing API` is `billing-api`; empty when nothing of the name is Latin letters or digits. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

const TEXT_MAX = 200;

function checkText(value: string, field: string, what: string, problems: FieldProblem[]) {
  if (value.trim() === '') problems.push({ field, message: `give ${what}` });
  else if (value.trim().length > TEXT_MAX) problems.push({ field, message: `${what} is at most ${TEXT_MAX} characters` });
}

/** Every problem with the input, field by field; empty when the component can be defined. */
export function customComponentProblems(input: CustomComponentInput, catalogue: Catalogue): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkText(input.name, 'name', 'a name', problems);
  checkText(input.product, 'product', 'a product name', problems);
  if (input.services.length === 0) problems.push({ field: 'services', message: 'add at least one service the component listens on' });
  if (input.services.length > MAX_CUSTOM_SERVICES) problems.push({ field: 'services', message: `at most ${MAX_CUSTOM_SERVICES} services` });
  const names = new Set<string>();
  input.services.forEach((service, i) => {
    const at = `services[${i}]`;
    checkText(service.name, `${at}.name`, 'a service name', problems);
    const key = service.name.trim().toLowerCase();
    if (key && names.has(key)) problems.push({ field: `${at}.name`, message: `"${service.name.trim()}" is named twice` });
    names.add(key);
    const ports = parsePortText(service.ports);
    if (typeof ports === 'string') problems.push({ field: `${at}.ports`, message: ports });
    checkText(service.purpose, `${at}.purpose`, 'a purpose (what the port is for)', problems);
    const reference = service.reference.trim();
    if (reference && !Citation.safeParse({ url: reference, section: 'x' }).success) {
      problems.push({ field: `${at}.reference`, message: 'a reference is a web address starting with https:// or http://, without spaces' });
    }
  });
  if (problems.some((p) => p.field === 'name' || p.field === 'product')) return problems;
  const { typeId } = customIds(input);
  if (catalogue.components.has(typeId)) {
    problems.push({ field: 'name', message: `${input.product.trim()} already has a component named "${input.name.trim()}"` });
  }
  return problems;
}

/** Ids of a custom component: product `custom-<product>`, type `custom-<product>.<name>`. */
export function customIds(input: Pick<CustomComponentInput, 'name' | 'product'>): { productId: string; typeId: string } {
  const product = slug(input.product) || 'product';
  const name = slug(input.name) || 'component';
  return { productId: `custom-${product}`, typeId: `custom-${product}.${name}` };
}

function service(input: CustomServiceInput, index: number, used: Set<string>, component: string): Service {
  const ports = parsePortText(input.ports);
  if (typeof ports === 'string') throw new Error(ports);
  let id = slug(input.name) || `service-${index + 1}`;
  for (let n = 2; used.has(id); n++) id = `${slug(input.name) || 'service'}-${n}`;
  used.add(id);
  const reference = input.reference.trim();
  return {
    id,
    protocols: [input.protocol],
    ports: ports.from === ports.to ? { kind: 'ports', ports: [ports.from] } : { kind: 'range', from: ports.from, to: ports.to },
    purpose: input.purpose.trim(),
    when: [],
    firewall: true,
    cite: reference
      ? { url: reference, section: `${component}, service "${input.name.trim()}" (reference given by the designer)` }
      : { section: `${component}, service "${input.name.trim()}": custom component defined in this design, no reference given` },
    alsoCited: [],
  };
}

const CUSTOM_COLOUR = '#7a4f9a';

/**
 * The design's packs with the custom component added: into the product's
 * custom pack when there is one, else a new pack. Returns the new type's id.
 * The input must have no `customComponentProblems`.
 */
export function addCustomComponent(
  packs: readonly EmbeddedPack[] | undefined,
  input: CustomComponentInput,
): { packs: EmbeddedPack[]; typeId: string } {
  const { productId, typeId } = customIds(input);
  const used = new Set<string>();
  const component = {
    id: typeId,
    name: input.name.trim(),
    description: `Custom component of ${input.product.trim()}, defined in this design`,
    roles: [`${typeId}.role`],
    kind: 'server' as const,
    services: input.services.map((s, i) => service(s, i, used, input.name.trim())),
  };
  const role = { id: `${typeId}.role`, name: input.name.trim() };
  const list = [...(packs ?? [])];
  const at = list.findIndex((p) => packProductId(p) === productId);
  const existing = at >= 0 ? (list[at]!.content as Partial<ProductFile>) : undefined;
  const content: Record<string, unknown> = existing
    ? { ...existing, roles: [...(existing.roles ?? []), role], components: [...(existing.components ?? []), component] }
    : {
        product: {
          id: productId,
          name: input.product.trim(),
          vendor: 'Custom (defined in this design)',
          tag: tagOf(input.product),
          colour: CUSTOM_COLOUR,
        },
        roles: [role],
        components: [component],
      };
  const pack: EmbeddedPack = { name: `custom components: ${input.product.trim()}`, content };
  if (at >= 0) list[at] = pack;
  else list.push(pack);
  return { packs: list, typeId };
}

/** Up to four capitals for the node's tag: `Acme Billing` is `AB`. */
function tagOf(product: string): string {
  const words = product.trim().split(/\s+/).filter(Boolean);
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  return (words.length > 1 ? initials : product.trim().slice(0, 3).toUpperCase()).slice(0, 4) || 'CUS';
}

/** Whether a product id is one of the editor's custom-component packs. */
export const isCustomProduct = (id: string): boolean => id.startsWith('custom-');
