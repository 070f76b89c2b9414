/**
 * Autosave wiring: restore the last design before the editor renders, write
 * every change, and when another tab saves the same design, pause writing
 * here until the user picks a version, so neither tab silently overwrites
 * the other.
 *
 * Writing serialises the whole design (tens of milliseconds at 1000
 * components), so it never runs inside the edit's event: the latest design
 * is written when the browser is idle once edits have paused (QUIET_MS, then
 * at most WRITE_WITHIN_MS of waiting for idle time; LONGEST_WAIT_MS at most
 * through a steady stream of edits), and
 * at once when the page is hidden or left (`visibilitychange`, `pagehide`,
 * which fire on reload, close and tab switch), so no edit is ever lost.
 */
import { downloadFile } from '../io/files';
import { onOtherTabSave, readAutosave, setAsideAutosave, writeAutosave } from '../io/storage';
import { clearHistory, useDesignStore } from '../store/design-store';
import { useRoomStore } from '../store/room-store';
import { useSessionStore } from '../store/session-store';
import { designShown, noteFlowLimit, openDesignValue } from './commands';

const session = () => useSessionStore.getState();

/** While an autosave that could not be restored is kept only here, nothing may be written over it. */
let holdWrites = false;

function save(design: unknown) {
  // A shared room keeps its own copy (IndexedDB and the server); the local draft stays as it was.
  if (holdWrites || session().otherTabDesign !== undefined || useRoomStore.getState().roomId !== undefined) return;
  const result = writeAutosave(design);
  const problem = result.ok ? undefined : result.problem;
  if (session().storageProblem !== problem) session().setStorageProblem(problem);
}

/**
 * An edit this soon after the last one postpones the write: writing takes
 * tens of milliseconds at 1000 components, and a write between two quick
 * edits delays the second one's paint by that much (a click that arrives
 * during a task waits for it).
 */
const QUIET_MS = 600;
/** Then the longest the write waits for idle time. */
const WRITE_WITHIN_MS = 1000;
/** Edits in a steady stream are written at least this often all the same. */
const LONGEST_WAIT_MS = 4000;

/** The design not yet written, if any, since when a change has waited, and how to call its write off. */
let pending: { design: unknown; since: number; cancel: () => void } | undefined;

function saveSoon(design: unknown): void {
  const now = Date.now();
  const since = pending?.since ?? now;
  pending?.cancel();
  const write = () => {
    const latest = pending?.design;
    pending = undefined;
    save(latest);
  };
  const idle = typeof window.requestIdleCallback === 'function';
  let handle: number | undefined;
  const whenIdle = () => {
    handle = idle ? window.requestIdleCallback(write, { timeout: WRITE_WITHIN_MS }) : window.setTimeout(write, 200);
  };
  const timer = window.setTimeout(whenIdle, now - since >= LONGEST_WAIT_MS - QUIET_MS ? 0 : QUIET_MS);
  pending = {
    design,
    since,
    cancel: () => {
      window.clearTimeout(timer);
      if (handle === undefined) return;
      if (idle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    },
  };
}

/** Writes the waiting design now (the page is being hidden or left). */
export function flushAutosave(): void {
  if (!pending) return;
  const { design, cancel } = pending;
  pending = undefined;
  cancel();
  save(design);
}

/**
 * Opens the last design before the editor first renders (src/start.tsx):
 * nobody can edit an empty design in the moment a large one takes to derive,
 * and the first render already draws the design. Undo history starts after it.
 */
export async function restoreAutosave(): Promise<void> {
  // A task of its own: evaluating the editor's modules was one already, and restoring a large design is another.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const saved = readAutosave();
  if (saved) {
    // Shown, not only read: a design that fails while it is derived is set aside like one that fails to restore.
    const opened = saved.design !== undefined && openDesignValue(saved.design, 'The autosaved design') && (await designShown());
    if (!opened) keepUnrestorable(saved.text, saved.design);
  }
  clearHistory();
}

/** Starts writing every change; returns the function that stops it. */
export function startAutosave(): () => void {
  const unsubscribe = useDesignStore.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    saveSoon(state.design);
    noteFlowLimit(state.design);
  });
  const stopListening = onOtherTabSave((design) => session().setOtherTabDesign(design));
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flushAutosave();
  };
  window.addEventListener('pagehide', flushAutosave);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    flushAutosave();
    unsubscribe();
    stopListening();
    window.removeEventListener('pagehide', flushAutosave);
    document.removeEventListener('visibilitychange', onHidden);
  };
}

/**
 * An autosave that cannot be restored (newer, unknown, corrupt, refused) is
 * set aside under its own storage key and offered for download; the editor
 * starts empty. If it cannot be set aside, autosave pauses until it has been
 * downloaded, so the next edit never overwrites the only copy.
 */
function keepUnrestorable(text: string, design: unknown): void {
  const aside = setAsideAutosave(text);
  if (!aside.ok) holdWrites = true;
  const date = new Date().toISOString().slice(0, 10);
  const download = () => {
    const body = design === undefined ? text : `${JSON.stringify(design, null, 2)}\n`;
    downloadFile(`autosave-${date}.portolan.json`, body, 'application/json');
    holdWrites = false;
  };
  session().say(
    'warning',
    aside.ok
      ? `The autosaved design could not be restored, so Portolan started with an empty one. It is kept unchanged in this browser (${aside.key}) and nothing will overwrite it; download it to open it elsewhere or fix it.`
      : `The autosaved design could not be restored, and could not be set aside (${aside.problem}). Autosave is paused so it is not overwritten: download it first.`,
    { action: { label: 'Download the autosaved design', run: download } },
  );
}

export function takeOtherTabVersion(): void {
  const design = session().otherTabDesign;
  session().setOtherTabDesign(undefined);
  if (design !== undefined) openDesignValue(design, "The other tab's design");
}

export function keepThisTabVersion(): void {
  session().setOtherTabDesign(undefined);
  pending?.cancel();
  pending = undefined;
  save(useDesignStore.getState().design);
}
