import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import text from 'virtual:catalogue-text';
import config from '../../vite.config';
import { bundledCatalogue, bundledCatalogueFiles } from '../../src/model/catalogue/bundled';
import { CatalogueError, loadCatalogue } from '../../src/model/catalogue/load';
import { ProductFile } from '../../src/model/catalogue/schema';

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

describe('the catalogue checked when the editor is built', () => {
  const files = bundledCatalogueFiles.map(({ name }) => name);

  it('emits each file as the schema gives it (defaults filled in), so the editor can skip parsing it', () => {
    for (const name of files) {
      const emitted = forEditor(name);
      expect(ProductFile.safeParse(emitted).success, name).toBe(true);
      // Defaults the raw file leaves out are present, as the schema would fill them in.
      const flows = emitted.flows as { when?: unknown; firewall?: unknown; alsoCited?: unknown }[];
      expect(
        flows.every((f) => Array.isArray(f.when) && typeof f.firewall === 'boolean' && Array.isArray(f.alsoCited)),
        name,
      ).toBe(true);
    }
    const checked = loadCatalogue(files.map((name) => ({ name, data: forEditor(name), schemaChecked: true })));
    expect([...checked.components.keys()]).toEqual([...catalogue.components.keys()]);
    expect(checked.flows.map((f) => f.id)).toEqual(catalogue.flows.map((f) => f.id));
  });

  it('fails the build on a file the schema refuses, and still checks references at start-up', () => {
    const transform = plugin('portolan-catalogue-for-editor').transform as (code: string, id: string) => unknown;
    const broken = JSON.stringify({ ...JSON.parse(readFileSync('catalogue/wso2.json', 'utf8')), product: { id: 'wso2' } });
    expect(() => transform(broken, '/x/catalogue/wso2.json')).toThrow();
    // A file marked as checked is not parsed again, but a flow naming a role nobody fills is still refused.
    const emitted = files.map((name) => ({ name, data: forEditor(name), schemaChecked: true }));
    const wso2 = emitted.find((f) => f.name === 'wso2.json')!.data as { flows: { to: string }[] };
    wso2.flows[0]!.to = 'no-such-role';
    expect(() => loadCatalogue(emitted)).toThrow(/no component fills role "no-such-role"/);
    expect(() => loadCatalogue(emitted)).toThrow(CatalogueError);
  });
});
