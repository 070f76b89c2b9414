import { bundledCatalogue } from '../../../src/model/catalogue/bundled';
import { checkContext } from '../../../src/model/checks/context';
import type { CheckContext, Finding, Rule } from '../../../src/model/checks/types';
import { deriveFlows } from '../../../src/model/derive';
import type { Design } from '../../../src/model/design/schema';
import { buildMatrix } from '../../../src/model/matrix';
import { design } from '../design-helpers';

export const catalogue = bundledCatalogue();

/** A design written as a person would, through the real restore path. */
export const restored = (doc: Record<string, unknown>): Design => design(catalogue, doc);

export function contextOf(d: Design): CheckContext {
  const flows = deriveFlows(d, catalogue);
  return checkContext(d, catalogue, flows, buildMatrix(d, catalogue, flows));
}

export const run = (rule: Rule, d: Design): Finding[] => rule(contextOf(d));
