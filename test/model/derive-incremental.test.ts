/**
 * Incremental derivation equals the full one: over random sequences of the
 * edits a person makes (options, labels, addresses, hosts, zones, scoping,
 * adding, removing and duplicating components, user flows, switching flows
 * off, zone edits, moves), every step's flows are exactly `deriveFlows` of
 * that design, in the same order; and an edit keeps the flow objects of the
 * components it did not touch.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { deriveFlows } from '../../src/model/derive';
import { rederiveFlows, type Derivation } from '../../src/model/derive-incremental';
import * as edit from '../../src/model/design/edit';
import type { Design } from '../../src/model/design/schema';
import { applyEdits, editSequences, randomEdits } from './random-edits';

const catalogue = bundledCatalogue();
// CI sets 1000 runs: about 30 s, each deriving a 60-component estate up to 24 times, hence the test's own timeout.
const runs = Number(process.env.PORTOLAN_PROPERTY_RUNS ?? 60);
const start = generateDesign(60, catalogue, { seed: 7, perSite: 30 });

const edits = randomEdits(catalogue);

const editSequence = editSequences(edits, 12);

describe('incremental derivation', () => {
  it('equals the full derivation, in order, after every edit of a random sequence', () => {
    fc.assert(
      fc.property(editSequence, (sequence) => {
        let previous: Derivation = { design: start, catalogue, flows: deriveFlows(start, catalogue) };
        applyEdits(start, edits, sequence, (name, design) => {
          const flows = rederiveFlows(previous, design, catalogue);
          expect(flows, name).toEqual(deriveFlows(design, catalogue));
          previous = { design, catalogue, flows };
        });
      }),
      { numRuns: runs },
    );
  }, 120_000);

  it('keeps the flow objects of every component an option change did not touch', () => {
    const flows = deriveFlows(start, catalogue);
    const edited = start.components.find((c) => flows.some((f) => f.from === c.id || f.to === c.id))!;
    const next = edit.updateComponent(start, edited.id, { label: 'renamed' });
    const again = rederiveFlows({ design: start, catalogue, flows }, next, catalogue);
    const untouched = flows.filter((f) => f.from !== edited.id && f.to !== edited.id);
    expect(untouched.length).toBeGreaterThan(0);
    const kept = new Set(again);
    for (const flow of untouched) expect(kept.has(flow)).toBe(true);
    expect(again).toEqual(deriveFlows(next, catalogue));
  });

  it('derives everything again for another catalogue or a field it does not follow', () => {
    const flows = deriveFlows(start, catalogue);
    const other = { ...catalogue };
    expect(rederiveFlows({ design: start, catalogue: other, flows: [] }, start, catalogue)).toEqual(flows);
    const unknown = { ...start, future: 1 } as unknown as Design;
    expect(rederiveFlows({ design: start, catalogue, flows: [] }, unknown, catalogue)).toEqual(flows);
  });
});
