/**
 * Rehearsing an edit after a large design opens (src/store/rehearse-edits.ts)
 * runs the edit's derivation on copies and keeps none of it: the design's
 * own derivation is unchanged, object for object and value for value, and
 * the next real edit starts from it.
 */
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { deriveFlows } from '../../src/model/derive';
import * as edit from '../../src/model/design/edit';
import { derivedOf } from '../../src/store/derived';
import { rehearseEdits } from '../../src/store/rehearse-edits';

const catalogue = bundledCatalogue();
const design = generateDesign(400, catalogue, { seed: 5 });

/** Everything a reader of the derivation sees, as plain values. */
const snapshot = (of: ReturnType<typeof derivedOf>) =>
  structuredClone({ flows: of.flows, pairs: of.pairs, edges: of.edges, rows: of.rows, pairIds: [...of.pairById.keys()] });

describe('rehearsing edits', () => {
  it('rehearses in idle moments, leaves the derivation as it was, and the next edit starts from it', () => {
    const before = derivedOf(design);
    const { flows, pairs, edges, rows } = before;
    const values = snapshot(before);
    // Idle moments, run one at a time: nothing runs until one comes.
    const idle: (() => void)[] = [];
    let ended = false;
    rehearseEdits(design, () => ({ next: (run) => idle.push(run), end: () => (ended = true) }));
    expect(idle).toHaveLength(1);
    let steps = 0;
    for (; idle.length > 0; steps++) idle.shift()!();
    // Five rehearsals, each its derivation and its pairing.
    expect(steps).toBe(10);
    expect(ended).toBe(true);

    // The next edit (with nothing read in between): right, and what it does not touch keeps its objects.
    const c = design.components.find((component) => flows.some((f) => f.from === component.id))!;
    const renamedDesign = edit.updateComponent(design, c.id, { label: 'another name' });
    const renamed = derivedOf(renamedDesign);
    expect(renamed.flows).toEqual(deriveFlows(renamedDesign, catalogue));
    const away = (e: { a: string; b: string }) => e.a !== c.id && e.b !== c.id;
    const kept = edges.filter(away);
    expect(renamed.edges.filter(away)).toHaveLength(kept.length);
    renamed.edges.filter(away).forEach((e, i) => expect(e).toBe(kept[i]));

    const after = derivedOf(design);
    expect(after).toBe(before);
    expect(after.flows).toBe(flows);
    expect(after.pairs).toBe(pairs);
    expect(after.edges).toBe(edges);
    expect(after.rows).toBe(rows);
    expect(snapshot(after)).toEqual(values);
  });

  it('rehearses once per page: after the first design, no other', () => {
    let asked = 0;
    const slots = () => {
      asked++;
      return { next: (run: () => void) => run(), end: () => {} };
    };
    const other = generateDesign(300, catalogue, { seed: 6 });
    derivedOf(other);
    rehearseEdits(other, slots);
    rehearseEdits(design, slots);
    expect(asked).toBe(0);
  });
});
