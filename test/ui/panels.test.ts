// @vitest-environment jsdom
/** Remembered panel sizes: what survives a reload, and what a bad stored value does (nothing). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPreferences, writePreferences } from '../../src/io/preferences';
import { defaultPanels, useSessionStore } from '../../src/store/session-store';
import { clampPanel } from '../../src/ui/panels/limits';
import { rememberPanels } from '../../src/ui/panels/remembered';

const KEY = 'portolan.preferences.v1';

describe('preferences', () => {
  beforeEach(() => {
    window.localStorage.clear();
    useSessionStore.getState().setPanels(defaultPanels);
  });
  afterEach(() => window.localStorage.clear());

  it('round-trips panel sizes and ignores a stored value that is not JSON or not the right shape', () => {
    expect(writePreferences({ panels: { inspector: { size: 410, collapsed: false } } })).toBe(true);
    expect(readPreferences().panels?.inspector).toEqual({ size: 410, collapsed: false });
    window.localStorage.setItem(KEY, '{not json');
    expect(readPreferences()).toEqual({});
    window.localStorage.setItem(KEY, JSON.stringify({ panels: { matrix: { size: 'big', collapsed: true } } }));
    expect(readPreferences()).toEqual({});
  });

  it('restores remembered panels on start, keeps defaults for the rest, and writes changes when the editor stops', () => {
    writePreferences({ panels: { matrix: { size: 180, collapsed: true } } });
    const stop = rememberPanels();
    const { panels } = useSessionStore.getState();
    expect(panels.matrix).toEqual({ size: 180, collapsed: true });
    expect(panels.palette).toEqual(defaultPanels.palette);
    useSessionStore.getState().setPanel('palette', { collapsed: true });
    stop();
    expect(readPreferences().panels?.palette).toEqual({ size: defaultPanels.palette.size, collapsed: true });
  });

  it('keeps a panel within its limits and within reach of the window', () => {
    expect(clampPanel('inspector', 50, 1440, 900)).toBe(200);
    expect(clampPanel('inspector', 5000, 1440, 900)).toBe(576);
    expect(clampPanel('matrix', 800, 1440, 900)).toBe(540);
  });
});
