/** Store setup for the component tests: a design through the real restore path, fresh session, empty history. */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { builtInCatalogue as catalogue, useDesignStore } from '../../src/store/design-store';
import { emptyFilter, useSessionStore } from '../../src/store/session-store';
import { design } from '../model/design-helpers';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

export function loadDesign(doc: Record<string, unknown>) {
  useDesignStore.setState({ design: design(catalogue, doc) });
  useDesignStore.temporal.getState().clear();
  useSessionStore.setState({
    selectedNodes: [],
    selectedEdge: undefined,
    dialog: undefined,
    messages: [],
    filter: emptyFilter,
    sort: { column: 'ref', descending: false },
  });
}

export const currentDesign = () => useDesignStore.getState().design;
export const component = (id: string) => currentDesign().components.find((c) => c.id === id)!;
export const undoSteps = () => useDesignStore.temporal.getState().pastStates.length;
