/**
 * The user's view preferences (panel sizes, which panels are collapsed),
 * kept in localStorage apart from the design: they belong to this browser,
 * not to the file. A value that is missing, unreadable or from an older
 * shape is ignored field by field, so a bad entry never blocks the editor.
 */
import { z } from '../model/zod';

const KEY = 'portolan.preferences.v1';

const Panel = z.object({ size: z.number().check(z.gte(0), z.lte(4000)), collapsed: z.boolean() });
export const Preferences = z.object({
  panels: z.optional(z.partial(z.object({ palette: Panel, inspector: Panel, matrix: Panel }))),
  /** The name shown with this person's comments, set once. */
  author: z.optional(z.string().check(z.maxLength(80))),
});
export type Preferences = z.infer<typeof Preferences>;

/** The comment author name remembered in this browser, if one was set. */
export const rememberedAuthor = (): string | undefined => readPreferences().author?.trim() || undefined;
export const rememberAuthor = (author: string): boolean => writePreferences({ ...readPreferences(), author: author.trim().slice(0, 80) });

export function readPreferences(): Preferences {
  try {
    const text = window.localStorage.getItem(KEY);
    if (!text) return {};
    const parsed = Preferences.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Writes the preferences; storage that is full or unavailable only means they are not remembered. */
export function writePreferences(preferences: Preferences): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(preferences));
    return true;
  } catch {
    return false;
  }
}
