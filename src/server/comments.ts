/**
 * Comments from read-only links. Hocuspocus drops every document update a
 * read-only connection sends, so a reviewer's comment comes as a stateless
 * message instead; the server checks it (only adding a comment, resolving or
 * reopening a thread; bounded sizes; existing threads), stamps it with the
 * server's time and applies it to the room's document itself, from where it
 * reaches everyone like any other change and is stored. Nothing else a
 * stateless message could carry changes the document.
 */
import type * as Y from 'yjs';
import { applyCommentToDoc, CommentMessage, MAX_COMMENT_MESSAGE } from '../collab/comment-doc';
import type { CommentAction } from '../model/review/comment-actions';

export type CommentOutcome = { ok: true; action: CommentAction } | { ok: false; reason: string };

/** Parses, checks and applies one stateless message; `origin` marks the server's transaction. */
export function applyCommentMessage(doc: Y.Doc, payload: string, now: Date, origin: unknown): CommentOutcome {
  if (payload.length > MAX_COMMENT_MESSAGE) return { ok: false, reason: 'the comment message is too long' };
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return { ok: false, reason: 'not a comment message' };
  }
  const parsed = CommentMessage.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `not a valid comment: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'unknown shape'}`.slice(0, 300),
    };
  }
  // The server's clock, not the client's, dates what read-only reviewers write.
  const at = now.toISOString();
  const given = parsed.data.action;
  const action: CommentAction =
    given.type === 'add' ? { ...given, comment: { ...given.comment, at } } : given.type === 'resolve' ? { ...given, at } : given;
  let problem: string | undefined;
  doc.transact(() => {
    problem = applyCommentToDoc(doc, action);
  }, origin);
  return problem ? { ok: false, reason: problem } : { ok: true, action };
}
