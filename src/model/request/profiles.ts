/**
 * Column profiles: which columns the CSV and the workbook carry, in which
 * order and under which headers, so the export matches an organisation's own
 * form. Saved in the design (`request.profiles`); three are built in. A
 * profile names columns by id (see `export/columns.ts`); an empty list means
 * the format's full set.
 */
import { z } from '../zod';

export const ProfileColumn = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  /** The organisation's own header; the column's usual header when absent. */
  header: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
});

export const ColumnProfile = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(60)),
  /** `per-zone-pair`: one workbook sheet (or CSV file) per source and destination zone. */
  layout: z._default(z.enum(['single', 'per-zone-pair']), 'single'),
  /** `service`: one row per source, destination and service, the justifications joined. */
  merge: z._default(z.enum(['none', 'service']), 'none'),
  columns: z._default(z.array(ProfileColumn).check(z.maxLength(60)), []),
});

export type ProfileColumn = z.infer<typeof ProfileColumn>;
export type ColumnProfile = z.infer<typeof ColumnProfile>;

export const BUILT_IN_PROFILES: readonly ColumnProfile[] = [
  { name: 'full', layout: 'single', merge: 'none', columns: [] },
  {
    name: 'compact',
    layout: 'single',
    merge: 'service',
    columns: [
      { id: 'ref', header: 'Matrix rows' },
      { id: 'source-component', header: 'Source' },
      { id: 'source-ip' },
      { id: 'destination-component', header: 'Destination' },
      { id: 'destination-ip' },
      { id: 'protocol' },
      { id: 'port' },
      { id: 'service', header: 'Service' },
      { id: 'justification' },
      { id: 'lifetime' },
      { id: 'expires' },
    ],
  },
  { name: 'zone-pairs', layout: 'per-zone-pair', merge: 'none', columns: [] },
];

/** A built-in profile, or one saved in the design, by name (case-insensitive). */
export function findProfile(saved: readonly ColumnProfile[] | undefined, name: string): ColumnProfile | undefined {
  const wanted = name.trim().toLowerCase();
  return [...(saved ?? []), ...BUILT_IN_PROFILES].find((p) => p.name.toLowerCase() === wanted);
}

export type ProfileResult = { ok: true; profile: ColumnProfile } | { ok: false; message: string };

/** A profile from a JSON file, checked, with unknown column ids named. */
export function parseProfile(text: string, source: string, knownColumns: readonly string[]): ProfileResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = ColumnProfile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `${source} is not a column profile: ${issue.path.join('.') || 'the top level'}: ${issue.message}` };
  }
  const unknown = parsed.data.columns.filter((c) => !knownColumns.includes(c.id)).map((c) => c.id);
  if (unknown.length > 0)
    return { ok: false, message: `${source} names unknown columns: ${unknown.join(', ')} (columns: ${knownColumns.join(', ')})` };
  return { ok: true, profile: parsed.data };
}
