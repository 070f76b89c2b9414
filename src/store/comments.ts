/**
 * Open comment counts of the design on screen, for the badges on components,
 * edges and matrix rows and the toolbar's total: computed once per comments
 * list (and matrix, for the rows' edges). Applying comments:
 * comment-actions.ts (loaded with the Comments panel).
 */
import type { Design } from '../model/design/schema';
import type { CommentTarget } from '../model/review/comments';
import { openCounts, type OpenCounts } from '../model/review/counts';
import { derivedOf } from './derived';
import { useDesignStore } from './design-store';

const none: OpenCounts = { total: 0, components: new Map(), edges: new Map(), rows: new Map() };
const cache = new WeakMap<object, { rows: unknown; counts: OpenCounts }>();

export function openCountsOf(design: Design): OpenCounts {
  const comments = design.comments;
  if (!comments || comments.length === 0) return none;
  const { rows } = derivedOf(design);
  const hit = cache.get(comments);
  if (hit && hit.rows === rows) return hit.counts;
  const counts = openCounts(comments, rows);
  cache.set(comments, { rows, counts });
  return counts;
}

export const useOpenCount = (kind: CommentTarget['kind'], id: string): number =>
  useDesignStore((s) => {
    const counts = openCountsOf(s.design);
    return (kind === 'component' ? counts.components : kind === 'edge' ? counts.edges : counts.rows).get(id) ?? 0;
  });
