/**
 * The edits a person makes, as random steps for property tests: each takes a
 * design and a `pick(n)` (a number below n from the test's seeds) and returns
 * the edited design, or the design itself when the step does not apply.
 * Used by the incremental derivation's test, the matrix's and the pairs'
 * (test/ui), through `editSequences` and `applyEdits`.
 */
import fc from 'fast-check';
import type { Catalogue } from '../../src/model/catalogue/load';
import { deriveFlows } from '../../src/model/derive';
import * as edit from '../../src/model/design/edit';
import type { Design } from '../../src/model/design/schema';

export type Edit = (design: Design, pick: (n: number) => number) => Design;

const component = (design: Design, pick: (n: number) => number) => design.components[pick(design.components.length)];

export function randomEdits(catalogue: Catalogue): Record<string, Edit> {
  return {
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
}

/** A sequence of named edits, each with the seeds its `pick` draws from. */
export type EditSequence = readonly (readonly [string, readonly number[]])[];

/** Random sequences of the given edits. */
export const editSequences = (edits: Record<string, Edit>, maxLength: number): fc.Arbitrary<EditSequence> =>
  fc.array(fc.tuple(fc.constantFrom(...Object.keys(edits)), fc.array(fc.nat(), { minLength: 8, maxLength: 8 })), {
    minLength: 1,
    maxLength,
  });

/** Applies each edit of `sequence` in turn from `start`, calling `after` with its name and the design it made. */
export function applyEdits(
  start: Design,
  edits: Record<string, Edit>,
  sequence: EditSequence,
  after: (name: string, design: Design) => void,
) {
  let design = start;
  for (const [name, seeds] of sequence) {
    let n = 0;
    const pick = (count: number) => (count <= 0 ? 0 : seeds[n++ % seeds.length]! % count);
    design = edits[name]!(design, pick);
    after(name, design);
  }
}
