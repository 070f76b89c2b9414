/** How small and large each panel may be, so the canvas always keeps room. */
import type { PanelName } from '../../store/session-store';

export const PANEL_LIMITS: Record<PanelName, { min: number; max: number }> = {
  palette: { min: 140, max: 520 },
  inspector: { min: 200, max: 640 },
  matrix: { min: 110, max: 900 },
};

/** A size within the panel's limits and at most about half the window on its axis. */
export function clampPanel(panel: PanelName, size: number, windowWidth: number, windowHeight: number): number {
  const { min, max } = PANEL_LIMITS[panel];
  const room = panel === 'matrix' ? windowHeight * 0.6 : windowWidth * 0.4;
  return Math.round(Math.max(min, Math.min(size, max, Math.max(min, room))));
}
