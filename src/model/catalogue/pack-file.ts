/**
 * Reading a catalogue pack file (the editor's Import pack…, the CLI's
 * `--catalogue FILE`): size, encoding, the same JSON scan and forbidden keys
 * as a design, then the pack checked against the catalogue it joins. Every
 * message names the file and, where there is one, the field.
 */
import { findForbiddenKey } from '../design/restore';
import { scanJson } from '../design/json-scan';
import type { Catalogue } from './load';
import { mergePacks, withPacksAdded, type EmbeddedPack } from './packs';

/** A pack is a catalogue file: the largest built-in one is about 100 KB. */
export const MAX_PACK_BYTES = 1024 * 1024;

export type PackRead = { ok: true; pack: EmbeddedPack } | { ok: false; message: string; details: string[] };

const failed = (message: string, details: string[] = []): PackRead => ({ ok: false, message, details });

/** Parses a pack file; `name` is its file name, used in every message and kept in the design. */
export function readPackFile(name: string, input: string | Uint8Array): PackRead {
  const size = typeof input === 'string' ? new TextEncoder().encode(input).length : input.byteLength;
  if (size > MAX_PACK_BYTES) return failed(`Pack "${name}" is ${(size / 1024 / 1024).toFixed(1)} MB; a pack is limited to 1 MB.`);
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return failed(`Pack "${name}" is not UTF-8 text; save it as UTF-8 JSON.`);
  }
  const body = text.replace(/^\uFEFF/, '');
  const scanned = scanJson(body);
  if (scanned?.kind === 'too-deep') return failed(`Pack "${name}" nests more than ${scanned.depth} levels deep (line ${scanned.line}).`);
  if (scanned?.kind === 'duplicate-key') {
    return failed(`Pack "${name}" has the key "${scanned.key}" twice in ${scanned.path} (line ${scanned.line}, column ${scanned.column}).`);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return failed(`Pack "${name}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failed(`Pack "${name}" is not a catalogue file: it must be one JSON object with "product", "roles", "components" and "flows".`);
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden === 'too-deep') return failed(`Pack "${name}" nests too deep.`);
  if (forbidden) return failed(`Pack "${name}" contains the key "${forbidden.key}" at ${forbidden.path}, which a catalogue never uses.`);
  return { ok: true, pack: { name: name.slice(0, 200) || 'pack.json', content: value as Record<string, unknown> } };
}

/**
 * The design's packs with `added` merged in (a pack of the same product
 * replaces its older copy), or the problems of the added packs. Problems of
 * packs already embedded are not the new file's fault and are left to restore.
 */
export function addPacks(
  embedded: readonly EmbeddedPack[] | undefined,
  added: readonly EmbeddedPack[],
  base: Catalogue,
): { ok: true; packs: EmbeddedPack[] } | { ok: false; message: string; details: string[] } {
  const packs = withPacksAdded(embedded, added);
  const merged = mergePacks(base, packs);
  const names = new Set(added.map((p) => p.name));
  const problems = merged.problems.filter((p) => [...names].some((n) => p.startsWith(`pack "${n}": `)));
  if (problems.length > 0) {
    return { ok: false, message: `Pack not added, ${problems[0]}.`, details: problems };
  }
  return { ok: true, packs };
}
