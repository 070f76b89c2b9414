/** Reads the vendor port documents the catalogue is written from (`../shared/seeds/`). */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import type { CatalogueComponent, CatalogueFlow } from '../../src/model/catalogue/load';
import type { Condition, Service } from '../../src/model/catalogue/schema';
import { formatPortSpec, type ParamValues } from '../../src/model/ports';

const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

export function seedText(doc: string): string {
  return readFileSync(resolve(seedsDir, doc), 'utf8');
}

/** Whitespace-folded text, so a quote matches however the scrape broke its lines. */
export function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * One readable line per documented flow or service of a product, so a test can
 * compare the catalogue with rows typed from the document:
 *   `client-workstation -> tarantella.server tcp 3144`
 *   `tarantella.server -> ldap-directory tcp 636 if from.directory=ldaps`
 *   `wso2.carbon listens tcp 10389`            (a role's service)
 *   `spotfire.node-manager listens tcp 61000-62000 no-firewall`
 * Protocols are joined with `+` (`tcp+udp 53`); ports as `formatPortSpec` writes them.
 */
export function catalogueRows(product: string): string[] {
  const catalogue = bundledCatalogue();
  const rows: string[] = [];
  const tail = (c: { protocols: string[]; ports: Service['ports']; when: Condition[]; firewall: boolean }) =>
    [
      `${c.protocols.join('+')} ${formatPortSpec(c.ports)}`,
      ...(c.when.length ? [`if ${c.when.map((w) => `${w.side}.${w.option}=${String(w.is)}`).join(' and ')}`] : []),
      ...(c.firewall ? [] : ['no-firewall']),
    ].join(' ');
  for (const flow of catalogue.flows) {
    if (flow.product === product) rows.push(`${flow.from} -> ${flow.to} ${tail(flow)}`);
  }
  for (const component of catalogue.components.values()) {
    if (component.product !== product) continue;
    for (const service of component.services) rows.push(`${component.id} listens ${tail(service)}`);
  }
  for (const role of catalogue.roles.values()) {
    if (role.product !== product) continue;
    for (const service of role.services) rows.push(`${role.id} listens ${tail(service)}`);
  }
  return rows.sort();
}
/** Lookups the per-product catalogue tests share; each throws when the id is missing, naming it. */
export function productCatalogue(product: string) {
  const catalogue = bundledCatalogue();
  const flows = catalogue.flows.filter((f) => f.product === product);
  return {
    catalogue,
    flows,
    flow(id: string): CatalogueFlow {
      const found = flows.find((f) => f.id === id);
      if (!found) throw new Error(`no flow ${id}`);
      return found;
    },
    component(id: string): CatalogueComponent {
      const found = catalogue.components.get(id);
      if (!found) throw new Error(`no component ${id}`);
      return found;
    },
  };
}

/** A component type's parameters at their catalogue defaults. */
export function defaults(c: CatalogueComponent): ParamValues {
  return Object.fromEntries(c.params.map((p) => [p.id, p.default]));
}

/** A component type's options at their catalogue defaults. */
export function optionDefaults(c: CatalogueComponent): Record<string, unknown> {
  return Object.fromEntries(c.options.map((o) => [o.id, o.default]));
}

/** Whether a flow is on between two components whose options have the given values. */
export function isOn(f: CatalogueFlow, from: Record<string, unknown>, to: Record<string, unknown>): boolean {
  return f.when.every((w) => (w.side === 'from' ? from : to)[w.option] === w.is);
}
