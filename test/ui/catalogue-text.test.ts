import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import text from 'virtual:catalogue-text';
import config from '../../vite.config';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';

const catalogue = bundledCatalogue();
const plugin = (name: string) => (config.plugins as Plugin[]).find((p) => p.name === name)!;

/** The editor build's transform of one product file, as the bundle gets it. */
function forEditor(file: string): Record<string, unknown> {
  const transform = plugin('portolan-catalogue-for-editor').transform as (code: string, id: string) => { code: string };
  return JSON.parse(transform(readFileSync(`catalogue/${file}`, 'utf8'), `/x/catalogue/${file}`).code) as Record<string, unknown>;
}

describe("the catalogue's on-demand text", () => {
  it('holds every description, option and parameter help and flow gap note of the shipped catalogue', () => {
    let count = 0;
    for (const component of catalogue.components.values()) {
      if (component.description) expect(text.descriptions[component.id], component.id).toBe(component.description);
      for (const option of component.options)
        if (option.help) expect(text.optionHelp[`${component.id}/${option.id}`], `${component.id}/${option.id}`).toBe(option.help);
      for (const param of component.params)
        if (param.help) expect(text.paramHelp[`${component.id}/${param.id}`], `${component.id}/${param.id}`).toBe(param.help);
      count += component.options.length + component.params.length;
    }
    for (const flow of catalogue.flows) if (flow.gap) expect(text.flowGaps[flow.id], flow.id).toBe(flow.gap);
    expect(count).toBeGreaterThan(20);
    expect(Object.keys(text.flowGaps).length).toBeGreaterThan(10);
  });

  it("leaves them out of the editor's bundled catalogue, and keeps what derivation and the matrix read", () => {
    const wso2 = forEditor('wso2.json');
    const json = JSON.stringify(wso2);
    expect(json).not.toMatch(/"(help|description|quote)":/);
    const flows = wso2.flows as { gap?: string; purpose: string; cite: { section?: string } }[];
    expect(flows.every((f) => f.gap === undefined && f.purpose.length > 0)).toBe(true);
    const original = JSON.parse(readFileSync('catalogue/wso2.json', 'utf8')) as { flows: { purpose: string }[] };
    expect(flows.map((f) => f.purpose)).toEqual(original.flows.map((f) => f.purpose));
    // A service's gap note stays: a flow the user draws to a documented service carries it.
    const services = JSON.stringify(JSON.parse(readFileSync('catalogue/wso2.json', 'utf8')).roles);
    if (services.includes('"gap"')) expect(JSON.stringify(wso2.roles)).toContain('"gap"');
  });
});
