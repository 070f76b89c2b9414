/**
 * The autosave: every change to the design is written to localStorage in
 * the next idle moment, and at once when the page is hidden or left
 * (src/ui/autosave.ts), so a reload or a closed tab loses nothing. When storage is
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
    const text = JSON.stringify(saved);
    window.localStorage.setItem(KEY, text);
    saves()?.postMessage(text);
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

/**
 * The last autosave: its design, or, when the stored text is not even our
 * wrapper (corrupt), only the text. Undefined when there is none or storage
 * cannot be read. The text always comes along, so a design that cannot be
 * restored can be set aside exactly as it was.
 */
export function readAutosave(): { text: string; design?: unknown; savedAt?: string } | undefined {
  let text: string | null;
  try {
    text = window.localStorage.getItem(KEY);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  try {
    const saved = JSON.parse(text) as Partial<Saved> | null;
    if (saved === null || typeof saved !== 'object' || !('design' in saved)) return { text };
    return { text, design: saved.design, ...(typeof saved.savedAt === 'string' && { savedAt: saved.savedAt }) };
  } catch {
    return { text };
  }
}

const SET_ASIDE_PREFIX = 'portolan.autosave.set-aside.';

/**
 * Keeps an autosave that could not be restored under a key of its own
 * (`portolan.autosave.set-aside.<time>`), which no autosave ever writes, so
 * the next edit cannot overwrite it. Returns the key, or the problem.
 */
export function setAsideAutosave(text: string): { ok: true; key: string } | { ok: false; problem: string } {
  try {
    const storage = window.localStorage;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(SET_ASIDE_PREFIX) && storage.getItem(key) === text) return { ok: true, key };
    }
    let key = `${SET_ASIDE_PREFIX}${new Date().toISOString()}`;
    while (storage.getItem(key) !== null) key += '+';
    storage.setItem(key, text);
    return { ok: true, key };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Tabs tell one another of a save on a channel, not through the `storage`
 * event: adding a `storage` listener makes Chromium load the whole storage
 * area again, about 20 ms in the middle of opening a large design. The
 * message carries the saved text: another tab's copy of storage may not have
 * it yet when the message arrives.
 */
let channel: BroadcastChannel | null | undefined;
const saves = () => (channel === undefined ? (channel = 'BroadcastChannel' in window ? new BroadcastChannel(KEY) : null) : channel);

/** Calls back when another tab autosaves the design; returns the unsubscribe. */
export function onOtherTabSave(callback: (design: unknown) => void): () => void {
  const listener = (event: MessageEvent<unknown>) => {
    if (typeof event.data !== 'string') return;
    try {
      const saved = JSON.parse(event.data) as Saved;
      if (saved.tabId !== tabId) callback(saved.design);
    } catch {
      // A value we cannot read is not a design to offer.
    }
  };
  saves()?.addEventListener('message', listener);
  return () => saves()?.removeEventListener('message', listener);
}
