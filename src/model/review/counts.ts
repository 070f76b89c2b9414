/**
 * Open comment threads per thing, for the badges on components, edges and
 * matrix rows and the toolbar's total (in the first page load, so kept
 * small; threads.ts builds the threads the Comments panel shows).
 */
import type { MatrixRow } from '../matrix';
import { edgeTargetId, type Comment } from './comments';

/** The unordered pair a matrix row belongs to (`a~b`): the canvas edge it is drawn on (also threads.ts's rowEdge). */
const edgeOf = (row: Pick<MatrixRow, 'source' | 'destination'>) => edgeTargetId(`${row.source.componentId}~${row.destination.componentId}`);

export interface OpenCounts {
  total: number;
  components: ReadonlyMap<string, number>;
  /** By canonical pair `a~b`: threads on the edge and on its matrix rows. */
  edges: ReadonlyMap<string, number>;
  rows: ReadonlyMap<string, number>;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * Open threads per thing (a reply whose thread is gone counts as an open
 * thread of its own, about nothing). A row's threads count on its edge too.
 */
export function openCounts(comments: readonly Comment[], matrix: readonly Pick<MatrixRow, 'id' | 'source' | 'destination'>[]): OpenCounts {
  const components = new Map<string, number>();
  const edges = new Map<string, number>();
  const rows = new Map<string, number>();
  const roots = new Set(comments.flatMap((c) => (c.on ? [c.id] : [])));
  let total = 0;
  let rowEdges: Map<string, string> | undefined;
  for (const { on, resolved, replyTo } of comments) {
    if (!on) {
      if (!roots.has(replyTo!)) total += 1;
      continue;
    }
    if (resolved) continue;
    total += 1;
    if (on.kind === 'component') bump(components, on.id);
    else if (on.kind === 'edge') bump(edges, edgeTargetId(on.id));
    else {
      bump(rows, on.id);
      rowEdges ??= new Map(matrix.map((r) => [r.id, edgeOf(r)]));
      const edge = rowEdges.get(on.id);
      if (edge) bump(edges, edge);
    }
  }
  return { total, components, edges, rows };
}
