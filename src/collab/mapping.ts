/**
 * The design ↔ Y.Doc mapping. Generic on purpose: every top-level field of
 * the design is stored by its shape, so fields other parts of Portolan add
 * (comments, approvals, request fields) sync without changes here.
 *
 * - an array of objects with a string `id` ("items": zones, components,
 *   flows, comments) → root Y.Map `items:<key>`: id → Y.Map of fields (each
 *   field a JSON value), plus an order number. Two people editing different
 *   items, or different fields of one item, both keep their change.
 * - an array of strings ("set": `excluded`) → root Y.Map `set:<key>`:
 *   string → order number, so switching two flows off at once keeps both.
 * - a plain object ("object": `meta`) → root Y.Map `object:<key>`: field → JSON.
 * - anything else → one JSON value in the root Y.Map `values`.
 *
 * Root types (never nested maps created on the fly) so two clients that add
 * the first comment at once do not replace each other's map. The root map
 * `keys` says which top-level fields exist and how each is stored.
 */
import * as Y from 'yjs';

export type Kind = 'items' | 'set' | 'object' | 'value';
type Plain = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types over their event type
type AnyType = Y.AbstractType<any>;

/** The field holding an item's place in its list (a name no design field uses). */
export const ORDER = '~order';
const KNOWN: Readonly<Record<string, Kind>> = {
  zones: 'items',
  components: 'items',
  flows: 'items',
  comments: 'items',
  approvals: 'items',
  excluded: 'set',
  meta: 'object',
};

export const keysOf = (doc: Y.Doc) => doc.getMap<Kind>('keys');
const rootName = (key: string, kind: Kind) => (kind === 'value' ? 'values' : `${kind}:${key}`);
export const rootOf = (doc: Y.Doc, key: string, kind: Kind) => doc.getMap<unknown>(rootName(key, kind));

const isPlainObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
const isItem = (value: unknown): value is Plain & { id: string } => isPlainObject(value) && typeof value.id === 'string';

function kindFor(key: string, value: unknown): Kind | undefined {
  if (KNOWN[key]) return KNOWN[key];
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined; // decided when the first entry arrives
    if (value.every((v) => typeof v === 'string')) return 'set';
    if (value.every(isItem)) return 'items';
    return 'value';
  }
  return isPlainObject(value) ? 'object' : 'value';
}

/** Whether the value can be stored under the kind the room already uses for its key. */
function fits(kind: Kind, value: unknown): boolean {
  if (kind === 'items') return Array.isArray(value) && value.every(isItem);
  if (kind === 'set') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  if (kind === 'object') return isPlainObject(value);
  return true;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Plain)[k], (b as Plain)[k]));
}

/**
 * Writes `next` into the document (call inside `doc.transact`). `previous`
 * is the design the document held last (as this client knows it): fields and
 * items that are the same object there are skipped, so a drag writes one
 * position and not the whole design.
 */
export function writeDesign(doc: Y.Doc, next: Plain, previous?: Plain): void {
  const keys = keysOf(doc);
  const all = new Set([...Object.keys(next), ...keys.keys()]);
  for (const key of all) {
    const value = next[key];
    const known = keys.get(key);
    if (value === undefined) {
      if (known) {
        clearRoot(doc, key, known);
        keys.delete(key);
      }
      continue;
    }
    if (known && previous && previous[key] === value) continue;
    let kind = known ?? kindFor(key, value);
    if (kind === undefined) continue;
    if (!fits(kind, value)) {
      // The shape changed (rare: a field another version stored differently): store it whole.
      clearRoot(doc, key, kind);
      kind = 'value';
    }
    if (known !== kind) keys.set(key, kind);
    if (kind === 'items') writeItems(rootOf(doc, key, kind) as Y.Map<Y.Map<unknown>>, value as (Plain & { id: string })[], previous?.[key]);
    else if (kind === 'set') writeSet(rootOf(doc, key, kind) as Y.Map<number>, value as string[]);
    else if (kind === 'object') writeFields(rootOf(doc, key, kind), value as Plain);
    else if (!deepEqual(rootOf(doc, key, kind).get(key), value)) rootOf(doc, key, kind).set(key, value);
  }
}

function clearRoot(doc: Y.Doc, key: string, kind: Kind) {
  const root = rootOf(doc, key, kind);
  if (kind === 'value') root.delete(key);
  else for (const k of [...root.keys()]) root.delete(k);
}

function writeFields(target: Y.Map<unknown>, value: Plain, skip?: string) {
  for (const [field, v] of Object.entries(value)) {
    if (v !== undefined && !deepEqual(target.get(field), v)) target.set(field, v);
  }
  for (const field of [...target.keys()]) if (field !== skip && value[field] === undefined) target.delete(field);
}

function writeItems(root: Y.Map<Y.Map<unknown>>, items: readonly (Plain & { id: string })[], previous: unknown) {
  const before = Array.isArray(previous) ? new Map((previous as Plain[]).map((item) => [item.id, item])) : undefined;
  let top: number | undefined;
  const nextOrder = () => {
    top ??= Math.max(-1, ...[...root.values()].map((item) => Number(item.get(ORDER) ?? 0)));
    top += 1;
    return top;
  };
  const ids = new Set<string>();
  for (const item of items) {
    ids.add(item.id);
    const existing = root.get(item.id);
    if (existing && before?.get(item.id) === item) continue;
    if (!existing) {
      const entries: [string, unknown][] = Object.entries(item).filter(([, v]) => v !== undefined);
      root.set(item.id, new Y.Map<unknown>([...entries, [ORDER, nextOrder()]]));
    } else writeFields(existing, item, ORDER);
  }
  for (const id of [...root.keys()]) if (!ids.has(id)) root.delete(id);
}

function writeSet(root: Y.Map<number>, values: readonly string[]) {
  const wanted = new Set(values);
  let top = Math.max(-1, ...root.values());
  for (const value of values) if (!root.has(value)) root.set(value, (top += 1));
  for (const value of [...root.keys()]) if (!wanted.has(value)) root.delete(value);
}

/**
 * Reads the design out of the document, reusing the objects of unchanged
 * items and fields between reads (derivation and React skip what is the same
 * object). Call `invalidate` with each transaction's changed types.
 */
export class DesignReader {
  private readonly cache = new WeakMap<AnyType, unknown>();
  constructor(private readonly doc: Y.Doc) {}

  /** Forgets what a transaction changed (and the lists holding it). */
  invalidate(changed: Iterable<AnyType>): void {
    for (const type of changed) {
      for (let t: AnyType | null = type; t; t = t.parent) this.cache.delete(t);
    }
  }

  read(): Plain {
    const design: Plain = {};
    for (const [key, kind] of keysOf(this.doc).entries()) {
      const root = rootOf(this.doc, key, kind);
      if (kind === 'value') {
        if (root.has(key)) design[key] = root.get(key);
        continue;
      }
      let value = this.cache.get(root);
      if (value === undefined) {
        value =
          kind === 'items'
            ? this.readItems(root as Y.Map<Y.Map<unknown>>)
            : kind === 'set'
              ? readSet(root as Y.Map<number>)
              : root.toJSON();
        this.cache.set(root, value);
      }
      design[key] = value;
    }
    return design;
  }

  private readItems(root: Y.Map<Y.Map<unknown>>): Plain[] {
    const rows = [...root.entries()].map(([id, map]) => {
      let item = this.cache.get(map) as Plain | undefined;
      if (!item) {
        item = Object.fromEntries([...map.entries()].filter(([field]) => field !== ORDER));
        this.cache.set(map, item);
      }
      return { id, order: Number(map.get(ORDER) ?? 0), item };
    });
    rows.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return rows.map((row) => row.item);
  }
}

/** Sorted, so every client reads the same list (and `excluded` stays sorted as the editor keeps it). */
function readSet(root: Y.Map<number>): string[] {
  return [...root.keys()].sort();
}

/** Every root type a design may use (the UndoManager's scope grows as fields appear). */
export function rootTypes(doc: Y.Doc): AnyType[] {
  return [keysOf(doc), ...[...keysOf(doc).entries()].map(([key, kind]) => rootOf(doc, key, kind))];
}
