/** Comments are not design edits: adding, resolving or reopening one is no undo step, and Undo and Redo keep them. */
import { beforeEach, describe, expect, it } from 'vitest';
import { applyComment } from '../../src/store/comment-actions';
import { redo, undo, useDesignStore } from '../../src/store/design-store';
import { emptyDesign } from '../../src/model/design/edit';
import { currentDesign, loadDesign, undoSteps } from '../ui/stores';

const at = '2026-11-30T10:00:00.000Z';
const add = (id: string, on: string) =>
  applyComment({ type: 'add', comment: { id, on: { kind: 'component', id: on }, author: 'Rosa', at, text: `about ${on}` } });
const ids = () => (currentDesign().comments ?? []).map((c) => c.id);

beforeEach(() => loadDesign({ components: [{ id: 'c1', type: 'infra.workstation' }] }));

describe('comments and undo', () => {
  it('are no undo step, and survive undo and redo of design edits', () => {
    useDesignStore.getState().updateComponent('c1', { label: 'Gateway' });
    expect(undoSteps()).toBe(1);
    add('t1', 'c1');
    applyComment({ type: 'resolve', thread: 't1', by: 'Rosa', at });
    expect(undoSteps()).toBe(1);
    undo();
    expect(currentDesign().components[0]!.label).toBeUndefined();
    expect(ids()).toEqual(['t1']);
    expect(currentDesign().comments![0]!.resolved).toBeDefined();
    redo();
    expect(currentDesign().components[0]!.label).toBe('Gateway');
    expect(ids()).toEqual(['t1']);
    // A comment on a component that an undo removes stays, orphaned.
    const id = useDesignStore.getState().addComponent({ type: 'infra.workstation' });
    add('t2', id);
    undo();
    expect(currentDesign().components.some((c) => c.id === id)).toBe(false);
    expect(ids()).toEqual(['t1', 't2']);
  });

  it('belong to their design: undoing New brings back the old design with its own comments', () => {
    add('t1', 'c1');
    useDesignStore.getState().replace(emptyDesign());
    expect(ids()).toEqual([]);
    add('t9', 'nothing');
    undo();
    expect(currentDesign().components.map((c) => c.id)).toEqual(['c1']);
    expect(ids()).toEqual(['t1']);
    redo();
    expect(ids()).toEqual(['t9']);
  });
});
