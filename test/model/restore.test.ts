import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { liftsInPlace, migrateDesign } from '../../src/model/design/migrate';
import { MAX_DESIGN_BYTES, restoreDesign } from '../../src/model/design/restore';

const catalogue = bundledCatalogue();
const bad = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/bad', name)));

/** The bad-design corpus: every file, the problem code it must produce and words its message must contain. */
export const BAD_DESIGNS: [file: string, code: string, words: string][] = [
  ['trailing-comma.json', 'not-json', 'is not valid JSON'],
  ['empty.json', 'not-json', 'is not valid JSON'],
  ['array.json', 'invalid', 'expected a JSON object with "schemaVersion"'],
  ['components-not-list.json', 'invalid', 'components: Invalid input: expected array'],
  ['unknown-field.json', 'invalid', 'components[0]: Unrecognized key: "colour"'],
  ['newer-version.json', 'newer-version', 'saved by a newer Portolan (schemaVersion 7)'],
  ['no-version.json', 'no-version', 'has no "schemaVersion"'],
  ['version-not-number.json', 'unknown-version', 'unknown "schemaVersion" "one"'],
  ['unknown-type.json', 'unknown-types', '"acme.quantum-router"'],
  ['duplicate-id.json', 'duplicate-id', 'component id "a" twice'],
  ['zone-component-same-id.json', 'duplicate-id', '"dmz" as both a zone id and a component id'],
  ['missing-zone.json', 'missing-reference', 'zone "dmz", which does not exist'],
  ['flow-to-missing.json', 'missing-reference', 'component "ghost", which does not exist'],
  ['proto-key.json', 'forbidden-key', '"__proto__" at components[0].options'],
  ['constructor-key.json', 'forbidden-key', '"constructor"'],
  ['latin1.json', 'not-utf8', 'is not UTF-8'],
  ['bad-ip.json', 'invalid-value', '"10.0.0.300" is not an IPv4 or IPv6 address'],
  ['port-out-of-range.json', 'invalid', 'flows[0].ports.from: Too big'],
  ['port-range-reversed.json', 'invalid', 'a port range needs from <= to'],
  ['offset-too-large.json', 'invalid-value', 'outside 1-65535'],
  ['duplicate-key.json', 'duplicate-key', 'has the key "ip" twice in components[0] (line 1, column 102)'],
  ['position-too-far.json', 'invalid', 'components[0].position.y: a position lies within ±1000000'],
  ['unknown-option.json', 'invalid-value', '"turbo" is not an option of Microsoft SQL Server'],
];

describe('restoreDesign on the bad-design corpus', () => {
  it.each(BAD_DESIGNS)('%s → %s', (file, code, words) => {
    const result = restoreDesign(bad(file), catalogue, file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(code);
    expect(result.problem.message).toContain(words);
    expect(result.problem.message).toContain(file);
  });

  it('does not pollute Object.prototype', () => {
    restoreDesign(bad('proto-key.json'), catalogue);
    restoreDesign(bad('constructor-key.json'), catalogue);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const big = `{"schemaVersion":1,"meta":{"title":"${'x'.repeat(MAX_DESIGN_BYTES)}"}}`;
    const result = restoreDesign(big, catalogue, 'big.json');
    expect(result.ok || result.problem.code).toBe('too-large');
  });

  it('offers the rest of a design whose types the catalogue lacks', () => {
    const result = restoreDesign(bad('unknown-type.json'), catalogue, 'x');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.withoutUnknown?.components.map((c) => c.type)).toEqual(['infra.sql-server']);
  });

  it('names the WSO2 port that an offset of 60000 would break', () => {
    const result = restoreDesign(bad('offset-too-large.json'), catalogue, 'x');
    expect(!result.ok && result.problem.message).toMatch(/\d{5} is outside 1-65535 \(\d+ before the offset\)/);
  });
});

describe('restoreDesign on good input', () => {
  it('accepts a hand-written design with only types, numbering ids and sharing a host address', () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      components: [
        { type: 'infra.sql-server', host: 'db1', ip: '10.0.0.1' },
        { type: 'infra.oracle', host: 'DB1' },
        { type: 'infra.workstation' },
      ],
    });
    const result = restoreDesign(text, catalogue);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.components.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(result.design.components[1]!.ip).toBe('10.0.0.1');
    expect(result.design.meta.title).toBe('Untitled design');
  });

  it('accepts a UTF-8 byte order mark and warns about host bits in a CIDR', () => {
    const result = restoreDesign(`\uFEFF${JSON.stringify({ schemaVersion: 1, zones: [{ name: 'LAN', cidr: '10.0.0.1/24' }] })}`, catalogue);
    expect(result.ok && result.warnings).toEqual(['zone "LAN" cidr: host bits are set: the network is 10.0.0.0/24']);
  });

  it('keeps names with quotes, newlines, emoji and right-to-left text exactly', () => {
    const label = 'Say "hi"\nשלום 🔥 ${x} \'; DROP';
    const result = restoreDesign(JSON.stringify({ schemaVersion: 1, components: [{ type: 'infra.sql-server', label }] }), catalogue);
    expect(result.ok && result.design.components[0]!.label).toBe(label);
  });
});

describe('migrateDesign', () => {
  it('lifts an older document through every step up to the current version', () => {
    const chain = {
      1: (doc: Record<string, unknown>) => ({ ...doc, renamed: doc.old }),
      2: (doc: Record<string, unknown>) => ({ ...doc, step2: true }),
    };
    const result = migrateDesign({ schemaVersion: 1, old: 'x' }, 'f', chain, 3);
    expect(result).toEqual({ ok: true, value: { schemaVersion: 3, old: 'x', renamed: 'x', step2: true } });
  });

  it('opens a version 1 file with every optional field as it stands, at version 2', () => {
    const v1 = {
      schemaVersion: 1,
      meta: { title: 'Old file' },
      zones: [{ id: 'z', name: 'DMZ', kind: 'dmz' }],
      components: [{ id: 'a', type: 'infra.sql-server', zone: 'z', ip: '10.0.0.5', nat: '203.0.113.5' }],
      zonePolicy: { allow: [] },
    };
    const result = migrateDesign(v1, 'old.json');
    expect(result).toEqual({ ok: true, value: { ...v1, schemaVersion: 2 } });
    const restored = restoreDesign(JSON.stringify(v1), catalogue);
    expect(restored.ok && restored.design.schemaVersion).toBe(2);
    expect(restored.ok && restored.design.components[0]!.nat).toBe('203.0.113.5');
    expect(liftsInPlace(1)).toBe(true);
    expect(liftsInPlace(2)).toBe(true);
    // A room or file from a newer Portolan is never lifted down.
    expect(liftsInPlace(3)).toBe(false);
  });

  it('says when a step is missing', () => {
    const result = migrateDesign({ schemaVersion: 1 }, 'f.json', {}, 2);
    expect(result.ok).toBe(false);
  });
});
