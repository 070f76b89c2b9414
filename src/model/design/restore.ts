/**
 * The one restore path for every design that comes in (a file, a paste, the
 * autosave): size and encoding, JSON, forbidden keys, version and migration,
 * schema, references, values, then normalisation. It never throws and never
 * touches the caller's current design: it returns a design or a problem.
 */
import type { Catalogue } from '../catalogue/load';
import { migrateDesign } from './migrate';
import { DesignInput, type Design } from './schema';
import { checkReferences, checkValues, colocate } from './checks';
import { fail, type RestoreFailure } from './problems';

export const MAX_DESIGN_BYTES = 5 * 1024 * 1024;

export type RestoreResult =
  | { ok: true; design: Design; warnings: string[] }
  | RestoreFailure;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);


/** Restores a design from file bytes or text. `source` names it in messages (a file name). */
export function restoreDesign(input: string | Uint8Array, catalogue: Catalogue, source = 'The design'): RestoreResult {
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
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('not-json', `${source} is not valid JSON: ${jsonErrorWhere(error, text)}.`);
  }
  return restoreDesignValue(value, catalogue, source);
}

/** Restores an already-parsed value (the autosave, a test). */
export function restoreDesignValue(value: unknown, catalogue: Catalogue, source = 'The design'): RestoreResult {
  const forbidden = findForbiddenKey(value, []);
  if (forbidden) {
    return fail('forbidden-key', `${source} contains the key "${forbidden.key}" at ${forbidden.path}, which a design never uses; it was not loaded.`);
  }
  const migrated = migrateDesign(value, source);
  if (!migrated.ok) return migrated;
  const parsed = DesignInput.safeParse(migrated.value);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
    return fail('invalid', `${source} has a problem in ${details[0]}.`, details);
  }
  const withIds = assignIds(parsed.data);
  const references = checkReferences(withIds, catalogue, source);
  if (!references.ok) return references;
  const values = checkValues(withIds, catalogue, source);
  if (!values.ok) return values;
  const colocated = colocate(withIds, source);
  if (!colocated.ok) return colocated;
  return { ok: true, design: colocated.design, warnings: values.warnings };
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

function findForbiddenKey(value: unknown, path: PropertyKey[]): { key: string; path: string } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { key, path: fieldPath(path) };
    const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
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
    components: input.components.map((c) => ({ ...c, id: c.id ?? fresh('c') })),
    flows: input.flows.map((f) => ({ ...f, id: f.id ?? fresh('f') })),
  };
}
