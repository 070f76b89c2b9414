/** The catalogue as flat rows, for the CLI's `catalogue` command and for review. */
import { formatPortSpec } from '../ports';
import { citationSource } from './citation';
import type { Catalogue } from './load';
import type { Condition, Flow, Service } from './schema';

export interface ListingRow {
  kind: 'flow' | 'service';
  id: string;
  product: string;
  from: string;
  to: string;
  protocol: string;
  port: string;
  app: string;
  purpose: string;
  document: string;
  section: string;
  condition: string;
  firewall: boolean;
  gap: string;
}

export function catalogueListing(catalogue: Catalogue): ListingRow[] {
  const roleName = (id: string) => catalogue.roles.get(id)?.name ?? id;
  const productName = (id: string) => catalogue.products.get(id)?.name ?? id;
  const conditionText = (when: readonly Condition[], from: string | undefined, to: string) =>
    when
      .map((c) => {
        const role = c.side === 'from' ? from : to;
        const filler = catalogue.components.get(catalogue.fillers.get(role ?? '')?.[0] ?? '') ?? catalogue.components.get(to);
        const option = filler?.options.find((o) => o.id === c.option);
        const value = option?.type === 'choice' ? (option.choices.find((ch) => ch.value === c.is)?.label ?? String(c.is)) : c.is ? 'on' : 'off';
        return `${option?.label ?? c.option}: ${value}`;
      })
      .join('; ');
  // Parameters shown at the default of the listener (the first component type that fills the role).
  const defaultsOf = (listener: string): Record<string, number> => {
    const type = catalogue.components.get(listener) ?? catalogue.components.get(catalogue.fillers.get(listener)?.[0] ?? '');
    return Object.fromEntries(type?.params.map((p) => [p.id, p.default]) ?? []);
  };
  const row = (kind: ListingRow['kind'], entry: Flow | Service, product: string, from: string, to: string, condition: string, listener: string): ListingRow => ({
    kind,
    id: entry.id,
    product: productName(product),
    from,
    to,
    protocol: entry.protocols.join('+'),
    port: formatPortSpec(entry.ports, defaultsOf(listener)),
    app: entry.app ?? '',
    purpose: entry.purpose,
    document: citationSource(entry.cite),
    section: entry.cite.section,
    condition,
    firewall: entry.firewall,
    gap: entry.gap ?? '',
  });

  const rows: ListingRow[] = catalogue.flows.map((f) =>
    row('flow', f, f.product, roleName(f.from), roleName(f.to), conditionText(f.when, f.from, f.to), f.to),
  );
  for (const component of catalogue.components.values()) {
    for (const s of component.services) {
      rows.push({ ...row('service', s, component.product, '(any)', component.name, conditionText(s.when, undefined, component.id), component.id), id: `${component.id}#${s.id}` });
    }
  }
  for (const role of catalogue.roles.values()) {
    for (const s of role.services) {
      rows.push({ ...row('service', s, role.product, '(any)', role.name, conditionText(s.when, undefined, role.id), role.id), id: `${role.id}#${s.id}` });
    }
  }
  return rows;
}
