/**
 * The flow count that guards derivation: never below what derivation makes
 * (so nothing past the limit slips through), exact when no condition
 * switches a flow off, cheap, and narrowed by servedBy as derivation is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { countFlows, flowLimitProblem } from '../../src/model/design/budget';
import { restoreDesignValue } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { deriveFlows } from '../../src/model/derive';
import { design as randomDesign } from '../export/arbitraries';

const catalogue = bundledCatalogue();
const runs = Number(process.env.PORTOLAN_PROPERTY_RUNS ?? 100);

function restored(value: unknown): Design {
  const result = restoreDesignValue(value, catalogue);
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
}

describe('countFlows', () => {
  it('is never below the flows derivation makes, and equal when no flow is conditional', () => {
    fc.assert(
      fc.property(randomDesign, (input) => {
        const result = restoreDesignValue(JSON.parse(JSON.stringify(input)), catalogue);
        if (!result.ok) return;
        const flows = deriveFlows(result.design, catalogue);
        const { total } = countFlows(result.design, catalogue);
        expect(total).toBeGreaterThanOrEqual(flows.length);
        const conditional = catalogue.flows.filter((f) => f.when.length > 0).length;
        if (conditional === 0) expect(total).toBe(flows.length);
      }),
      { numRuns: runs },
    );
  });

  it('counts all pairs, and servedBy narrows them as derivation does', () => {
    const servers = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, type: 'tachyon.server' }));
    const clients = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, type: 'tachyon.1e-client' }));
    const all = restored({ schemaVersion: 1, components: [...servers, ...clients] });
    const scoped = restored({
      schemaVersion: 1,
      components: [...servers, ...clients.map((c) => ({ ...c, servedBy: { 'tachyon.response-stack': ['s0'], 'tachyon.clients': [] } }))],
    });
    for (const design of [all, scoped]) {
      expect(countFlows(design, catalogue).total).toBeGreaterThanOrEqual(deriveFlows(design, catalogue).length);
    }
    expect(countFlows(scoped, catalogue).total).toBeLessThan(countFlows(all, catalogue).total / 2);
    expect(countFlows(all, catalogue).biggest[0]).toMatchObject({
      from: 'tachyon.1e-client',
      to: 'tachyon.response-stack',
      initiators: 30,
      listeners: 30,
    });
  });

  it('says nothing within the limit and names the biggest pairs past it', () => {
    const design = restored({
      schemaVersion: 1,
      components: [{ type: 'tachyon.server' }, { type: 'tachyon.1e-client' }, { type: 'tachyon.1e-client' }],
    });
    expect(flowLimitProblem(design, catalogue)).toBeUndefined();
    const total = countFlows(design, catalogue).total;
    expect(flowLimitProblem(design, catalogue, total - 1)).toMatch(
      new RegExp(`^This design would produce up to ${total} flows, more than the ${total - 1} Portolan derives.*2 × 1E Client to 1 × `),
    );
  });
});
