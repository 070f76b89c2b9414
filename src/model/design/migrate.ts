/**
 * Design format migrations. Each entry lifts a document from version n to
 * n + 1; restore applies them in order up to DESIGN_SCHEMA_VERSION, so a file
 * saved by any earlier Portolan opens in this one, and a file saved by this
 * one tells an older Portolan that it is newer (rather than failing on a
 * field it does not know).
 *
 * Version 2 only adds optional fields (request fields, acknowledgements, zone
 * policy, approvals, component NAT, catalogue packs, comments): every
 * version 1 document is a valid version 2 document as it stands.
 */
import { DESIGN_SCHEMA_VERSION } from './schema';
import { fail, type RestoreFailure } from './problems';

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Readonly<Record<number, Migration>> = {
  1: (doc) => doc,
};

/** Versions whose step to the next only adds optional fields: a live room of such a version can be lifted in place. */
export const ADDITIVE_STEPS: ReadonlySet<number> = new Set([1]);

/** Whether a document of `version` is valid at the current version without any change. */
export function liftsInPlace(version: number, current: number = DESIGN_SCHEMA_VERSION): boolean {
  for (let v = version; v < current; v += 1) if (!ADDITIVE_STEPS.has(v)) return false;
  return version <= current;
}

export function migrateDesign(
  value: unknown,
  source: string,
  chain: Readonly<Record<number, Migration>> = migrations,
  current: number = DESIGN_SCHEMA_VERSION,
): { ok: true; value: Record<string, unknown> } | RestoreFailure {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('invalid', `${source} is not a Portolan design: expected a JSON object with "schemaVersion".`);
  }
  let doc = value as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (version === undefined) {
    return fail('no-version', `${source} has no "schemaVersion"; a Portolan design starts with "schemaVersion": ${current}.`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      'unknown-version',
      `${source} has an unknown "schemaVersion" ${JSON.stringify(version)}; this Portolan reads versions 1 to ${current}.`,
    );
  }
  if (version > current) {
    return fail(
      'newer-version',
      `${source} was saved by a newer Portolan (schemaVersion ${version}); this one reads up to ${current}. Update Portolan to open it.`,
    );
  }
  for (let v = version; v < current; v += 1) {
    const step = chain[v];
    if (!step) {
      return fail('unknown-version', `${source} has schemaVersion ${version}, and no migration from version ${v} exists.`);
    }
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, value: doc };
}
