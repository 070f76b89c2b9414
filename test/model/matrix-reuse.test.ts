/**
 * The matrix and its request rows after an edit reuse what the edit did not
 * touch (src/model/matrix.ts, src/model/request/rows.ts) and are exactly what
 * building them afresh gives: over random sequences of the edits a person
 * makes, request fields and NAT addresses included, every step's rows equal
 * rows built from copies of the design and flows (new objects, so nothing
 * is reused); and a row the edit did not reach, still at its number, is the
 * same object as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { deriveFlows } from '../../src/model/derive';
import { rederiveFlows, type Derivation } from '../../src/model/derive-incremental';
import * as edit from '../../src/model/design/edit';
import { buildMatrix } from '../../src/model/matrix';
import { setFlowRequests } from '../../src/model/request/edit';
import { requestRows, withServiceNames } from '../../src/model/request/rows';
import { loadServiceNames } from '../../src/model/request/services';
import { applyEdits, editSequences, randomEdits, type Edit } from './random-edits';

const catalogue = bundledCatalogue();
const runs = Math.ceil(Number(process.env.PORTOLAN_PROPERTY_RUNS ?? 60) / 4);
const start = generateDesign(60, catalogue, { seed: 5, perSite: 30 });

const edits: Record<string, Edit> = {
  ...randomEdits(catalogue),
  justification: (design, pick) => {
    const flows = deriveFlows(design, catalogue);
    const flow = flows[pick(flows.length)];
    return flow ? setFlowRequests(design, [flow.key], { justification: `needed ${pick(5)}` }) : design;
  },
  nat: (design, pick) => {
    const c = design.components[pick(design.components.length)];
    return c ? edit.updateComponent(design, c.id, { nat: ['198.51.100.7', undefined][pick(2)] }) : design;
  },
};

const editSequence = editSequences(edits, 10);

describe('matrix rows after an edit', () => {
  it('equal rows built afresh, after every edit of a random sequence', async () => {
    const names = await loadServiceNames();
    fc.assert(
      fc.property(editSequence, (sequence) => {
        let previous: Derivation = { design: start, catalogue, flows: deriveFlows(start, catalogue) };
        applyEdits(start, edits, sequence, (name, design) => {
          const flows = rederiveFlows(previous, design, catalogue);
          const rows = buildMatrix(design, catalogue, flows);
          const freshDesign = structuredClone(design);
          const freshFlows = structuredClone(flows);
          const fresh = buildMatrix(freshDesign, catalogue, freshFlows);
          expect(rows, name).toEqual(fresh);
          expect(withServiceNames(requestRows(design, rows), names), name).toEqual(
            withServiceNames(requestRows(freshDesign, fresh), names),
          );
          previous = { design, catalogue, flows };
        });
      }),
      { numRuns: runs },
    );
  }, 120_000);

  it('keep every row a rename did not reach, and its request row, as the same objects', () => {
    const flows = deriveFlows(start, catalogue);
    const rows = buildMatrix(start, catalogue, flows);
    const request = requestRows(start, rows);
    // The last component in matrix order: a new name cannot move the rows before its own.
    const renamed = rows[rows.length - 1]!.source.componentId;
    const next = edit.updateComponent(start, renamed, { label: 'zzz renamed' });
    const again = buildMatrix(next, catalogue, rederiveFlows({ design: start, catalogue, flows }, next, catalogue));
    const againRequest = requestRows(next, again);
    const away = (i: number) =>
      again[i]!.source.componentId !== renamed && again[i]!.destination.componentId !== renamed && again[i]!.ref === rows[i]!.ref;
    const kept = again.flatMap((_, i) => (away(i) && again[i]!.id === rows[i]!.id ? [i] : []));
    expect(kept.length).toBeGreaterThan(rows.length / 2);
    for (const i of kept) {
      expect(again[i]).toBe(rows[i]);
      expect(againRequest[i]).toBe(request[i]);
    }
    // And the renamed component's rows are new, with the new name.
    const touched = again.filter((r) => r.source.componentId === renamed);
    expect(touched.length).toBeGreaterThan(0);
    for (const row of touched) expect(row.source.component).toBe('zzz renamed');
  });
});
