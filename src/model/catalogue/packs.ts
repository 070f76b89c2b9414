/**
 * Catalogue packs: catalogue files of the user's own (a product, its roles,
 * component types, flows and services, in the catalogue's own schema),
 * merged onto the built-in catalogue. A design that uses a pack embeds it
 * (`design.packs`), so the file opens anywhere; custom components defined in
 * the editor are packs too (custom.ts).
 *
 * A pack may add, never replace: an id the built-in catalogue (or an earlier
 * pack) already uses is refused with a message naming the pack and the field.
 * A pack's component type may fill a built-in role (`sql-server`,
 * `client-workstation`), so flows between a pack and the built-in products
 * derive like any others.
 */
import { z } from '../zod';
import { CatalogueError, loadCatalogue, type Catalogue, type RawCatalogueFile } from './load';
import { ProductFile } from './schema';

/** A pack as a design embeds it: the file it was imported from, and its content as written. */
export const EmbeddedPack = z.strictObject({
  /** The pack's file name (or `custom components: <product>`), named in every message about it. */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** One catalogue file (src/model/catalogue/schema.ts `ProductFile`), validated when the design is restored. */
  content: z.record(z.string(), z.unknown()),
});
export type EmbeddedPack = z.infer<typeof EmbeddedPack>;

/** Product ids a pack may not take: derivation names flows drawn between products `custom`. */
const RESERVED_PRODUCTS = new Set(['custom']);

export interface PackMerge {
  /** The base catalogue with every valid pack merged in (the base itself when there are none). */
  catalogue: Catalogue;
  /** The packs that were merged, in order. */
  accepted: readonly EmbeddedPack[];
  /** One line per problem, each starting `pack "<name>": <field>: `; empty when every pack is valid. */
  problems: readonly string[];
  /** Names of the packs that were refused. */
  refused: readonly string[];
}

/** `components[0].services[1].ports`: the field as a person finds it in the pack. */
export function packFieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

interface Ids {
  products: Map<string, string>;
  /** Roles, component types and flows share one id space in the catalogue. */
  entries: Map<string, string>;
  roles: Set<string>;
}

function idsOf(catalogue: Catalogue): Ids {
  const builtIn = 'the built-in catalogue';
  const entries = new Map<string, string>();
  for (const id of catalogue.roles.keys()) entries.set(id, builtIn);
  for (const id of catalogue.components.keys()) entries.set(id, builtIn);
  for (const flow of catalogue.flows) entries.set(flow.id, builtIn);
  return {
    products: new Map([...catalogue.products.keys()].map((id) => [id, builtIn])),
    entries,
    roles: new Set(catalogue.roles.keys()),
  };
}

/** What a schema cannot see in one pack: shadowed ids and roles that exist nowhere. */
function packProblems(file: ProductFile, ids: Ids): string[] {
  const problems: string[] = [];
  const productOwner = ids.products.get(file.product.id);
  if (RESERVED_PRODUCTS.has(file.product.id)) problems.push(`product.id: "${file.product.id}" is reserved; choose another product id`);
  else if (productOwner) problems.push(`product.id: "${file.product.id}" is already a product of ${productOwner}; a pack may not replace it`);
  const own = new Set<string>();
  const claim = (id: string, field: string) => {
    const previous = ids.entries.get(id);
    if (previous) problems.push(`${field}: "${id}" is already defined by ${previous}; a pack may add ids, never shadow them`);
    else if (own.has(id)) problems.push(`${field}: "${id}" is defined twice in this pack`);
    own.add(id);
  };
  file.roles.forEach((role, i) => claim(role.id, `roles[${i}].id`));
  file.components.forEach((component, i) => claim(component.id, `components[${i}].id`));
  file.flows.forEach((flow, i) => claim(flow.id, `flows[${i}].id`));
  const packRoles = new Set(file.roles.map((r) => r.id));
  const known = (role: string) => ids.roles.has(role) || packRoles.has(role);
  const unknownRole = (role: string) => `role "${role}" is defined neither in this pack nor in the built-in catalogue (nor an earlier pack)`;
  file.components.forEach((component, i) =>
    component.roles.forEach((role, j) => {
      if (!known(role)) problems.push(`components[${i}].roles[${j}]: ${unknownRole(role)}`);
    }),
  );
  file.flows.forEach((flow, i) => {
    if (!known(flow.from)) problems.push(`flows[${i}].from: ${unknownRole(flow.from)}`);
    if (!known(flow.to)) problems.push(`flows[${i}].to: ${unknownRole(flow.to)}`);
  });
  return problems;
}

/** Adds a valid pack's ids to the ones later packs may not reuse. */
function claimIds(ids: Ids, file: ProductFile, name: string) {
  const owner = `pack "${name}"`;
  ids.products.set(file.product.id, owner);
  for (const role of file.roles) {
    ids.entries.set(role.id, owner);
    ids.roles.add(role.id);
  }
  for (const component of file.components) ids.entries.set(component.id, owner);
  for (const flow of file.flows) ids.entries.set(flow.id, owner);
}

function merge(base: Catalogue, packs: readonly EmbeddedPack[]): PackMerge {
  if (packs.length === 0) return { catalogue: base, accepted: [], problems: [], refused: [] };
  const ids = idsOf(base);
  const accepted: EmbeddedPack[] = [];
  const files: RawCatalogueFile[] = [...base.files];
  let catalogue = base;
  const problems: string[] = [];
  const refused: string[] = [];
  for (const pack of packs) {
    const prefix = `pack "${pack.name}"`;
    const parsed = ProductFile.safeParse(pack.content);
    let own: string[];
    if (!parsed.success) own = parsed.error.issues.map((issue) => `${packFieldPath(issue.path)}: ${issue.message}`);
    else own = packProblems(parsed.data, ids);
    if (own.length === 0) {
      // The cross-references the loader checks (conditions, parameters, roles nobody fills), with this pack added.
      try {
        catalogue = loadCatalogue([...files, { name: pack.name, data: pack.content }]);
      } catch (error) {
        if (!(error instanceof CatalogueError)) throw error;
        own = error.problems.map((p) => p.replace(`${pack.name}: `, ''));
      }
    }
    if (own.length > 0) {
      problems.push(...own.map((p) => `${prefix}: ${p}`));
      refused.push(pack.name);
      continue;
    }
    files.push({ name: pack.name, data: pack.content });
    accepted.push(pack);
    if (parsed.success) claimIds(ids, parsed.data, pack.name);
  }
  return { catalogue, accepted, problems, refused };
}

/** The few last pack sets per base catalogue: a design's packs rarely change, its other fields often. */
const MEMO_SIZE = 8;
const byText = new WeakMap<Catalogue, Map<string, PackMerge>>();
const byArray = new WeakMap<Catalogue, WeakMap<readonly EmbeddedPack[], PackMerge>>();

/**
 * The catalogue for a set of packs: the base with the packs merged in, in
 * order. Merged once per set of packs (by identity, then by content), so
 * derivation, the palette and the exports share one catalogue object.
 */
export function mergePacks(base: Catalogue, packs: readonly EmbeddedPack[] | undefined): PackMerge {
  if (!packs || packs.length === 0) return merge(base, []);
  let arrays = byArray.get(base);
  const hit = arrays?.get(packs);
  if (hit) return hit;
  let texts = byText.get(base);
  if (!texts) byText.set(base, (texts = new Map()));
  const key = JSON.stringify(packs);
  let result = texts.get(key);
  if (!result) {
    result = merge(base, packs);
    texts.set(key, result);
    if (texts.size > MEMO_SIZE) texts.delete(texts.keys().next().value!);
  }
  if (!arrays) byArray.set(base, (arrays = new WeakMap()));
  arrays.set(packs, result);
  return result;
}

/** The catalogue for a design: built-in plus its embedded packs (invalid packs, refused on restore, are left out). */
export function catalogueFor(design: { packs?: readonly EmbeddedPack[] | undefined }, base: Catalogue): Catalogue {
  return mergePacks(base, design.packs).catalogue;
}

/** The product id a pack's content declares, if it declares one (to replace an embedded copy by a newer file). */
export function packProductId(pack: EmbeddedPack): string | undefined {
  const product = pack.content['product'];
  if (product === null || typeof product !== 'object') return undefined;
  const id = (product as Record<string, unknown>)['id'];
  return typeof id === 'string' ? id : undefined;
}

/**
 * `packs` with `added` merged in: an added pack replaces an embedded one of
 * the same product id (a newer file of the same pack), otherwise it is appended.
 */
export function withPacksAdded(packs: readonly EmbeddedPack[] | undefined, added: readonly EmbeddedPack[]): EmbeddedPack[] {
  const out = [...(packs ?? [])];
  for (const pack of added) {
    const id = packProductId(pack);
    const at = id === undefined ? -1 : out.findIndex((p) => packProductId(p) === id);
    if (at >= 0) out[at] = pack;
    else out.push(pack);
  }
  return out;
}
