// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CrashGuard } from '../../src/ui/CrashGuard';

function Broken(): never {
  throw new Error('component c7 has no position');
}

describe('CrashGuard', () => {
  afterEach(() => {
    cleanup();
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('says what failed instead of a blank page, and keeps the autosave until the user starts empty', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reload = vi.fn();
    vi.stubGlobal('location', { ...location, reload });
    const keys = () => Object.keys(localStorage).sort();
    localStorage.setItem('portolan.autosave.v1', JSON.stringify({ design: { schemaVersion: 1 }, savedAt: 'now', tab: 'x' }));
    render(
      <CrashGuard>
        <Broken />
      </CrashGuard>,
    );
    expect(screen.getByRole('alert').textContent).toContain('component c7 has no position');
    expect(screen.getByRole('button', { name: 'Download the autosaved design' })).toBeTruthy();
    const before = keys();
    fireEvent.click(screen.getByRole('button', { name: 'Start with an empty design' }));
    // The autosave is copied aside under a key of its own before the page starts again.
    expect(keys().length).toBe(before.length + 1);
    expect(keys().some((k) => k.includes('set-aside'))).toBe(true);
    expect(reload).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('draws its children when nothing fails', () => {
    render(
      <CrashGuard>
        <p>editor</p>
      </CrashGuard>,
    );
    expect(screen.getByText('editor')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
