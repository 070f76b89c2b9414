/**
 * Comments in a room's Y.Doc, stored as the mapping stores any list of items
 * (`items:comments`: comment id → Y.Map of fields): adding a comment adds one
 * item, resolving sets one field, so concurrent replies and resolutions from
 * several people all survive the merge. Used by editors in the browser and by
 * the server, which applies read-only reviewers' comments itself.
 */
import * as Y from 'yjs';
import { z } from '../model/zod';
import { CommentAction, commentActionProblem } from '../model/review/comment-actions';
import { Comment } from '../model/review/comments';
import { keysOf, ORDER, rootOf } from './mapping';

const commentsRoot = (doc: Y.Doc) => rootOf(doc, 'comments', 'items') as Y.Map<Y.Map<unknown>>;

/** The comments the document holds (those that are valid; a bad one is never acted on). */
export function readComments(doc: Y.Doc): Comment[] {
  if (keysOf(doc).get('comments') !== 'items') return [];
  const out: Comment[] = [];
  for (const item of commentsRoot(doc).values()) {
    if (!(item instanceof Y.Map)) continue;
    const plain = Object.fromEntries([...item.entries()].filter(([field]) => field !== ORDER));
    const parsed = Comment.safeParse(plain);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/**
 * Applies one comment action to the document (call it inside `doc.transact`
 * with an origin the UndoManager does not track: comments are not design
 * edits). Returns why it was refused, or undefined when it was applied.
 */
export function applyCommentToDoc(doc: Y.Doc, action: CommentAction): string | undefined {
  const kind = keysOf(doc).get('comments');
  if (kind !== undefined && kind !== 'items') return 'this room stores comments in another form';
  const problem = commentActionProblem(readComments(doc), action);
  if (problem) return problem;
  const root = commentsRoot(doc);
  if (action.type === 'add') {
    if (kind === undefined) keysOf(doc).set('comments', 'items');
    const order = Math.max(-1, ...[...root.values()].map((item) => Number(item.get(ORDER) ?? 0))) + 1;
    const entries = Object.entries(action.comment).filter(([, v]) => v !== undefined);
    root.set(action.comment.id, new Y.Map<unknown>([...entries, [ORDER, order]]));
  } else if (action.type === 'resolve') root.get(action.thread)!.set('resolved', { by: action.by, at: action.at });
  else root.get(action.thread)!.delete('resolved');
  return undefined;
}

/**
 * A comment sent to the server as a Hocuspocus stateless message: the way a
 * read-only link comments (the server drops its document updates). The
 * server checks it, stamps the time and applies it to the room itself.
 */
export const CommentMessage = z.strictObject({ type: z.literal('portolan-comment'), action: CommentAction });
export type CommentMessage = z.infer<typeof CommentMessage>;
/** The server's answer when it refuses a comment. */
export const CommentRefused = z.strictObject({ type: z.literal('portolan-comment-refused'), reason: z.string().check(z.maxLength(300)) });
/** Longer than any valid comment message: refused before parsing. */
export const MAX_COMMENT_MESSAGE = 16 * 1024;
