// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { useNoSelectionListener } from '../../src/ui/canvas/selection-listener';

describe('React Flow’s selection listener', () => {
  it('loses its handler list once the canvas mounts (React Flow mounts the listener while the list is truthy, and [] is)', () => {
    const store = createStore<{ onSelectionChangeHandlers: unknown }>(() => ({ onSelectionChangeHandlers: [] }));
    expect(!!store.getState().onSelectionChangeHandlers).toBe(true);
    renderHook(() => useNoSelectionListener(store));
    expect(store.getState().onSelectionChangeHandlers).toBeUndefined();
  });
});
