// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's ResizeObserver that lets the test deliver entries itself. */
class FakeObserver {
  static last: FakeObserver | undefined;
  constructor(readonly callback: ResizeObserverCallback) {
    FakeObserver.last = this;
  }
  deliver(entries: ResizeObserverEntry[]) {
    this.callback(entries, this as unknown as ResizeObserver);
  }
}

const entry = (className: string, connected: boolean) => {
  const target = document.createElement('div');
  target.className = className;
  if (connected) document.body.append(target);
  return { target } as unknown as ResizeObserverEntry;
};

describe('React Flow’s node observer', () => {
  const native = globalThis.ResizeObserver;
  afterEach(() => {
    globalThis.ResizeObserver = native;
    document.body.replaceChildren();
    vi.resetModules();
  });

  it('never hears of React Flow nodes that have left the document, and hears of everything else', async () => {
    globalThis.ResizeObserver = FakeObserver as unknown as typeof ResizeObserver;
    await import('../../src/ui/canvas/node-observer');
    const heard: ResizeObserverEntry[][] = [];
    new globalThis.ResizeObserver((entries) => heard.push(entries));
    const drawn = entry('react-flow__node', true);
    const removed = entry('react-flow__node', false);
    const otherRemoved = entry('legend', false);
    FakeObserver.last!.deliver([drawn, removed, otherRemoved]);
    expect(heard).toEqual([[drawn, otherRemoved]]);
    // A delivery of removed nodes alone is not passed on at all.
    FakeObserver.last!.deliver([removed]);
    expect(heard).toHaveLength(1);
  });
});
