import type { Catalogue } from '../../src/model/catalogue/load';
import { restoreDesignValue } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';

/** A design written as a person would (only types required), through the real restore path. */
export function design(catalogue: Catalogue, doc: Record<string, unknown>): Design {
  const result = restoreDesignValue({ schemaVersion: 1, ...doc }, catalogue, 'test design');
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
}
