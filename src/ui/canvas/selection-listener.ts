/**
 * React Flow mounts its selection listener whenever its store's `onSelectionChangeHandlers` is
 * truthy, and that list starts out empty, so the listener is always mounted. On every store update
 * (each frame of a pan or a drag, each step of a zoom, every setNodes) its selector walks every node
 * and edge to collect the selected ones and allocates two lists for them: at 2000 components about
 * 1–3 ms of the switch out of the overview, and garbage on every drag frame.
 *
 * The editor's selection is the session's (canvas-handlers.ts), and it listens to none of React
 * Flow's: ESLint forbids `useOnSelectionChange`, which adds to that list. With no list at all, the
 * listener unmounts.
 */
import { useEffect } from 'react';

/**
 * Called by the component that renders React Flow: its effects run after React Flow's own, the
 * listener's first among them, which calls every handler of the list (so it must still be a list).
 */
export function useNoSelectionListener(store: { setState(state: never): void }): void {
  useEffect(() => {
    store.setState({ onSelectionChangeHandlers: undefined } as never);
  }, [store]);
}
