// @vitest-environment jsdom
/**
 * Slow exports: progress with Cancel after 300 ms, nothing for fast ones,
 * and failures said in words (an image's error Event never as "[object Event]").
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../../src/store/session-store';
import { PROGRESS_AFTER_MS, withProgress } from '../../src/ui/export-commands';
import { describeFailure } from '../../src/ui/export/pictures';

const messages = () => useSessionStore.getState().messages;

describe('withProgress', () => {
  beforeEach(() => {
    useSessionStore.setState({ messages: [] });
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('shows nothing for a fast export', async () => {
    const outcome = await withProgress('Exporting X…', async () => 42);
    expect(outcome).toEqual({ ok: true, value: 42 });
    vi.advanceTimersByTime(1000);
    expect(messages()).toEqual([]);
  });

  it('shows progress with Cancel after 300 ms; Cancel aborts the work and drops its result', async () => {
    let aborted = false;
    const pending = withProgress('Exporting SVG picture…', (signal) => {
      signal.addEventListener('abort', () => (aborted = true));
      return new Promise<string>((resolve) => setTimeout(() => resolve('late'), 10_000));
    });
    vi.advanceTimersByTime(PROGRESS_AFTER_MS - 1);
    expect(messages()).toEqual([]);
    vi.advanceTimersByTime(1);
    const progress = messages().find((m) => m.text === 'Exporting SVG picture…');
    expect(progress?.action?.label).toBe('Cancel');
    progress!.action!.run();
    const outcome = await pending;
    expect(aborted).toBe(true);
    expect(outcome).toMatchObject({ ok: false, cancelled: true });
    expect(messages().map((m) => m.text)).toEqual(['Exporting SVG picture: cancelled.']);
  });

  it('a failure is said in words, an Event included', async () => {
    const outcome = await withProgress('Exporting PNG…', () => Promise.reject(new Event('error')));
    expect(outcome).toMatchObject({ ok: false, cancelled: false });
    expect(outcome.ok ? '' : outcome.reason).toBe('the browser could not draw the picture ("error" event)');
    expect(describeFailure(new Error('the SVG picture has no size'))).toBe('the SVG picture has no size');
    expect(describeFailure({})).not.toContain('[object');
  });
});
