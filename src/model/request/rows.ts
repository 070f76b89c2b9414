/**
 * Matrix rows with what a firewall request form asks per rule: the flow's
 * request fields, the IANA service name, both addresses where NAT applies,
 * and the vendor reference as people know it (the seed file name kept apart,
 * for machines).
 */
import { citationSource } from '../catalogue/citation';
import { bundledDocuments, citationForPeople, type DocumentFacts } from '../catalogue/documents';
import type { Citation } from '../catalogue/schema';
import type { Design } from '../design/schema';
import type { MatrixRow } from '../matrix';
import { flowRequestOf, storedFlowRequest, type FlowRequestView } from './flow';
import type { FlowRequest } from './schema';
import type { ServiceNames } from './services';

export interface RequestRow extends MatrixRow {
  request: FlowRequestView;
  /** `TIBCO, TIBCO Spotfire® Server and Environment - Installation and Administration: "Ports and firewall configuration", § Inbound ports`. */
  referenceText: string;
  /** The seed document's file name: for machines. */
  documentFile: string;
  serviceName: string;
  sourceNat: string;
  destinationNat: string;
}

export interface RequestRowOptions {
  serviceNames?: ServiceNames | undefined;
  documents?: ReadonlyMap<string, DocumentFacts> | undefined;
}

/**
 * Rows made before, per matrix row, with what they were made from: the
 * matrix keeps every row an edit did not touch as the same object
 * (matrix.ts), so after an edit only the touched rows are made again.
 */
const requestCache = new WeakMap<
  MatrixRow,
  {
    stored: FlowRequest | undefined;
    documents: ReadonlyMap<string, DocumentFacts>;
    sourceNat: string;
    destinationNat: string;
    row: RequestRow;
  }
>();
const namedCache = new WeakMap<RequestRow, { serviceNames: ServiceNames; row: RequestRow }>();

export function requestRows(
  design: Pick<Design, 'components' | 'request'>,
  rows: readonly MatrixRow[],
  options: RequestRowOptions = {},
): RequestRow[] {
  const documents = options.documents ?? bundledDocuments();
  const nat = new Map(design.components.flatMap((c) => (c.nat ? [[c.id, c.nat.trim()] as const] : [])));
  // Thousands of rows share a few hundred flows, citations and ports: each is worked out once.
  const views = new Map<string, FlowRequestView>();
  const references = new Map<Citation, string>();
  const built = rows.map((row): RequestRow => {
    const { cite } = row;
    const stored = storedFlowRequest(design, row.flowKey);
    const sourceNat = nat.get(row.source.componentId) ?? '';
    const destinationNat = nat.get(row.destination.componentId) ?? '';
    const cached = requestCache.get(row);
    if (
      cached &&
      cached.stored === stored &&
      cached.documents === documents &&
      cached.sourceNat === sourceNat &&
      cached.destinationNat === destinationNat
    )
      return cached.row;
    const made = {
      ...row,
      request: once(views, row.flowKey, () => flowRequestOf(design, { key: row.flowKey, purpose: row.purpose, cite }, documents)),
      referenceText: cite ? once(references, cite, () => citationForPeople(cite, documents)) : '',
      documentFile: cite ? citationSource(cite) : '',
      serviceName: '',
      sourceNat,
      destinationNat,
    };
    requestCache.set(row, { stored, documents, sourceNat, destinationNat, row: made });
    return made;
  });
  return options.serviceNames ? withServiceNames(built, options.serviceNames) : built;
}

/**
 * `rows` with their IANA service names. A row whose port has no name stays
 * the same object, so the names arriving after the rows (the editor loads
 * them a moment later) costs one pass, not building every row again; and a
 * row named before comes back as the same named object.
 */
export function withServiceNames(rows: readonly RequestRow[], serviceNames: ServiceNames): RequestRow[] {
  const names = new Map<string, string>();
  return rows.map((row) => {
    const cached = namedCache.get(row);
    if (cached?.serviceNames === serviceNames) return cached.row;
    const { protocol, portFrom, portTo } = row;
    const serviceName = once(names, `${protocol} ${portFrom} ${portTo}`, () => serviceNames(protocol, portFrom, portTo));
    const named = serviceName === row.serviceName ? row : { ...row, serviceName };
    namedCache.set(row, { serviceNames, row: named });
    return named;
  });
}

/** The value cached under `key`, made and cached on first use. */
function once<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}
