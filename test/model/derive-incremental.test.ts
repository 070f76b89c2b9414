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

const catalogue = bundledCatalogue();
// CI sets 1000 runs: about 30 s, each deriving a 60-component estate up to 24 times, hence the test's own timeout.
const runs = Number(process.env.PORTOLAN_PROPERTY_RUNS ?? 60);
const start = generateDesign(60, catalogue, { seed: 7, perSite: 30 });

type Edit = (design: Design, pick: (n: number) => number) => Design;

const component = (design: Design, pick: (n: number) => number) => design.components[pick(design.components.length)];

const edits: Record<string, Edit> = {
  option: (design, pick) => {
    const c = component(design, pick);
    const type = c && catalogue.components.get(c.type);
    const option = type?.options[pick(type.options.length)];
    if (!c || !option) return design;
    const value = option.type === 'boolean' ? !c.options[option.id] : option.choices[pick(option.choices.length)]!.value;
    return edit.updateComponent(design, c.id, { options: { ...c.options, [option.id]: value } });
  },
  label: (design, pick) => {
    const c = component(design, pick);
    return c ? edit.updateComponent(design, c.id, { label: `renamed ${pick(100)}` }) : design;
  },
  address: (design, pick) => {
    const c = component(design, pick);
    const ip = ['10.1.1.1', '10.1.1.0/24', '192.168.0.9', undefined][pick(4)];
    return c ? edit.updateComponent(design, c.id, { ip }) : design;
  },
  host: (design, pick) => {
    const c = component(design, pick);
    return c ? edit.updateComponent(design, c.id, { host: ['h1', 'h2', undefined][pick(3)] }) : design;
  },
  zone: (design, pick) => {
    const c = component(design, pick);
    const zone = design.zones[pick(design.zones.length)];
    return c && zone ? edit.updateComponent(design, c.id, { zone: zone.id }) : design;
  },
  move: (design, pick) => {
    const c = component(design, pick);
    return c ? edit.updateComponent(design, c.id, { position: { x: pick(900), y: pick(900) } }) : design;
  },
  servedBy: (design, pick) => {
    const c = component(design, pick);
    const type = c && catalogue.components.get(c.type);
    const roles = [...new Set(catalogue.flows.filter((f) => type?.roles.includes(f.from)).map((f) => f.to))];
    const role = roles[pick(roles.length)];
    if (!c || !role) return design;
    const servers = design.components.filter(() => pick(3) === 0).map((s) => s.id);
    const servedBy = { ...c.servedBy };
    if (pick(3) === 0) delete servedBy[role];
    else servedBy[role] = servers;
    return edit.updateComponent(design, c.id, { servedBy });
  },
  add: (design, pick) => {
    const types = [...catalogue.components.keys()];
    const zone = design.zones[pick(design.zones.length)];
    return edit.addComponent(design, { type: types[pick(types.length)]!, ...(zone && { zone: zone.id }) }).design;
  },
  remove: (design, pick) => {
    const c = component(design, pick);
    return c ? edit.removeItems(design, new Set([c.id])) : design;
  },
  duplicate: (design, pick) => {
    const c = component(design, pick);
    return c ? edit.duplicateComponents(design, [c.id]).design : design;
  },
  userFlow: (design, pick) => {
    const from = component(design, pick);
    const to = component(design, pick);
    return from && to
      ? edit.addUserFlow(design, { from: from.id, to: to.id, protocol: 'tcp', ports: { from: 8000 + pick(9), to: 8010 } }).design
      : design;
  },
  exclude: (design, pick) => {
    const flows = deriveFlows(design, catalogue);
    const keys = flows.filter(() => pick(4) === 0).map((f) => f.key);
    return edit.setExcluded(design, keys, pick(3) > 0);
  },
  zoneEdit: (design, pick) => {
    const zone = design.zones[pick(design.zones.length)];
    return zone
      ? edit.updateZone(design, zone.id, { cidr: ['10.0.0.0/8', '192.168.0.0/16', undefined][pick(3)], name: `zone ${pick(50)}` })
      : design;
  },
  title: (design, pick) => ({ ...design, meta: { ...design.meta, title: `t${pick(10)}` } }),
};

const editSequence = fc.array(fc.tuple(fc.constantFrom(...Object.keys(edits)), fc.array(fc.nat(), { minLength: 8, maxLength: 8 })), {
  minLength: 1,
  maxLength: 12,
});

describe('incremental derivation', () => {
  it('equals the full derivation, in order, after every edit of a random sequence', () => {
    fc.assert(
      fc.property(editSequence, (sequence) => {
        let design = start;
        let previous: Derivation = { design, catalogue, flows: deriveFlows(design, catalogue) };
        for (const [name, seeds] of sequence) {
          let n = 0;
          const pick = (count: number) => (count <= 0 ? 0 : seeds[n++ % seeds.length]! % count);
          design = edits[name]!(design, pick);
          const flows = rederiveFlows(previous, design, catalogue);
          expect(flows, name).toEqual(deriveFlows(design, catalogue));
          previous = { design, catalogue, flows };
        }
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
