import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import type { Citation } from '../../src/model/catalogue/schema';
import { folded, seedText } from './seed';

const catalogue = bundledCatalogue();

function allCitations(): { where: string; cite: Citation }[] {
  const out: { where: string; cite: Citation }[] = [];
  for (const flow of catalogue.flows) {
    out.push({ where: `flow ${flow.id}`, cite: flow.cite });
    for (const cite of flow.alsoCited) out.push({ where: `flow ${flow.id}`, cite });
  }
  for (const component of catalogue.components.values()) {
    for (const s of component.services) {
      for (const cite of [s.cite, ...s.alsoCited]) out.push({ where: `${component.id} service ${s.id}`, cite });
    }
    if (component.external) out.push({ where: `${component.id} address`, cite: component.external.cite });
  }
  for (const role of catalogue.roles.values()) {
    for (const s of role.services) {
      for (const cite of [s.cite, ...s.alsoCited]) out.push({ where: `role ${role.id} service ${s.id}`, cite });
    }
  }
  for (const gap of catalogue.gaps) out.push({ where: `gap in ${gap.product}`, cite: gap.cite });
  return out;
}

describe('citations', () => {
  const citations = allCitations();

  it('cite a section heading and quote that stand in the cited document', () => {
    const missing: string[] = [];
    for (const { where, cite } of citations) {
      // The built-in catalogue cites seed documents only; web pages are for packs.
      if (cite.doc === undefined || cite.url !== undefined) {
        missing.push(`${where}: cites no seed document`);
        continue;
      }
      const text = folded(seedText(cite.doc));
      if (!text.includes(folded(cite.section))) missing.push(`${where}: section "${cite.section}"`);
      if (cite.quote && !text.includes(folded(cite.quote))) missing.push(`${where}: quote "${cite.quote}"`);
    }
    expect(missing).toEqual([]);
  });

  it('cite only documents their product lists', () => {
    const wrong: string[] = [];
    const productOf = new Map<string, string>();
    for (const flow of catalogue.flows) productOf.set(`flow ${flow.id}`, flow.product);
    for (const { where, cite } of citations) {
      const product = productOf.get(where);
      if (!product || product === 'infrastructure') continue;
      const docs = catalogue.products.get(product)!.documents.map((d) => d.doc);
      if (!docs.includes(cite.doc ?? '')) wrong.push(`${where} cites ${cite.doc}`);
    }
    expect(wrong).toEqual([]);
  });
});
