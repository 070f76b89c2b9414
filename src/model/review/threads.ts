/**
 * Comment threads as people read them: each thread's first comment and its
 * replies in time order, open or resolved, and orphaned when the component,
 * edge or matrix row it is about is no longer in the design. (Open counts:
 * counts.ts, in the first page load.)
 */
import type { MatrixRow } from '../matrix';
import { edgeTargetId, type Comment, type CommentTarget } from './comments';

export interface Thread {
  /** The first comment's id. */
  id: string;
  root: Comment;
  /** What the thread is about; undefined for replies whose thread's first comment is gone. */
  on: CommentTarget | undefined;
  replies: Comment[];
  open: boolean;
}

const byTime = (a: Comment, b: Comment) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Threads in the order they began; a reply whose thread is gone becomes a thread of its own (orphaned, about nothing). */
export function threadsOf(comments: readonly Comment[] | undefined): Thread[] {
  const list = [...(comments ?? [])].sort(byTime);
  const threads = new Map<string, Thread>();
  for (const c of list) if (c.on) threads.set(c.id, { id: c.id, root: c, on: c.on, replies: [], open: !c.resolved });
  for (const c of list) {
    if (c.on) continue;
    const thread = threads.get(c.replyTo ?? '');
    if (thread) thread.replies.push(c);
    else threads.set(c.id, { id: c.id, root: c, on: undefined, replies: [], open: true });
  }
  return [...threads.values()].sort((a, b) => byTime(a.root, b.root));
}

/** The unordered pair a matrix row belongs to (`a~b`): the canvas edge it is drawn on. */
export const rowEdge = (row: Pick<MatrixRow, 'source' | 'destination'>) =>
  edgeTargetId(`${row.source.componentId}~${row.destination.componentId}`);
