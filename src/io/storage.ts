/**
 * The autosave: every change to the design is written to localStorage at
 * once, so a reload, a crash or a closed tab loses nothing. When storage is
 * full or unavailable (private mode), the caller is told and the work stays
 * in memory. Writes carry the tab's id so a second tab on the same design is
 * noticed instead of silently overwritten.
 */
const KEY = 'portolan.autosave.v1';

export const tabId = Math.random().toString(36).slice(2, 10);

interface Saved {
  tabId: string;
  savedAt: string;
  design: unknown;
}

export type StorageResult = { ok: true } | { ok: false; problem: string };

export function writeAutosave(design: unknown): StorageResult {
  try {
    const saved: Saved = { tabId, savedAt: new Date().toISOString(), design };
    window.localStorage.setItem(KEY, JSON.stringify(saved));
    return { ok: true };
  } catch (error) {
    const full = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
    return {
      ok: false,
      problem: full
        ? 'Browser storage is full, so changes are no longer autosaved. Your work is still here: save it as a file.'
        : 'Browser storage is unavailable (private browsing?), so changes are not autosaved. Your work is still here: save it as a file.',
    };
  }
}

/** The last autosaved design, or undefined when there is none or storage cannot be read. */
export function readAutosave(): { design: unknown; savedAt: string } | undefined {
  try {
    const text = window.localStorage.getItem(KEY);
    if (!text) return undefined;
    const saved = JSON.parse(text) as Saved;
    return { design: saved.design, savedAt: saved.savedAt };
  } catch {
    return undefined;
  }
}

/** Calls back when another tab autosaves the design; returns the unsubscribe. */
export function onOtherTabSave(callback: (design: unknown) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key !== KEY || !event.newValue) return;
    try {
      const saved = JSON.parse(event.newValue) as Saved;
      if (saved.tabId !== tabId) callback(saved.design);
    } catch {
      // A value we cannot read is not a design to offer.
    }
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
