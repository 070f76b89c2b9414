/**
 * The one restore path for every design that comes in (a file, a paste, the
 * autosave): size and encoding, JSON, forbidden keys, version and migration,
 * schema, references, values, then normalisation. It never throws and never
 * touches the caller's current design: it returns a design or a problem.
 */
import type { Catalogue } from '../catalogue/load';
import { mergePacks, withPacksAdded, type EmbeddedPack } from '../catalogue/packs';
import { migrateDesign } from './migrate';
import { DesignInput, type Design } from './schema';
import { checkReferences, checkValues, lookalikeHosts } from './checks';
import { colocate } from './colocate';
import { fail, MAX_DETAILS, type RestoreFailure } from './problems';
import { MAX_JSON_DEPTH, scanJson } from './json-scan';
import { screenComments } from '../review/comments';

export const MAX_DESIGN_BYTES = 5 * 1024 * 1024;

export interface RestoreOptions {
  /**
   * Catalogue packs given beside the design (the CLI's `--catalogue`): embedded
   * into the restored design, replacing an embedded pack of the same product.
   */
  packs?: readonly EmbeddedPack[];
}

export type RestoreResult = { ok: true; design: Design; warnings: string[] } | RestoreFailure;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Restores a design from file bytes or text. `source` names it in messages (a file name). Never throws. */
export function restoreDesign(
  input: string | Uint8Array,
  catalogue: Catalogue,
  source = 'The design',
  options: RestoreOptions = {},
): RestoreResult {
  try {
    return restoreText(input, catalogue, source, options);
  } catch (error) {
    return unexpected(error, source);
  }
}

/** Restores an already-parsed value (the autosave, a test). Never throws. */
export function restoreDesignValue(
  value: unknown,
  catalogue: Catalogue,
  source = 'The design',
  options: RestoreOptions = {},
): RestoreResult {
  try {
    return restoreValue(value, catalogue, source, options);
  } catch (error) {
    return unexpected(error, source);
  }
}

/** A failure no check foresaw (a bug, or memory): said as a problem, never thrown at the caller. */
function unexpected(error: unknown, source: string): RestoreFailure {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return fail('unexpected', `${source} could not be read: ${reason}. Nothing was changed.`);
}

function restoreText(input: string | Uint8Array, catalogue: Catalogue, source: string, options: RestoreOptions): RestoreResult {
  const size = typeof input === 'string' ? new TextEncoder().encode(input).length : input.byteLength;
  if (size > MAX_DESIGN_BYTES) {
    return fail('too-large', `${source} is ${(size / 1024 / 1024).toFixed(1)} MB; designs are limited to 5 MB.`);
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fail('not-utf8', `${source} is not UTF-8 text; save it as UTF-8 JSON.`);
    }
  }
  const body = text.replace(/^\uFEFF/, '');
  const scanned = scanJson(body);
  if (scanned?.kind === 'too-deep') {
    return fail(
      'too-deep',
      `${source} nests objects or lists more than ${scanned.depth} levels deep (at line ${scanned.line}, column ${scanned.column}); a design needs a handful.`,
    );
  }
  if (scanned?.kind === 'duplicate-key') {
    return fail(
      'duplicate-key',
      `${source} has the key "${scanned.key}" twice in ${scanned.path} (line ${scanned.line}, column ${scanned.column}); which one is meant is unclear, so it was not loaded.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return fail('not-json', `${source} is not valid JSON: ${jsonErrorWhere(error, text)}.`);
  }
  return restoreValue(value, catalogue, source, options);
}

function restoreValue(value: unknown, catalogue: Catalogue, source: string, options: RestoreOptions): RestoreResult {
  const forbidden = findForbiddenKey(value);
  if (forbidden === 'too-deep') {
    return fail('too-deep', `${source} nests objects or lists more than ${MAX_JSON_DEPTH} levels deep; a design needs a handful.`);
  }
  if (forbidden) {
    return fail(
      'forbidden-key',
      `${source} contains the key "${forbidden.key}" at ${forbidden.path}, which a design never uses; it was not loaded.`,
    );
  }
  const migrated = migrateDesign(value, source);
  if (!migrated.ok) return migrated;
  // A bad comment is left out with a warning; it never stops the design from opening.
  const screened = screenComments(migrated.value, source);
  const parsed = DesignInput.safeParse(screened.value);
  if (!parsed.success) {
    const { issues } = parsed.error;
    const details = issues.slice(0, MAX_DETAILS + 1).map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
    const failure = fail('invalid', `${source} has a problem in ${details[0]}.`, details);
    if (issues.length > MAX_DETAILS + 1)
      failure.problem.details[MAX_DETAILS] = `and ${(issues.length - MAX_DETAILS).toLocaleString('en-US')} more`;
    return failure;
  }
  const withIds = assignIds(parsed.data);
  if (options.packs && options.packs.length > 0) withIds.packs = withPacksAdded(withIds.packs, options.packs);
  const restored = restoreWithPacks(withIds, catalogue, source);
  return restored.ok && screened.warnings.length > 0 ? { ...restored, warnings: [...screened.warnings, ...restored.warnings] } : restored;
}

/** The design's embedded packs merged onto the catalogue, then every check against the result. */
function restoreWithPacks(withIds: Design, base: Catalogue, source: string): RestoreResult {
  const packs = mergePacks(base, withIds.packs);
  if (packs.problems.length > 0) {
    const failure = fail(
      'invalid-pack',
      `${source} embeds a catalogue pack that is not valid, ${packs.problems[0]}. Nothing was changed.`,
      [...packs.problems],
    );
    // The rest of the design, without the refused packs and the components that need them, to offer the user.
    const rest = restoreWithPacks({ ...withIds, packs: [...packs.accepted] }, base, source);
    const withoutUnknown = rest.ok ? rest.design : rest.withoutUnknown;
    return withoutUnknown ? { ...failure, withoutUnknown } : failure;
  }
  const catalogue = packs.catalogue;
  const references = checkReferences(withIds, catalogue, source);
  if (!references.ok) return references;
  const values = checkValues(withIds, catalogue, source);
  if (!values.ok) return values;
  const lookalike = lookalikeHosts(withIds, source);
  if (lookalike) return lookalike;
  const colocated = colocate(withIds);
  return { ok: true, design: colocated.design, warnings: [...values.warnings, ...colocated.warnings] };
}

/** `components[2].ip`: the field as a user finds it in the file. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the top level';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

function jsonErrorWhere(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  if (!match) return message.replace(/^JSON\.parse: /, '');
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

/** The first forbidden key, depth first, without recursion (a value may come from storage, not text we scanned). */
export function findForbiddenKey(root: unknown): { key: string; path: string } | 'too-deep' | undefined {
  // Each entry points at its parent; the path is spelled out only for the one key reported
  // (copying it for every value was most of the walk's time and garbage on a large design).
  interface Entry {
    value: unknown;
    depth: number;
    parent?: Entry;
    key?: PropertyKey;
  }
  const pathOf = (entry: Entry) => {
    const path: PropertyKey[] = [];
    for (let at: Entry | undefined = entry; at?.parent; at = at.parent) path.push(at.key!);
    return path.reverse();
  };
  const stack: Entry[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { value, depth } = entry;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return 'too-deep';
    const keys = Object.keys(value);
    for (const key of keys) if (FORBIDDEN_KEYS.has(key)) return { key, path: fieldPath(pathOf(entry)) };
    const list = Array.isArray(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const child = (value as Record<string, unknown>)[key];
      // Strings, numbers and the like hold no keys: most values end here without an entry.
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, depth: depth + 1, parent: entry, key: list ? Number(key) : key });
    }
  }
  return undefined;
}

/** Numbers the zones, components and flows a person wrote without ids, avoiding ids in use. */
function assignIds(input: DesignInput): Design {
  const used = new Set<string>([
    ...input.zones.flatMap((z) => (z.id ? [z.id] : [])),
    ...input.components.flatMap((c) => (c.id ? [c.id] : [])),
    ...input.flows.flatMap((f) => (f.id ? [f.id] : [])),
  ]);
  const fresh = (prefix: string) => {
    let n = 1;
    while (used.has(`${prefix}${n}`)) n += 1;
    used.add(`${prefix}${n}`);
    return `${prefix}${n}`;
  };
  return {
    ...input,
    zones: input.zones.map((zone) => ({ ...zone, id: zone.id ?? fresh('zone-') })),
    // Copied only when an id is added: a restored design usually has them all (2000 copies cost a load).
    components: input.components.map((c) => (c.id === undefined ? { ...c, id: fresh('c') } : (c as typeof c & { id: string }))),
    flows: input.flows.map((f) => ({ ...f, id: f.id ?? fresh('f') })),
  };
}
