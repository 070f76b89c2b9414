/**
 * Pairs and edges after an edit, repaired from the last ones
 * (src/store/pairs-incremental.ts), are what grouping all the flows gives:
 * one pair per direction in the order of its first flow, one edge per
 * unordered pair in the order of its first pair, both indexed by id; and a
 * pair or edge the edit did not touch is the same object as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { directionsOf, unorderedPairs } from '../../src/model/diagram';
import * as edit from '../../src/model/design/edit';
import { derivedOf, type Derived } from '../../src/store/derived';
import { applyEdits, editSequences, randomEdits } from '../model/random-edits';

const catalogue = bundledCatalogue();
const start = generateDesign(80, catalogue, { seed: 11, perSite: 40 });
// The edits that add, remove or change flows, and two that change none.
const all = randomEdits(catalogue);
const edits = Object.fromEntries(['option', 'label', 'host', 'add', 'remove', 'userFlow', 'exclude'].map((name) => [name, all[name]!]));

function expectGrouped(derived: Derived) {
  const directions = [...directionsOf(derived.flows)];
  expect(derived.pairs.map((p) => p.id)).toEqual(directions.map(([id]) => id));
  derived.pairs.forEach((pair, i) => expect(pair.flows).toEqual(directions[i]![1]));
  const links = unorderedPairs(derived.pairs);
  expect(derived.edges.map((e) => [e.id, e.ab?.id, e.ba?.id])).toEqual(links.map((l) => [l.id, l.ab?.id, l.ba?.id]));
  derived.edges.forEach((edge, i) => {
    expect(edge.ab).toBe(links[i]!.ab);
    expect(edge.ba).toBe(links[i]!.ba);
  });
  expect([...derived.pairById.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
    [...derived.pairs].sort((a, b) => a.id.localeCompare(b.id)),
  );
  expect(derived.edgeById.size).toBe(derived.edges.length);
  for (const e of derived.edges) expect(derived.edgeById.get(e.id)).toBe(e);
}

describe('pairs and edges repaired after an edit', () => {
  it('equal grouping every flow again, after every edit of a random sequence', () => {
    fc.assert(
      fc.property(editSequences(edits, 10), (steps) => {
        const design = structuredClone(start);
        let before = derivedOf(design);
        applyEdits(design, edits, steps, (_name, edited) => {
          const after = derivedOf(edited);
          expectGrouped(after);
          // What the edit did not touch keeps its object.
          const untouched = before.edges.filter((e) => after.edgeById.has(e.id) && after.edgeById.get(e.id)!.ab?.flows === e.ab?.flows);
          for (const e of untouched) if (after.edgeById.get(e.id)!.ba === e.ba) expect(after.edgeById.get(e.id)).toBe(e);
          before = after;
        });
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('keeps every pair and edge through an edit that changes no flow, and those a rename does not reach', () => {
    const design = structuredClone(start);
    const before = derivedOf(design);
    const retitled = derivedOf({ ...design, meta: { ...design.meta, title: 'another title' } });
    expect(retitled.pairs).toBe(before.pairs);
    expect(retitled.edges).toBe(before.edges);
    const c = design.components[3]!;
    const renamed = derivedOf(edit.updateComponent(design, c.id, { label: 'another name' }));
    const away = (e: { a: string; b: string }) => e.a !== c.id && e.b !== c.id;
    expect(renamed.edges.filter(away)).toEqual(before.edges.filter(away));
    renamed.edges.filter(away).forEach((e, i) => expect(e).toBe(before.edges.filter(away)[i]));
  });

  it('start the first edit from the design last read, not from the empty one a trailing panel asked for first', () => {
    const design = structuredClone(start);
    const before = derivedOf(design);
    // The matrix's first render, while a design opens, reads an empty design (src/ui/deferred.ts);
    // then its deferred render finds the opened design derived already.
    derivedOf(edit.emptyDesign());
    expect(derivedOf(design)).toBe(before);
    const c = design.components[3]!;
    const renamed = derivedOf(edit.updateComponent(design, c.id, { label: 'another name' }));
    const away = (e: { a: string; b: string }) => e.a !== c.id && e.b !== c.id;
    expect(renamed.flows.filter((f) => f.from !== c.id && f.to !== c.id)).toEqual(
      before.flows.filter((f) => f.from !== c.id && f.to !== c.id),
    );
    renamed.edges.filter(away).forEach((e, i) => expect(e).toBe(before.edges.filter(away)[i]));
  });
});
