// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { usePanLayer } from '../../src/ui/canvas/pan-layer';

/** A canvas with React Flow's viewport in it, and a store of the view as React Flow keeps it. */
function setup() {
  const canvas = document.createElement('div');
  const viewport = document.createElement('div');
  viewport.className = 'react-flow__viewport';
  canvas.append(viewport);
  const store = createStore<{ transform: readonly number[] }>(() => ({ transform: [0, 0, 1] }));
  // Whether the user pans (the pane dragged, or a component panning the view along).
  const user = { panning: true };
  const panning = () => user.panning;
  const hook = renderHook(() => usePanLayer(store, { current: canvas }, panning));
  const move = (x: number, y: number, zoom: number) => store.setState({ transform: [x, y, zoom] });
  return { viewport, move, hook, user };
}

describe('usePanLayer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('makes the viewport a layer while the view pans, and drops it once the view is still', () => {
    const { viewport, move } = setup();
    expect(viewport.style.willChange).toBe('');
    move(-10, 0, 1);
    expect(viewport.style.willChange).toBe('transform');
    vi.advanceTimersByTime(100);
    move(-20, -5, 1);
    vi.advanceTimersByTime(100);
    expect(viewport.style.willChange).toBe('transform');
    vi.advanceTimersByTime(100);
    expect(viewport.style.willChange).toBe('');
  });

  it('drops the layer as soon as the zoom changes, so text is rastered anew at its scale', () => {
    const { viewport, move } = setup();
    move(-10, 0, 1);
    expect(viewport.style.willChange).toBe('transform');
    move(-10, 0, 1.1);
    expect(viewport.style.willChange).toBe('');
    move(-12, 0, 1.2);
    expect(viewport.style.willChange).toBe('');
  });

  it('makes no layer for a move the editor makes (Fit view, centring), so a picture taken as it ends stays as it is', () => {
    const { viewport, move, user } = setup();
    user.panning = false;
    move(-10, 0, 1);
    move(-20, 0, 1);
    expect(viewport.style.willChange).toBe('');
    user.panning = true;
    move(-30, 0, 1);
    expect(viewport.style.willChange).toBe('transform');
  });

  it('leaves no layer behind when the canvas goes', () => {
    const { viewport, move, hook } = setup();
    move(-10, 0, 1);
    hook.unmount();
    expect(viewport.style.willChange).toBe('');
  });
});
