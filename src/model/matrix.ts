/**
 * The flow matrix: derived flows expanded into the rows a firewall request
 * lists, one per protocol and port (or range). Flows local to one host and
 * flows the user switched off are not rows: no firewall ever sees them.
 */
import type { Catalogue } from './catalogue/load';
import { citationReference } from './catalogue/citation';
import type { Citation, Protocol } from './catalogue/schema';
import { deriveFlows, type DerivedFlow } from './derive';
import type { ComponentInstance, Design } from './design/schema';
import { formatRange } from './ports';

export interface Endpoint {
  componentId: string;
  component: string;
  /** Catalogue type id. */
  type: string;
  zoneId: string;
  zone: string;
  host: string;
  /** Addresses as written (an IP or CIDR), or documented ones for Internet endpoints. */
  addresses: string[];
  /** Documented autonomous system for endpoints known only by ASN (FCM: 15169). */
  asn?: number;
}

export interface MatrixRow {
  /** Stable id: the flow key, protocol and port. */
  id: string;
  /** Sequential reference in matrix order: R001, R002... */
  ref: string;
  flowKey: string;
  source: Endpoint;
  destination: Endpoint;
  protocol: Protocol;
  /** `443`, `5900-5930`, or the document's words when it gives no number. */
  port: string;
  portFrom: number | null;
  portTo: number | null;
  app: string;
  purpose: string;
  productId: string;
  product: string;
  /** `<seed file> § <section>`, a pack's URL, or the designer's statement; empty for a drawn flow without a service. */
  reference: string;
  /** The citation behind `reference`, for texts that name the document as people know it. */
  cite?: Citation | undefined;
  condition: string;
  firewall: boolean;
  crossesZones: boolean;
  origin: DerivedFlow['origin'];
}

export function buildMatrix(
  design: Design,
  catalogue: Catalogue,
  flows: readonly DerivedFlow[] = deriveFlows(design, catalogue),
): MatrixRow[] {
  const zones = new Map(design.zones.map((z) => [z.id, z.name]));
  const components = new Map(design.components.map((c) => [c.id, c]));
  const endpoints = new Map<string, Endpoint>();
  const endpoint = (id: string): Endpoint => {
    let e = endpoints.get(id);
    if (!e) {
      e = toEndpoint(components.get(id)!, zones, catalogue);
      endpoints.set(id, e);
    }
    return e;
  };

  const rows: Omit<MatrixRow, 'ref'>[] = [];
  for (const flow of flows) {
    if (flow.local || flow.excluded) continue;
    const source = endpoint(flow.from);
    const destination = endpoint(flow.to);
    const product = catalogue.products.get(flow.product)?.name ?? 'Custom';
    const reference = flow.cite ? citationReference(flow.cite) : '';
    for (const protocol of flow.protocols) {
      const ports = flow.ports.ok ? flow.ports.ranges : [null];
      for (const range of ports) {
        const port = range ? formatRange(range) : `unspecified: ${flow.ports.ok ? '' : flow.ports.note}`;
        rows.push({
          id: `${flow.key}|${protocol}|${port}`,
          flowKey: flow.key,
          source,
          destination,
          protocol,
          port,
          portFrom: range?.from ?? null,
          portTo: range?.to ?? null,
          app: flow.app ?? '',
          purpose: flow.purpose,
          productId: flow.product,
          product,
          reference,
          cite: flow.cite,
          condition: flow.condition ?? '',
          firewall: flow.firewall,
          crossesZones: flow.crossesZones,
          origin: flow.origin,
        });
      }
    }
  }
  rows.sort(compareRows);
  const width = Math.max(3, String(rows.length).length);
  return rows.map((row, i) => ({ ...row, ref: `R${String(i + 1).padStart(width, '0')}` }));
}

function toEndpoint(instance: ComponentInstance, zones: Map<string, string>, catalogue: Catalogue): Endpoint {
  const type = catalogue.components.get(instance.type);
  const ip = instance.ip?.trim();
  const documented = type?.external;
  return {
    componentId: instance.id,
    component: instance.label?.trim() || type?.name || instance.type,
    type: instance.type,
    zoneId: instance.zone ?? '',
    zone: instance.zone ? (zones.get(instance.zone) ?? instance.zone) : '',
    host: instance.host?.trim() ?? '',
    addresses: ip ? [ip] : (documented?.cidrs ?? []),
    ...(!ip && documented?.asn !== undefined && { asn: documented.asn }),
  };
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareRows(a: Omit<MatrixRow, 'ref'>, b: Omit<MatrixRow, 'ref'>): number {
  return (
    text(a.source.zone, b.source.zone) ||
    text(a.destination.zone, b.destination.zone) ||
    text(a.source.component, b.source.component) ||
    text(a.source.componentId, b.source.componentId) ||
    text(a.destination.component, b.destination.component) ||
    text(a.destination.componentId, b.destination.componentId) ||
    text(a.protocol, b.protocol) ||
    (a.portFrom ?? 0) - (b.portFrom ?? 0) ||
    text(a.id, b.id)
  );
}

/** Addresses as one cell: `10.0.0.5`, `8.8.8.8/32, 8.8.4.4/32`, `AS15169`. */
export function addressText(endpoint: Endpoint): string {
  if (endpoint.addresses.length > 0) return endpoint.addresses.join(', ');
  return endpoint.asn !== undefined ? `AS${endpoint.asn}` : '';
}
