/**
 * Changes to comments: start a thread, reply, resolve, reopen. The editor
 * alone, an editor in a room and the server (for read-only links) all check
 * an action here before applying it. Not in the first page load: it is
 * needed once someone comments.
 */
import { z } from '../zod';
import { Comment, CommentAuthor, CommentId, CommentTimestamp, MAX_COMMENTS } from './comments';

/** One change to the comments: what the editor, a room and the server apply alike. */
export const CommentAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('add'), comment: Comment }),
  z.strictObject({ type: z.literal('resolve'), thread: CommentId, by: CommentAuthor, at: CommentTimestamp }),
  z.strictObject({ type: z.literal('reopen'), thread: CommentId }),
]);
export type CommentAction = z.infer<typeof CommentAction>;

/** Why the action cannot apply to these comments, or undefined when it can. */
export function commentActionProblem(comments: readonly Comment[], action: CommentAction): string | undefined {
  if (action.type === 'add') {
    const { comment } = action;
    if (comments.length >= MAX_COMMENTS) return `a design holds at most ${MAX_COMMENTS} comments`;
    if (comments.some((c) => c.id === comment.id)) return `the comment id ${comment.id} is taken`;
    if (comment.replyTo !== undefined && !comments.some((c) => c.id === comment.replyTo && c.on))
      return 'the thread replied to does not exist';
    if (comment.resolved) return 'a new comment cannot already be resolved';
    return undefined;
  }
  return comments.some((c) => c.id === action.thread && c.on) ? undefined : 'no such thread';
}

/** Applies an action (pure); returns the same list when it cannot apply. */
export function applyCommentAction(
  comments: readonly Comment[] | undefined,
  action: CommentAction,
): { comments: Comment[]; problem?: string } {
  const list = [...(comments ?? [])];
  const problem = commentActionProblem(list, action);
  if (problem) return { comments: list, problem };
  if (action.type === 'add') return { comments: [...list, action.comment] };
  return {
    comments: list.map((c) => {
      if (c.id !== action.thread) return c;
      if (action.type === 'resolve') return { ...c, resolved: { by: action.by, at: action.at } };
      const { resolved: _resolved, ...open } = c;
      return open;
    }),
  };
}
