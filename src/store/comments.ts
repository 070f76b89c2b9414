/**
 * Review comments in the editor: applying a comment action (alone: to the
 * design, without an undo step; in a shared room: through the room, see
 * src/collab/comments-room.ts), the threads and open counts of the design on
 * screen (cached per comments list and matrix), and what the Comments panel
 * shows (session state: never saved, never undone).
 */
import { create } from 'zustand';
import type { Design } from '../model/design/schema';
import { applyCommentAction, type CommentAction, type CommentTarget } from '../model/review/comments';
import { openCounts, rowEdge, threadsOf, type OpenCounts, type Thread } from '../model/review/threads';
import { derivedOf } from './derived';
import { setDesignUntracked, useDesignStore } from './design-store';
import { useSessionStore } from './session-store';

/** While a room is open, comments go through it (each person's comments reach the others; read-only links via the server). */
let roomComments: ((action: CommentAction) => void) | undefined;
export function setRoomComments(handler: typeof roomComments): void {
  roomComments = handler;
}

/** Applies a comment action to the design on screen. Never an undo step. */
export function applyComment(action: CommentAction): void {
  if (roomComments) {
    roomComments(action);
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

export interface CommentsView {
  threads: Thread[];
  counts: OpenCounts;
}

const none: CommentsView = { threads: [], counts: { total: 0, components: new Map(), edges: new Map(), rows: new Map() } };
const cache = new WeakMap<object, { rows: unknown; view: CommentsView }>();

/** Threads and open counts, computed once per comments list (and matrix, for the rows' edges). */
export function commentsOf(design: Design): CommentsView {
  const comments = design.comments;
  if (!comments || comments.length === 0) return none;
  const { rows } = derivedOf(design);
  const hit = cache.get(comments);
  if (hit && hit.rows === rows) return hit.view;
  const threads = threadsOf(comments);
  const view = { threads, counts: openCounts(threads, new Map(rows.map((r) => [r.id, rowEdge(r)]))) };
  cache.set(comments, { rows, view });
  return view;
}

export const useOpenCount = (kind: CommentTarget['kind'], id: string): number =>
  useDesignStore((s) => {
    const { counts } = commentsOf(s.design);
    return (kind === 'component' ? counts.components : kind === 'edge' ? counts.edges : counts.rows).get(id) ?? 0;
  });

interface CommentsPanelState {
  /** The Comments panel is shown in the inspector's place. */
  open: boolean;
  /** The thing to comment on, when chosen from a badge (a matrix row); else the selection decides. */
  focus: CommentTarget | undefined;
  setOpen(open: boolean): void;
  /** Opens the panel on a thing (and selects it on the canvas). */
  openOn(target: CommentTarget): void;
}

export const useCommentsPanel = create<CommentsPanelState>()((set) => ({
  open: false,
  focus: undefined,
  setOpen: (open) => set({ open, focus: undefined }),
  openOn: (focus) => set({ open: true, focus }),
}));
