/**
 * Comment threads as people read them: each thread's first comment and its
 * replies in time order, open or resolved, and orphaned when the component,
 * edge or matrix row it is about is no longer in the design. Open counts per
 * thing feed the badges on the canvas, in the matrix and in the toolbar.
 */
import type { Design } from '../design/schema';
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

export const sameTarget = (a: CommentTarget, b: CommentTarget): boolean =>
  a.kind === b.kind && (a.kind === 'edge' ? edgeTargetId(a.id) === edgeTargetId(b.id) : a.id === b.id);

/** Whether the thing a thread is about is still in the design (rows: in its matrix). */
export function targetExists(on: CommentTarget | undefined, design: Pick<Design, 'components'>, rows: readonly MatrixRow[]): boolean {
  if (!on) return false;
  if (on.kind === 'component') return design.components.some((c) => c.id === on.id);
  if (on.kind === 'row') return rows.some((r) => r.id === on.id);
  const [a, b] = on.id.split('~');
  return rows.some(
    (r) =>
      (r.source.componentId === a && r.destination.componentId === b) || (r.source.componentId === b && r.destination.componentId === a),
  );
}

/** The unordered pair a matrix row belongs to (`a~b`): the canvas edge it is drawn on. */
export const rowEdge = (row: Pick<MatrixRow, 'source' | 'destination'>) =>
  edgeTargetId(`${row.source.componentId}~${row.destination.componentId}`);

export interface OpenCounts {
  total: number;
  components: ReadonlyMap<string, number>;
  /** By canonical pair `a~b`: threads on the edge and on its matrix rows. */
  edges: ReadonlyMap<string, number>;
  rows: ReadonlyMap<string, number>;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** Open threads per thing. `rowEdges` maps a row id to its edge, so a row's threads count on its edge too. */
export function openCounts(threads: readonly Thread[], rowEdges: ReadonlyMap<string, string>): OpenCounts {
  const components = new Map<string, number>();
  const edges = new Map<string, number>();
  const rows = new Map<string, number>();
  let total = 0;
  for (const t of threads) {
    if (!t.open) continue;
    total += 1;
    if (!t.on) continue;
    if (t.on.kind === 'component') bump(components, t.on.id);
    else if (t.on.kind === 'edge') bump(edges, edgeTargetId(t.on.id));
    else {
      bump(rows, t.on.id);
      const edge = rowEdges.get(t.on.id);
      if (edge) bump(edges, edge);
    }
  }
  return { total, components, edges, rows };
}
