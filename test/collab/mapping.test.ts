import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DesignReader, writeDesign } from '../../src/collab/mapping';
import { validRoomDesign } from '../../src/collab/binding';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import * as edit from '../../src/model/design/edit';
import { restoreDesign } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { buildMatrix } from '../../src/model/matrix';

const catalogue = bundledCatalogue();
const example = (): Design => {
  const result = restoreDesign(readFileSync('examples/spotfire-cluster.portolan.json'), catalogue, 'example');
  if (!result.ok) throw new Error('example did not load');
  return result.design;
};
type Plain = Record<string, unknown>;
const plain = (d: Design) => d as unknown as Plain;
const read = (doc: Y.Doc) => validRoomDesign(new DesignReader(doc).read())!;
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};
const matrixOf = (d: Design) => buildMatrix(d, catalogue);

describe('design ↔ Y.Doc mapping', () => {
  it('reads back the design it wrote, field for field, and so the same matrix', () => {
    const design = example();
    const doc = new Y.Doc();
    doc.transact(() => writeDesign(doc, plain(design)));
    expect(read(doc)).toEqual(design);
    expect(matrixOf(read(doc))).toEqual(matrixOf(design));
  });

  it('keeps fields it does not know (added by other parts of Portolan) and unknown-shaped values', () => {
    const doc = new Y.Doc();
    const design = {
      ...plain(example()),
      reviewNotes: [{ id: 'n1', text: 'ok' }],
      requestFields: { ticket: 'CHG-1', urgent: true },
      tags: ['b', 'a'],
      revision: 3,
    };
    doc.transact(() => writeDesign(doc, design));
    const back = new DesignReader(doc).read();
    expect(back.reviewNotes).toEqual([{ id: 'n1', text: 'ok' }]);
    expect(back.requestFields).toEqual({ ticket: 'CHG-1', urgent: true });
    expect(back.tags).toEqual(['a', 'b']);
    expect(back.revision).toBe(3);
  });

  it('merges concurrent edits by two people: a move, an option, a new component on each side, an exclusion', () => {
    const base = example();
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.transact(() => writeDesign(a, plain(base)));
    sync(a, b);
    const [first, second] = base.components;
    let da = read(a);
    const movedA = edit.updateComponent(da, first!.id, { position: { x: 999, y: 111 } });
    a.transact(() => writeDesign(a, plain(movedA), plain(da)));
    da = read(a);
    const addedA = edit.addComponent(da, { id: 'cA-1', type: first!.type });
    a.transact(() => writeDesign(a, plain(addedA.design), plain(da)));

    let db = read(b);
    const optionB = edit.updateComponent(db, first!.id, { label: 'renamed by B' });
    b.transact(() => writeDesign(b, plain(optionB), plain(db)));
    db = read(b);
    const addedB = edit.addComponent(db, { id: 'cB-1', type: second!.type });
    b.transact(() => writeDesign(b, plain(addedB.design), plain(db)));
    db = read(b);
    const excluded = edit.setExcluded(db, ['some>flow'], true);
    b.transact(() => writeDesign(b, plain(excluded), plain(db)));

    sync(a, b);
    const ra = read(a);
    expect(ra).toEqual(read(b));
    const merged = ra.components.find((c) => c.id === first!.id)!;
    expect(merged.position).toEqual({ x: 999, y: 111 });
    expect(merged.label).toBe('renamed by B');
    expect(ra.components.map((c) => c.id)).toEqual(expect.arrayContaining(['cA-1', 'cB-1']));
    expect(ra.excluded).toEqual(['some>flow']);
    expect(matrixOf(ra)).toEqual(matrixOf(read(b)));
  });

  it('writes only what changed: an unchanged component keeps its object between reads', () => {
    const design = example();
    const doc = new Y.Doc();
    const reader = new DesignReader(doc);
    doc.on('afterTransaction', (t: Y.Transaction) => reader.invalidate(t.changed.keys()));
    doc.transact(() => writeDesign(doc, plain(design)));
    const before = validRoomDesign(reader.read())!;
    const moved = edit.updateComponent(before, before.components[0]!.id, { position: { x: 5, y: 6 } });
    let updates = 0;
    doc.on('update', (u: Uint8Array) => (updates += u.length));
    doc.transact(() => writeDesign(doc, plain(moved), plain(before)));
    const after = validRoomDesign(reader.read())!;
    expect(after.components[0]!.position).toEqual({ x: 5, y: 6 });
    expect(after.components[1]).toBe(before.components[1]);
    expect(after.zones).toBe(before.zones);
    expect(updates).toBeLessThan(120);
  });

  it('undoes only this person’s own changes', () => {
    const base = example();
    const a = new Y.Doc();
    const b = new Y.Doc();
    const mine = Symbol('mine');
    a.transact(() => writeDesign(a, plain(base)));
    sync(a, b);
    const roots = [...a.share.values()];
    const undo = new Y.UndoManager(roots, { trackedOrigins: new Set([mine]), captureTimeout: 0 });
    const id = base.components[0]!.id;
    const da = read(a);
    a.transact(() => writeDesign(a, plain(edit.updateComponent(da, id, { label: 'A' })), plain(da)), mine);
    const db = read(b);
    b.transact(() => writeDesign(b, plain(edit.updateComponent(db, base.components[1]!.id, { label: 'B' })), plain(db)));
    sync(a, b);
    undo.undo();
    sync(a, b);
    const result = read(b);
    expect(result.components[0]!.label).toBe(base.components[0]!.label);
    expect(result.components[1]!.label).toBe('B');
  });
});
