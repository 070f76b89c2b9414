/**
 * Comments in the workbook: a Comments sheet (every thread and reply, open,
 * resolved or orphaned) and a note per Flows row that open threads are about
 * (threads on the row itself and on the edge it is drawn on). Plain text;
 * the exporter makes every cell safe.
 */
import type { Catalogue } from '../catalogue/load';
import type { Design } from '../design/schema';
import type { MatrixRow } from '../matrix';
import { edgeTargetId, type CommentTarget } from './comments';
import { rowEdge, threadsOf, type Thread } from './threads';

export const COMMENT_SHEET_COLUMNS: readonly { header: string; width: number }[] = [
  { header: 'Thread', width: 8 },
  { header: 'Status', width: 12 },
  { header: 'On', width: 44 },
  { header: 'Matrix rows', width: 16 },
  { header: 'Author', width: 20 },
  { header: 'Date', width: 22 },
  { header: 'Comment', width: 80 },
];

/** A cell note stays readable: at most this many characters. */
const NOTE_MAX = 2000;

type Names = Pick<Design, 'components'> & { catalogue?: Pick<Catalogue, 'components'> | undefined };

function componentName(design: Names, id: string): string | undefined {
  const c = design.components.find((x) => x.id === id);
  return c ? c.label?.trim() || design.catalogue?.components.get(c.type)?.name || c.type : undefined;
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

/** What a thread is about, in words: `Component: Web server`, `Edge: A ↔ B`, `Row R003: A → B tcp 443`. */
export function targetText(on: CommentTarget | undefined, design: Names, rows: readonly MatrixRow[]): string {
  if (!on) return 'Reply whose thread was removed';
  if (on.kind === 'component') return `Component: ${componentName(design, on.id) ?? on.label ?? on.id}`;
  if (on.kind === 'edge') {
    const [a = '', b = ''] = edgeTargetId(on.id).split('~');
    const names = [componentName(design, a), componentName(design, b)];
    return `Edge: ${names[0] && names[1] ? `${names[0]} ↔ ${names[1]}` : (on.label ?? on.id)}`;
  }
  const row = rows.find((r) => r.id === on.id);
  return row
    ? `Row ${row.ref}: ${row.source.component} → ${row.destination.component} ${row.protocol} ${row.port}`
    : `Row: ${on.label ?? on.id}`;
}

/** Matrix rows a thread is about: its row, or every row of its edge. */
function rowsOf(thread: Thread, rows: readonly MatrixRow[]): MatrixRow[] {
  const on = thread.on;
  if (!on || on.kind === 'component') return [];
  if (on.kind === 'row') return rows.filter((r) => r.id === on.id);
  const edge = edgeTargetId(on.id);
  return rows.filter((r) => rowEdge(r) === edge);
}

/** One row per comment, threads in order, replies under their thread. */
export function commentSheetRows(design: Names & Pick<Design, 'comments'>, rows: readonly MatrixRow[]): string[][] {
  const out: string[][] = [];
  threadsOf(design.comments).forEach((thread, i) => {
    const orphaned = !targetExists(thread.on, design, rows);
    const status = orphaned ? 'Orphaned' : thread.open ? 'Open' : 'Resolved';
    const resolved = thread.root.resolved ? ` (resolved by ${thread.root.resolved.by}, ${thread.root.resolved.at})` : '';
    const refs = rowsOf(thread, rows)
      .map((r) => r.ref)
      .join(', ');
    out.push([
      `T${i + 1}`,
      status + resolved,
      targetText(thread.on, design, rows),
      refs,
      thread.root.author,
      thread.root.at,
      thread.root.text,
    ]);
    for (const reply of thread.replies) out.push([`T${i + 1}`, 'Reply', '', '', reply.author, reply.at, reply.text]);
  });
  return out;
}

/** Row ref → the text of a cell note listing the open threads on that row and its edge. */
export function rowCommentNotes(design: Pick<Design, 'comments'>, rows: readonly MatrixRow[]): Map<string, string> {
  const notes = new Map<string, string[]>();
  for (const thread of threadsOf(design.comments)) {
    if (!thread.open) continue;
    const text = [thread.root, ...thread.replies].map((c) => `${c.author} (${c.at.slice(0, 10)}): ${c.text}`).join('\n');
    for (const row of rowsOf(thread, rows)) notes.set(row.ref, [...(notes.get(row.ref) ?? []), text]);
  }
  return new Map(
    [...notes].map(([ref, texts]) => {
      const all = `Open comments:\n${texts.join('\n---\n')}`;
      return [ref, all.length > NOTE_MAX ? `${all.slice(0, NOTE_MAX - 1)}…` : all];
    }),
  );
}
