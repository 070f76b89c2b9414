/**
 * The flow matrix: derived flows expanded into the rows a firewall request
 * lists, one per protocol and port (or range). Flows local to one host and
 * flows the user switched off are not rows: no firewall ever sees them.
 */
import { citationForPeople } from './catalogue/documents';
import type { Catalogue, CatalogueComponent } from './catalogue/load';
import type { Citation, Protocol, SegmentKind } from './catalogue/schema';
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
  /**
   * An endpoint with no IP address to give: known only by its autonomous
   * system (FCM's AS15169) or by name (1E Cloud Services). Never written in an
   * IP column; `note` says how to express it in a rule.
   */
  knownAs?: { kind: 'asn' | 'name'; text: string; note: string };
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
  /** The vendor document as people cite it (a pack's URL, or the designer's statement), then the section; empty for a drawn flow without a service. The seed file name is in `cite`, for machines. */
  reference: string;
  /** The citation behind `reference`, for texts that name the document as people know it. */
  cite?: Citation | undefined;
  condition: string;
  firewall: boolean;
  crossesZones: boolean;
  /** Broadcast or multicast discovery: local-segment traffic (`segment.ts`). */
  segment?: SegmentKind;
  /** Between the members of one group of machines (its CIDR): for host firewalls only (`peers.ts`). */
  withinGroup?: string;
  origin: DerivedFlow['origin'];
}

type UnnumberedRow = Omit<MatrixRow, 'ref'>;

/**
 * What earlier matrices built, kept per object so an edit costs only what it
 * touched: after an edit only the touched components' flows are new objects
 * (derive-incremental.ts), so every other flow's rows, every unchanged
 * component's endpoint, and every row whose number did not move come back as
 * the same objects. Readers downstream (the request rows, the table) then
 * find most rows unchanged by identity. Weak: a design dropped frees them.
 */
const endpointCache = new WeakMap<ComponentInstance, { zone: string; catalogue: Catalogue; endpoint: Endpoint }>();
const flowRowCache = new WeakMap<DerivedFlow, { source: Endpoint; destination: Endpoint; product: string; rows: UnnumberedRow[] }>();
const numberedCache = new WeakMap<UnnumberedRow, MatrixRow>();

export function buildMatrix(
  design: Design,
  catalogue: Catalogue,
  flows: readonly DerivedFlow[] = deriveFlows(design, catalogue),
): MatrixRow[] {
  const zones = new Map(design.zones.map((z) => [z.id, z.name]));
  const components = new Map(design.components.map((c) => [c.id, c]));
  const endpoint = (id: string): Endpoint => {
    const instance = components.get(id)!;
    const zone = instance.zone ? (zones.get(instance.zone) ?? instance.zone) : '';
    const cached = endpointCache.get(instance);
    if (cached && cached.zone === zone && cached.catalogue === catalogue) return cached.endpoint;
    const made = toEndpoint(instance, zone, catalogue);
    endpointCache.set(instance, { zone, catalogue, endpoint: made });
    return made;
  };

  const rows: UnnumberedRow[] = [];
  for (const flow of flows) {
    if (flow.local || flow.excluded) continue;
    const source = endpoint(flow.from);
    const destination = endpoint(flow.to);
    const product = catalogue.products.get(flow.product)?.name ?? 'Custom';
    const cached = flowRowCache.get(flow);
    if (cached && cached.source === source && cached.destination === destination && cached.product === product) {
      rows.push(...cached.rows);
      continue;
    }
    const made = flowRows(flow, source, destination, product);
    flowRowCache.set(flow, { source, destination, product, rows: made });
    rows.push(...made);
  }
  rows.sort(compareRows);
  const width = Math.max(3, String(rows.length).length);
  return rows.map((row, i) => {
    const ref = `R${String(i + 1).padStart(width, '0')}`;
    const cached = numberedCache.get(row);
    if (cached?.ref === ref) return cached;
    const numbered = { ...row, ref };
    numberedCache.set(row, numbered);
    return numbered;
  });
}

/** A flow's rows: one per protocol and port range. */
function flowRows(flow: DerivedFlow, source: Endpoint, destination: Endpoint, product: string): UnnumberedRow[] {
  const reference = flow.cite ? citationForPeople(flow.cite) : '';
  const rows: UnnumberedRow[] = [];
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
        segment: flow.segment,
        withinGroup: flow.withinGroup?.cidr,
        origin: flow.origin,
      });
    }
  }
  return rows;
}

function toEndpoint(instance: ComponentInstance, zone: string, catalogue: Catalogue): Endpoint {
  const type = catalogue.components.get(instance.type);
  const ip = instance.ip?.trim();
  const documented = type?.external;
  const endpoint: Endpoint = {
    componentId: instance.id,
    component: instance.label?.trim() || type?.name || instance.type,
    type: instance.type,
    zoneId: instance.zone ?? '',
    zone,
    host: instance.host?.trim() ?? '',
    addresses: ip ? [ip] : (documented?.cidrs ?? []),
    ...(!ip && documented?.asn !== undefined && { asn: documented.asn }),
  };
  const knownAs = ip ? undefined : endpointKnownAs(type);
  return knownAs ? { ...endpoint, knownAs } : endpoint;
}

/** An Internet service the document names but gives no address for: by AS, or by name alone (undefined otherwise). */
export function endpointKnownAs(type: CatalogueComponent | undefined): Endpoint['knownAs'] {
  const documented = type?.external;
  if (!type || (documented && documented.cidrs.length > 0)) return undefined;
  if (documented?.asn !== undefined) {
    const text = `AS${documented.asn}`;
    const how = `give the prefixes ${text} announces (the provider's published ranges) as the component's IP or CIDR`;
    return { kind: 'asn', text, note: documented.note ? `${documented.note} In a rule: ${how}.` : `In a rule: ${how}.` };
  }
  if (type.kind !== 'external') return undefined;
  return {
    kind: 'name',
    text: type.name,
    note: "Known by name only: the document gives no address. In a rule: give the provider's published address ranges (or the addresses its host names resolve to) as the component's IP or CIDR.",
  };
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareRows(a: UnnumberedRow, b: UnnumberedRow): number {
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

/** IP addresses as one cell: `10.0.0.5`, `8.8.8.8/32, 8.8.4.4/32`; empty for an endpoint known only by AS or name. */
export function addressText(endpoint: Endpoint): string {
  return endpoint.addresses.join(', ');
}

/** `AS15169` or `1E Cloud Services` for an endpoint known only that way; empty otherwise. */
export function knownAsText(endpoint: Endpoint): string {
  return endpoint.knownAs?.text ?? '';
}

/** The IP addresses, else the AS or name marked as such (`AS15169 (AS, not an IP)`): for cells that show either. */
export function addressOrKnownAs(endpoint: Endpoint): string {
  const address = addressText(endpoint);
  if (address || !endpoint.knownAs) return address;
  return `${endpoint.knownAs.text} (${endpoint.knownAs.kind === 'asn' ? 'AS' : 'name'}, not an IP)`;
}

/** Local-segment or within-group traffic, in words; empty for an ordinary row. */
export function localScopeText(row: Pick<MatrixRow, 'segment' | 'withinGroup'>): string {
  return [
    ...(row.withinGroup !== undefined ? [`within group ${row.withinGroup} (host firewalls only)`] : []),
    ...(row.segment !== undefined ? [`local segment (${row.segment})`] : []),
  ].join('; ');
}
