/**
 * Review comments: threads on a component, an edge or a matrix row, with
 * replies, resolved or open. Saved in the design (`comments`), one flat list
 * of comments, so two people replying at once in a shared room both keep
 * their reply (each comment is its own item in the room's document).
 *
 * A thread's first comment carries what it is about (`on`); a reply names
 * the thread's first comment (`replyTo`). Where a comment points:
 * - a component: its id;
 * - an edge: the unordered component pair `a~b` (ids sorted), the edge the
 *   canvas draws, so it holds for both directions the inspector shows;
 * - a matrix row: the row's stable id `<flow key>|<protocol>|<port>`; a
 *   changed port is another firewall rule, so its comments become orphaned.
 * `on.label` keeps what the thing was called, so a thread on something that
 * was since removed still says what it was about (it is kept, as orphaned).
 */
import { z } from '../zod';

export const MAX_COMMENT_TEXT = 2000;
export const MAX_AUTHOR = 80;
export const MAX_COMMENTS = 2000;
const MAX_LABEL = 200;

const notBlank = (what: string, max: number) =>
  z.string().check(
    z.maxLength(max, `${what} is at most ${max} characters`),
    z.refine((s) => s.trim() !== '', `${what} cannot be empty`),
  );

const Id = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'an id is 1-64 letters, digits, dots, dashes, colons or underscores'));
export const CommentId = Id;
export const CommentTimestamp = z.string().check(z.iso.datetime({ offset: true }));
export const CommentAuthor = notBlank('an author name', MAX_AUTHOR);

export const CommentTarget = z.strictObject({
  kind: z.enum(['component', 'edge', 'row']),
  /** Component id, unordered pair `a~b`, or matrix row id. */
  id: z.string().check(z.minLength(1), z.maxLength(600)),
  /** What the thing was called when the thread began. */
  label: z.optional(z.string().check(z.maxLength(MAX_LABEL))),
});

export const Comment = z
  .strictObject({
    id: Id,
    /** On a thread's first comment: what the thread is about. */
    on: z.optional(CommentTarget),
    /** On a reply: the id of the thread's first comment. */
    replyTo: z.optional(Id),
    author: CommentAuthor,
    /** ISO 8601 date and time. */
    at: CommentTimestamp,
    text: notBlank('a comment', MAX_COMMENT_TEXT),
    /** On a thread's first comment: who resolved the thread, and when. Absent: open. */
    resolved: z.optional(z.strictObject({ by: CommentAuthor, at: CommentTimestamp })),
  })
  .check(
    z.refine(
      (c) => (c.on === undefined) !== (c.replyTo === undefined),
      'a comment either starts a thread (on) or replies to one (replyTo)',
    ),
    z.refine((c) => c.replyTo === undefined || c.resolved === undefined, 'only a thread is resolved, not a reply'),
  );

export type Comment = z.infer<typeof Comment>;
export type CommentTarget = z.infer<typeof CommentTarget>;

/** The canonical edge target id: the pair's ids sorted (`a~b` is `b~a`). */
export function edgeTargetId(id: string): string {
  const [a = '', b = ''] = id.split('~');
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

/**
 * Keeps a design's comments that are valid and drops the rest, each with a
 * warning naming it, before the design itself is checked: a bad comment
 * never stops a design from opening. `value` is the parsed file.
 */
export function screenComments(value: unknown, source: string): { value: unknown; warnings: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('comments' in value)) return { value, warnings: [] };
  const raw = (value as { comments: unknown }).comments;
  if (raw === undefined) return { value, warnings: [] };
  const { comments: _all, ...rest } = value as Record<string, unknown>;
  if (!Array.isArray(raw)) return { value: rest, warnings: [`${source}: "comments" is not a list; the comments were left out.`] };
  const kept: Comment[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  raw.forEach((entry, index) => {
    if (kept.length >= MAX_COMMENTS) {
      problems.push(`comments[${index}]: past the limit of ${MAX_COMMENTS} comments`);
      return;
    }
    const parsed = Comment.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : '';
      problems.push(`comments[${index}]${where}: ${issue?.message ?? 'not a comment'}`);
    } else if (ids.has(parsed.data.id)) problems.push(`comments[${index}]: the id ${parsed.data.id} is used twice`);
    else {
      ids.add(parsed.data.id);
      kept.push(entry as Comment);
    }
  });
  if (problems.length === 0) return { value, warnings: [] };
  const shown = problems.slice(0, 5).join('; ');
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
  return {
    value: { ...rest, comments: kept },
    warnings: [
      `${source}: ${problems.length} comment${problems.length === 1 ? ' was' : 's were'} left out (${shown}${more}); everything else opened.`,
    ],
  };
}
