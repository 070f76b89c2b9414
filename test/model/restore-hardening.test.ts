/**
 * Restore never throws and never refuses what the editor makes: deep nesting,
 * duplicate keys and far-away positions are refused with a message naming
 * the place; a host with two addresses opens with a warning.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesign, restoreDesignValue } from '../../src/model/design/restore';
import { scanJson } from '../../src/model/design/json-scan';

const catalogue = bundledCatalogue();

describe('restoreDesign never throws', () => {
  it('refuses a file nested 10,000 levels deep (20 KB) with a message, in text and as a value', () => {
    const text = `{"schemaVersion":1,"meta":{"title":"x","description":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    const result = restoreDesign(text, catalogue, 'deep.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('too-deep');
    expect(result.problem.message).toMatch(/^deep\.json nests objects or lists more than 64 levels deep \(at line 1, column \d+\)/);

    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    const fromValue = restoreDesignValue({ schemaVersion: 1, meta: { title: 'x', description: value } }, catalogue, 'The autosave');
    expect(!fromValue.ok && fromValue.problem.code).toBe('too-deep');
  });

  it('turns an unexpected failure into a problem rather than an exception', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    const result = restoreDesignValue(hostile, catalogue, 'The paste');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('unexpected');
    expect(result.problem.message).toBe('The paste could not be read: Error: boom. Nothing was changed.');
  });
});

describe('duplicate keys', () => {
  it('names the key and the object it is in, for a nested object and at the top level', () => {
    const nested = restoreDesign(
      '{"schemaVersion":1,"zones":[{"name":"a"},{"name":"b","cidr":"10.0.0.0/8","cidr":"0.0.0.0/0"}]}',
      catalogue,
      'f.json',
    );
    expect(!nested.ok && nested.problem.message).toContain('has the key "cidr" twice in zones[1]');
    const top = restoreDesign('{"schemaVersion":1,\n"schemaVersion":1}', catalogue, 'f.json');
    expect(!top.ok && top.problem.message).toContain('has the key "schemaVersion" twice in the top level (line 2, column 1)');
  });

  it('compares keys after unescaping, and ignores the same key in sibling objects and strings that look like keys', () => {
    expect(scanJson('{"ip":1,"\\u0069p":2}')).toMatchObject({ kind: 'duplicate-key', key: 'ip' });
    expect(scanJson('{"a":{"ip":1},"b":{"ip":1},"c":["ip","ip"],"d":"\\"ip\\": 1"}')).toBeUndefined();
    expect(scanJson('{"a":[{"x":1},{"x":2}],"b":{"y":{"z":1},"z":2}}')).toBeUndefined();
  });
});

describe('one host name, two addresses', () => {
  it('opens with a warning, each component keeping its own address', () => {
    const file = readFileSync(resolve(__dirname, '../fixtures/designs/host-two-addresses.json'));
    const result = restoreDesign(new Uint8Array(file), catalogue, 'two.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.components.map((c) => c.ip)).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(result.warnings).toEqual([
      'components on host "db1" disagree on their IP address (10.0.0.1 and 10.0.0.2); each keeps its own until you make them agree',
    ]);
  });

  it('still gives a component without an address its host neighbour’s', () => {
    const result = restoreDesignValue(
      {
        schemaVersion: 1,
        components: [
          { type: 'infra.sql-server', host: 'db', ip: '10.0.0.1' },
          { type: 'infra.oracle', host: ' DB ' },
        ],
      },
      catalogue,
    );
    expect(result.ok && result.design.components[1]!.ip).toBe('10.0.0.1');
    expect(result.ok && result.warnings).toEqual([]);
  });
});
