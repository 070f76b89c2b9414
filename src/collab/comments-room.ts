/**
 * Comments in a shared room. An editor writes them into the room's document
 * directly, with an origin the UndoManager does not track (comments are not
 * design edits: Undo never takes one back). A read-only link cannot write to
 * the document (the server drops its updates), so it sends each comment to
 * the server as a stateless message; the server checks it and applies it
 * (src/server/comments.ts), and it comes back like anyone's change.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { CommentAction } from '../model/review/comment-actions';
import { setRoomComments } from '../store/design-store';
import { useRoomStore } from '../store/room-store';
import { useSessionStore } from '../store/session-store';
import { applyCommentToDoc, CommentRefused, type CommentMessage } from './comment-doc';

/** Origin of this client's comment transactions (not tracked by the UndoManager). */
export const COMMENT_EDIT = Symbol('portolan-comment');

const say = (text: string) => useSessionStore.getState().say('warning', text);

export function startRoomComments(doc: Y.Doc, provider: HocuspocusProvider, readOnly: () => boolean): () => void {
  setRoomComments((action: CommentAction) => {
    if (readOnly()) {
      if (useRoomStore.getState().status !== 'online') {
        say('You are offline: a read-only link comments through the server, so this comment was not sent. Try again when Live.');
        return;
      }
      const message: CommentMessage = { type: 'portolan-comment', action };
      provider.sendStateless(JSON.stringify(message));
      return;
    }
    let problem: string | undefined;
    doc.transact(() => {
      problem = applyCommentToDoc(doc, action);
    }, COMMENT_EDIT);
    if (problem) say(`The comment was not saved: ${problem}.`);
  });
  const onStateless = ({ payload }: { payload: string }) => {
    try {
      const refused = CommentRefused.safeParse(JSON.parse(payload));
      if (refused.success) say(`The server did not accept the comment: ${refused.data.reason}.`);
    } catch {
      // Not ours: other stateless messages are ignored.
    }
  };
  provider.on('stateless', onStateless);
  return () => {
    setRoomComments(undefined);
    provider.off('stateless', onStateless);
  };
}
