/**
 * Binds the design store to a Y.Doc. Local edits (every store action, so
 * fields added later sync too) are written to the document as one
 * transaction each; the store's design follows the document for everything
 * else (other people, undo, redo). The UndoManager tracks only this client's
 * own transactions, so Undo never takes back a colleague's change.
 */
import * as Y from 'yjs';
import { Design } from '../model/design/schema';
import { screenComments } from '../model/review/comments';
import { setRoomEditing, useDesignStore } from '../store/design-store';
import { useRoomStore } from '../store/room-store';
import { useSessionStore } from '../store/session-store';
import { DesignReader, keysOf, rootTypes, writeDesign } from './mapping';

/** Origin of this client's own edits (the only ones its UndoManager tracks). */
export const LOCAL_EDIT = Symbol('portolan-local-edit');

export interface Binding {
  undoManager: Y.UndoManager;
  /** The design as the document holds it (validated), or undefined if it does not hold a valid one. */
  current(): Design | undefined;
  stop(): void;
}

/** Validates a design read from the room; fills defaults but keeps every unchanged object. */
export function validRoomDesign(room: Record<string, unknown>): Design | undefined {
  // A bad comment (from another client) is left out, as on restore; it never hides the design.
  const plain = screenComments(room, 'The room').value as Record<string, unknown>;
  const parsed = Design.safeParse(plain);
  if (!parsed.success) return undefined;
  // Defaults only fill top-level fields the room does not hold (e.g. an empty list).
  const filled: Record<string, unknown> = { ...plain };
  for (const [key, value] of Object.entries(parsed.data)) if (filled[key] === undefined) filled[key] = value;
  return filled as Design;
}

export function bindStore(doc: Y.Doc, options: { idTag: string; readOnly: () => boolean }): Binding {
  const reader = new DesignReader(doc);
  const undoManager = new Y.UndoManager(rootTypes(doc), { trackedOrigins: new Set([LOCAL_EDIT]), captureTimeout: 0 });
  const temporal = useDesignStore.temporal.getState();
  temporal.pause();
  let applying = false;
  let known: Design | undefined = validRoomDesign(reader.read());
  let rejectedOnce = false;

  const updateHistory = () => useRoomStore.getState().patch({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
  const show = (design: Design) => {
    applying = true;
    try {
      useDesignStore.setState({ design });
    } finally {
      applying = false;
    }
  };
  if (known) show(known);

  const onTransaction = (transaction: Y.Transaction) => {
    reader.invalidate(transaction.changed.keys());
    for (const type of rootTypes(doc)) if (!undoManager.scope.includes(type)) undoManager.addToScope(type);
    if (transaction.origin === LOCAL_EDIT) return;
    const next = validRoomDesign(reader.read());
    if (!next) {
      if (!rejectedOnce)
        useSessionStore
          .getState()
          .say('error', 'The shared room holds a design this version of Portolan cannot read; your view shows the last valid one.');
      rejectedOnce = true;
      return;
    }
    known = next;
    show(next);
  };
  doc.on('afterTransaction', onTransaction);

  const unsubscribe = useDesignStore.subscribe((state, previous) => {
    if (applying || state.design === previous.design) return;
    if (options.readOnly()) {
      // A read-only link: put the room's design back and say why (the server would refuse the change anyway).
      if (known) queueMicrotask(() => show(known!));
      useSessionStore.getState().say('warning', 'This room link is read-only: you can look and comment, not change the design.');
      return;
    }
    doc.transact(
      () => writeDesign(doc, state.design as unknown as Record<string, unknown>, known as unknown as Record<string, unknown> | undefined),
      LOCAL_EDIT,
    );
    known = state.design;
  });

  undoManager.on('stack-item-added', updateHistory);
  undoManager.on('stack-item-popped', updateHistory);
  undoManager.on('stack-cleared', updateHistory);
  setRoomEditing({ idTag: options.idTag, undo: () => undoManager.undo(), redo: () => undoManager.redo() });
  updateHistory();

  return {
    undoManager,
    current: () => known,
    stop: () => {
      unsubscribe();
      doc.off('afterTransaction', onTransaction);
      undoManager.destroy();
      setRoomEditing(undefined);
      temporal.clear();
      temporal.resume();
    },
  };
}

/** Whether the document holds a design yet (a new room is empty until its sharer seeds it). */
export const hasDesign = (doc: Y.Doc) => keysOf(doc).size > 0;

/** Puts a design into an empty room (not undoable: it is where the room starts). */
export function seedRoom(doc: Y.Doc, design: Design): void {
  doc.transact(() => writeDesign(doc, design as unknown as Record<string, unknown>), 'seed');
}
