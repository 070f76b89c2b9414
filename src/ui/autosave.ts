/**
 * Autosave wiring: restore the last design on start, write every change,
 * and when another tab saves the same design, pause writing here until the
 * user picks a version, so neither tab silently overwrites the other.
 */
import { onOtherTabSave, readAutosave, writeAutosave } from '../io/storage';
import { clearHistory, useDesignStore } from '../store/design-store';
import { useRoomStore } from '../store/room-store';
import { useSessionStore } from '../store/session-store';
import { openDesignValue } from './commands';

const session = () => useSessionStore.getState();

function save(design: unknown) {
  // A shared room keeps its own copy (IndexedDB and the server); the local draft stays as it was.
  if (session().otherTabDesign !== undefined || useRoomStore.getState().roomId !== undefined) return;
  const result = writeAutosave(design);
  const problem = result.ok ? undefined : result.problem;
  if (session().storageProblem !== problem) session().setStorageProblem(problem);
}

/** Starts autosave; returns the function that stops it. */
export function startAutosave(): () => void {
  const saved = readAutosave();
  if (saved && !openDesignValue(saved.design, 'The autosaved design')) {
    session().say('warning', 'The autosaved design could not be restored, so Portolan started with an empty one.');
  }
  clearHistory();
  const unsubscribe = useDesignStore.subscribe((state, previous) => {
    if (state.design !== previous.design) save(state.design);
  });
  const stopListening = onOtherTabSave((design) => session().setOtherTabDesign(design));
  return () => {
    unsubscribe();
    stopListening();
  };
}

export function takeOtherTabVersion(): void {
  const design = session().otherTabDesign;
  session().setOtherTabDesign(undefined);
  if (design !== undefined) openDesignValue(design, "The other tab's design");
}

export function keepThisTabVersion(): void {
  session().setOtherTabDesign(undefined);
  save(useDesignStore.getState().design);
}
