/**
 * The editor never makes a design it later refuses: random sequences of the
 * editor's own operations (the store's actions and the commands the canvas
 * calls), with the values its fields let through and hostile text
 * everywhere, then save (JSON, as the file and the autosave write it) and
 * restore. The restore must succeed and give the same design: exactly, but
 * for what restore documents it fills in (a component on a shared host takes
 * the host's address and zone when it has none), and a second round trip is
 * exact. Runs: PORTOLAN_PROPERTY_RUNS (CI sets 1000).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkAddress } from '../../src/model/address';
import { servicesOf } from '../../src/model/design/services';
import { candidatesFor } from '../../src/model/design/edit';
import { colocate } from '../../src/model/design/colocate';
import { instanceProblems } from '../../src/model/design/instance';
import { restoreDesign } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { ZoneKind } from '../../src/model/design/schema';
import { builtInCatalogue as catalogue, clearHistory, useDesignStore } from '../../src/store/design-store';
import { derivedOf } from '../../src/store/derived';
import { commitMoves, placeComponent } from '../../src/ui/commands';
import { hostile } from '../export/arbitraries';
import { PROPERTY_NAME_IDS } from './hostile-ids';

const runs = Number(process.env.PORTOLAN_PROPERTY_RUNS ?? 100);
const types = [...catalogue.components.keys()];
const store = () => useDesignStore.getState();
/** Empty text leaves the design rather than holding "" (what the inspector's fields do). */
const optional = (text: string) => text.trim() || undefined;

const anyNumber = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -3_000_000, max: 3_000_000 }),
  fc.constantFrom(1e300, -1e300, Infinity, -Infinity, NaN),
);
const pick = fc.nat();
const text = fc.oneof(hostile(6), fc.constantFrom(...PROPERTY_NAME_IDS), fc.constant(''), fc.constant('   '));
const addressText = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([ip, p]) => `${ip}/${p}`),
  fc.constant('10.0.0.1'),
  fc.constant(' 10.0.0.1 '),
  text,
);

type Op = (design: Design) => void;
const at = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

const operations: fc.Arbitrary<Op>[] = [
  fc.tuple(pick, anyNumber, anyNumber).map(
    ([t, x, y]) =>
      () =>
        void placeComponent(at(types, t)!, { x, y }),
  ),
  fc
    .tuple(pick, text, fc.constantFrom('label', 'host', 'ip') as fc.Arbitrary<'label' | 'host' | 'ip'>, addressText)
    .map(([n, t, field, ip]) => (d: Design) => {
      const c = at(d.components, n);
      if (!c) return;
      const value = field === 'ip' ? ip : t;
      // The IP field commits only text its check accepts.
      if (field === 'ip' && value.trim() !== '' && !checkAddress(value).ok) return;
      store().updateComponent(c.id, { [field]: optional(value) });
    }),
  fc.tuple(pick, pick).map(([n, z]) => (d: Design) => {
    const c = at(d.components, n);
    if (c) store().updateComponent(c.id, { zone: z % 3 === 0 ? undefined : at(d.zones, z)?.id });
  }),
  fc.tuple(pick, pick, pick).map(([n, o, v]) => (d: Design) => {
    const c = at(d.components, n);
    const option = c && at(catalogue.components.get(c.type)!.options, o);
    if (!c || !option) return;
    const value = option.type === 'boolean' ? v % 2 === 0 : at(option.choices, v)!.value;
    store().updateComponent(c.id, { options: { ...c.options, [option.id]: value } });
  }),
  fc.tuple(pick, pick, fc.integer({ min: -100_000, max: 100_000 })).map(([n, p, value]) => (d: Design) => {
    const c = at(d.components, n);
    const type = c && catalogue.components.get(c.type)!;
    const param = type && at(type.params, p);
    if (!c || !type || !param || value < param.min || value > param.max) return;
    // The parameter field refuses a value that would push a port outside 1-65535.
    const candidate = { ...c, params: { ...c.params, [param.id]: value } };
    if (instanceProblems(candidate, type, catalogue).length > instanceProblems(c, type, catalogue).length) return;
    store().updateComponent(c.id, { params: candidate.params });
  }),
  fc.tuple(text, fc.constantFrom(...ZoneKind.options), anyNumber, anyNumber, anyNumber, anyNumber).map(([name, kind, x, y, w, h]) => () => {
    if (name.trim() === '') return;
    store().addZone({ name: name.trim(), kind, position: { x, y }, size: { width: Math.abs(w) || 1, height: Math.abs(h) || 1 } });
  }),
  fc.tuple(pick, text, addressText, anyNumber, anyNumber).map(([n, name, cidr, x, y]) => (d: Design) => {
    const zone = at(d.zones, n);
    if (!zone) return;
    if (name.trim() !== '') store().updateZone(zone.id, { name: name.trim() });
    const check = checkAddress(cidr);
    if (cidr.trim() === '' || (check.ok && check.prefix !== null)) store().updateZone(zone.id, { cidr: optional(cidr) });
    store().updateZone(zone.id, { position: { x, y } });
  }),
  fc.tuple(pick, anyNumber, anyNumber).map(([n, x, y]) => (d: Design) => {
    const c = at(d.components, n);
    if (c) commitMoves({ zones: new Map(), components: new Map([[c.id, { position: { x, y }, size: { width: 220, height: 96 } }]]) });
  }),
  fc.tuple(pick, pick).map(([a, b]) => (d: Design) => {
    const ids = [...d.components.map((c) => c.id), ...d.zones.map((z) => z.id)];
    store().remove([at(ids, a), at(ids, b)].filter((id): id is string => id !== undefined));
  }),
  pick.map((n) => (d: Design) => {
    const c = at(d.components, n);
    if (c) store().duplicate([c.id]);
  }),
  fc
    .tuple(
      pick,
      pick,
      pick,
      fc.constantFrom('tcp', 'udp') as fc.Arbitrary<'tcp' | 'udp'>,
      fc.integer({ min: 1, max: 65535 }),
      fc.nat({ max: 100 }),
      text,
    )
    .map(([a, b, s, protocol, port, span, purpose]) => (d: Design) => {
      const from = at(d.components, a);
      const to = at(d.components, b);
      if (!from || !to || from.id === to.id) return;
      const service = at(servicesOf(catalogue, to.type), s);
      if (service && s % 2 === 0) store().addUserFlow({ from: from.id, to: to.id, service: service.key });
      else
        store().addUserFlow({
          from: from.id,
          to: to.id,
          protocol,
          ports: { from: port, to: Math.min(65535, port + span) },
          ...(purpose.trim() && { purpose: purpose.trim() }),
        });
    }),
  fc.tuple(pick, fc.boolean()).map(([n, off]) => (d: Design) => {
    const flow = at(derivedOf(d).flows, n);
    if (flow) store().setExcluded([flow.key], off);
  }),
  fc.tuple(pick, pick, fc.array(pick, { maxLength: 3 })).map(([n, r, picks]) => (d: Design) => {
    const c = at(d.components, n);
    const roles = c
      ? [...new Set(catalogue.flows.filter((f) => catalogue.components.get(c.type)!.roles.includes(f.from)).map((f) => f.to))]
      : [];
    const role = at(roles, r);
    if (!c || !role) return;
    const candidates = candidatesFor(d, catalogue, role).filter((x) => x.id !== c.id);
    store().setServedBy(
      c.id,
      role,
      picks.length === 0 ? undefined : [...new Set(picks.map((p) => at(candidates, p)?.id).filter((id): id is string => id !== undefined))],
    );
  }),
  fc.tuple(text, text, text).map(
    ([title, owner, changeTicket]) =>
      () =>
        store().setMeta({ title, owner, changeTicket }),
  ),
];

/** A starting design whose ids are JavaScript property names: every operation must handle them too. */
function start(): Design {
  const result = restoreDesign(
    JSON.stringify({
      schemaVersion: 1,
      zones: [{ id: 'constructor', name: 'LAN', position: { x: 0, y: 0 }, size: { width: 500, height: 400 } }],
      components: [
        { id: '__proto__', type: 'tarantella.tarantella-host', zone: 'constructor', position: { x: 10, y: 10 } },
        { id: 'toString', type: 'infra.workstation', position: { x: 600, y: 10 } },
        { id: 'hasOwnProperty', type: 'tarantella.tarantella-host', position: { x: 600, y: 200 } },
      ],
    }),
    catalogue,
  );
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
}

describe('what the editor makes, restore opens', () => {
  beforeEach(() => {
    store().replace(start());
    clearHistory();
  });

  it('restores every design made by random edits, as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(...operations), { minLength: 1, maxLength: 25 }), (ops) => {
        store().replace(start());
        for (const op of ops) op(store().design);
        const design = store().design;
        const saved = JSON.stringify(design);
        const restored = restoreDesign(saved, catalogue, 'The autosave');
        if (!restored.ok) throw new Error(`${restored.problem.message}\n${restored.problem.details.join('\n')}`);
        expect(restored.design).toEqual(JSON.parse(JSON.stringify(colocate(design).design)));
        const again = restoreDesign(JSON.stringify(restored.design), catalogue, 'The autosave');
        expect(again.ok && again.design).toEqual(restored.design);
      }),
      { numRuns: runs },
    );
  });
});
