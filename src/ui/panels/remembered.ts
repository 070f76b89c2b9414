/**
 * Panel sizes and collapsed state survive a reload: read once when the
 * editor starts, written (through src/io) whenever they change.
 */
import { readPreferences, writePreferences } from '../../io/preferences';
import { defaultPanels, useSessionStore, type PanelLayout } from '../../store/session-store';

/** Restores the remembered panels and keeps them remembered; returns the unsubscribe. */
export function rememberPanels(): () => void {
  const saved = readPreferences().panels ?? {};
  const panels: PanelLayout = {
    palette: saved.palette ?? defaultPanels.palette,
    inspector: saved.inspector ?? defaultPanels.inspector,
    matrix: saved.matrix ?? defaultPanels.matrix,
  };
  useSessionStore.getState().setPanels(panels);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = useSessionStore.subscribe((state, previous) => {
    if (state.panels === previous.panels) return;
    // A drag changes the size every frame: write once it rests.
    clearTimeout(timer);
    timer = setTimeout(() => writePreferences({ ...readPreferences(), panels: useSessionStore.getState().panels }), 150);
  });
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    writePreferences({ ...readPreferences(), panels: useSessionStore.getState().panels });
  };
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', flush);
  };
}
