import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../src/model/json-schemas';

describe('generated JSON Schemas', () => {
  it.each(Object.entries(schemaFiles()))('%s is up to date (run `npm run schemas`)', (path, schema) => {
    const written = JSON.parse(readFileSync(resolve(__dirname, '../..', path), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
