/**
 * Applying a comment action in the editor: alone, to the design without an
 * undo step; in a shared room, through the room (src/collab/comments-room.ts).
 * Loaded with the Comments panel.
 */
import { applyCommentAction, type CommentAction } from '../model/review/comment-actions';
import { roomCommentHandler, setDesignUntracked, useDesignStore } from './design-store';
import { useSessionStore } from './session-store';

/** Applies a comment action to the design on screen. Never an undo step. */
export function applyComment(action: CommentAction): void {
  const room = roomCommentHandler();
  if (room) {
    room(action);
    return;
  }
  const design = useDesignStore.getState().design;
  const result = applyCommentAction(design.comments, action);
  if (result.problem) {
    useSessionStore.getState().say('warning', `The comment was not saved: ${result.problem}.`);
    return;
  }
  setDesignUntracked({ ...design, comments: result.comments });
}

/** A fresh comment id (random, so two people commenting at once never collide). */
export const newCommentId = () => `cm-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
