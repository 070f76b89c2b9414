/**
 * Panel sizes and collapsed state survive a reload: read once when the
 * editor starts, written (through src/io) whenever they change.
 */
import { readPreferences, writePreferences } from '../../io/preferences';
import { defaultPanels, useSessionStore, type PanelLayout, type PanelName } from '../../store/session-store';

/**
 * Sets the remembered panels, unless they are set already. The editor does it before its first
 * render (mount.tsx): set from the first commit's layout effect, even unchanged sizes (a new
 * object) re-rendered every component reading the panels, at once, inside that commit.
 */
export function restorePanels(): void {
  const saved = readPreferences().panels ?? {};
  const panels: PanelLayout = {
    palette: saved.palette ?? defaultPanels.palette,
    inspector: saved.inspector ?? defaultPanels.inspector,
    matrix: saved.matrix ?? defaultPanels.matrix,
  };
  const { panels: current, setPanels } = useSessionStore.getState();
  const names = Object.keys(panels) as PanelName[];
  if (names.some((name) => current[name].size !== panels[name].size || current[name].collapsed !== panels[name].collapsed))
    setPanels(panels);
}

/** Restores the remembered panels and keeps them remembered; returns the unsubscribe. */
export function rememberPanels(): () => void {
  restorePanels();
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
