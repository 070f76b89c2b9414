/** Review comments: the schema and its bounds, thread actions, the restore path, orphans and open counts. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesign } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { buildMatrix } from '../../src/model/matrix';
import { applyCommentAction, type CommentAction } from '../../src/model/review/comment-actions';
import { Comment } from '../../src/model/review/comments';
import { targetExists } from '../../src/model/review/comment-sheet';
import { openCounts } from '../../src/model/review/counts';
import { rowEdge, threadsOf } from '../../src/model/review/threads';

const catalogue = bundledCatalogue();
const exampleText = readFileSync(resolve(__dirname, '../../examples/tarantella-array-netlet.portolan.json'), 'utf8');
const example = (): Design => {
  const result = restoreDesign(exampleText, catalogue, 'example');
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
};
const at = '2026-11-30T10:00:00.000Z';
const thread = (id: string, on: Comment['on'], text = 'Why is this open?'): Comment => ({ id, on, author: 'Rosa', at, text });
const reply = (id: string, replyTo: string, text = 'Because.'): Comment => ({
  id,
  replyTo,
  author: 'Sam',
  at: '2026-11-30T11:00:00Z',
  text,
});

describe('the comment schema', () => {
  it('takes a thread or a reply, never both or neither, with bounded text and author', () => {
    expect(Comment.safeParse(thread('t1', { kind: 'component', id: 'c1' })).success).toBe(true);
    expect(Comment.safeParse(reply('r1', 't1')).success).toBe(true);
    expect(Comment.safeParse({ ...thread('t1', { kind: 'component', id: 'c1' }), replyTo: 't0' }).success).toBe(false);
    expect(Comment.safeParse({ id: 'x', author: 'a', at, text: 'orphan of nothing' }).success).toBe(false);
    expect(Comment.safeParse(thread('t1', { kind: 'row', id: 'k' }, 'x'.repeat(2001))).success).toBe(false);
    expect(Comment.safeParse(thread('t1', { kind: 'row', id: 'k' }, '   ')).success).toBe(false);
    expect(Comment.safeParse({ ...thread('t1', { kind: 'row', id: 'k' }), author: 'a'.repeat(81) }).success).toBe(false);
    expect(Comment.safeParse({ ...thread('t1', { kind: 'row', id: 'k' }), at: 'yesterday' }).success).toBe(false);
    expect(Comment.safeParse({ ...reply('r1', 't1'), resolved: { by: 'x', at } }).success).toBe(false);
    expect(Comment.safeParse({ ...thread('t1', { kind: 'shape' as 'row', id: 'k' }) }).success).toBe(false);
  });
});

describe('thread actions', () => {
  it('add threads and replies, resolve and reopen threads, and refuse what does not fit', () => {
    let comments: Comment[] = [];
    const run = (action: CommentAction) => {
      const result = applyCommentAction(comments, action);
      comments = result.comments;
      return result.problem;
    };
    expect(run({ type: 'add', comment: thread('t1', { kind: 'edge', id: 'a~b' }) })).toBeUndefined();
    expect(run({ type: 'add', comment: reply('r1', 't1') })).toBeUndefined();
    expect(run({ type: 'add', comment: reply('r2', 'r1') })).toBe('the thread replied to does not exist');
    expect(run({ type: 'add', comment: reply('r1', 't1') })).toBe('the comment id r1 is taken');
    expect(run({ type: 'resolve', thread: 't1', by: 'Rosa', at })).toBeUndefined();
    expect(threadsOf(comments)[0]).toMatchObject({ id: 't1', open: false, replies: [{ id: 'r1' }] });
    expect(run({ type: 'resolve', thread: 'r1', by: 'Rosa', at })).toBe('no such thread');
    expect(run({ type: 'reopen', thread: 't1' })).toBeUndefined();
    expect(comments.find((c) => c.id === 't1')!.resolved).toBeUndefined();
    expect(comments).toHaveLength(2);
  });
});

describe('comments in a design file', () => {
  it('survive save and reopen', () => {
    const design = example();
    const comments = [thread('t1', { kind: 'component', id: design.components[0]!.id, label: 'first' }), reply('r1', 't1')];
    const reopened = restoreDesign(JSON.stringify({ ...design, comments }), catalogue, 'saved');
    expect(reopened.ok && reopened.design.comments).toEqual(comments);
    expect(reopened.ok && reopened.warnings).toEqual([]);
  });

  it('leave bad comments out with a warning that names them, and keep everything else', () => {
    const raw = JSON.parse(exampleText) as Record<string, unknown>;
    const good = thread('t1', { kind: 'component', id: 'anything' });
    const bad = [{ ...good, id: 't2', text: 'x'.repeat(5000) }, { ...good, id: 't3', on: undefined }, 'not a comment', good];
    const result = restoreDesign(JSON.stringify({ ...raw, comments: [good, ...bad] }), catalogue, 'review.portolan.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.comments).toEqual([good]);
    expect(result.design.components).toEqual(example().components);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /^review\.portolan\.json: 4 comments were left out \(comments\[1\]\.text: a comment is at most 2000/,
    );
    expect(result.warnings[0]).toContain('comments[4]: the id t1 is used twice');
    expect(result.warnings[0]).toContain('everything else opened');

    const notList = restoreDesign(JSON.stringify({ ...raw, comments: { t1: good } }), catalogue, 'f');
    expect(notList.ok && notList.design.comments).toBeUndefined();
    expect(notList.ok && notList.warnings[0]).toContain('"comments" is not a list');
  });
});

describe('orphans and open counts', () => {
  it('keep threads on things that are gone, marked orphaned, and count open threads per thing', () => {
    const design = example();
    const rows = buildMatrix(design, catalogue);
    const row = rows[0]!;
    const edge = rowEdge(row);
    const comments = [
      thread('t1', { kind: 'component', id: row.source.componentId }),
      thread('t2', { kind: 'row', id: row.id }),
      thread('t3', { kind: 'edge', id: edge.split('~').reverse().join('~') }),
      { ...thread('t4', { kind: 'component', id: row.source.componentId }), resolved: { by: 'Rosa', at } },
      thread('t5', { kind: 'component', id: 'long-gone' }),
      reply('r9', 'deleted-thread'),
    ];
    const threads = threadsOf(comments);
    expect(threads.map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4', 't5', 'r9']);
    const counts = openCounts(comments, rows);
    expect(counts.total).toBe(5);
    expect(counts.components.get(row.source.componentId)).toBe(1);
    expect(counts.rows.get(row.id)).toBe(1);
    // The edge counts its own thread (given either way round) and its rows' threads.
    expect(counts.edges.get(edge)).toBe(2);
    const exists = threads.map((t) => targetExists(t.on, design, rows));
    expect(exists).toEqual([true, true, true, true, false, false]);

    // Remove the component: its threads stay, orphaned.
    const without = { ...design, components: design.components.filter((c) => c.id !== row.source.componentId) };
    const rowsAfter = buildMatrix(without, catalogue);
    expect(threads.slice(0, 3).map((t) => targetExists(t.on, without, rowsAfter))).toEqual([false, false, false]);
  });
});
