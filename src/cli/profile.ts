/** `--profile NAME|FILE`: a built-in profile, one saved in the design, or a JSON file. */
import type { Design } from '../model/design/schema';
import { COLUMN_DEFS } from '../model/export/columns';
import { BUILT_IN_PROFILES, findProfile, parseProfile, type ColumnProfile } from '../model/request/profiles';
import type { CliIo } from './io';

export class ProfileError extends Error {
  override name = 'ProfileError';
}

export async function resolveProfile(value: string | undefined, design: Design, io: CliIo): Promise<ColumnProfile | undefined> {
  if (value === undefined) return undefined;
  const named = findProfile(design.request?.profiles, value);
  if (named) return named;
  if (!/\.json$/i.test(value) && !value.includes('/')) {
    const names = [...BUILT_IN_PROFILES, ...(design.request?.profiles ?? [])].map((p) => p.name);
    throw new ProfileError(`no profile "${value}" (built in or in the design: ${names.join(', ')}; or name a .json file)`);
  }
  const text = new TextDecoder().decode(await io.readFile(value));
  const result = parseProfile(
    text,
    value,
    COLUMN_DEFS.map((c) => c.id),
  );
  if (!result.ok) throw new ProfileError(result.message);
  return result.profile;
}
