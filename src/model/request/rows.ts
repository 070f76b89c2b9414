/**
 * Matrix rows with what a firewall request form asks per rule: the flow's
 * request fields, the IANA service name, both addresses where NAT applies,
 * and the vendor reference as people know it (the seed file name kept apart,
 * for machines).
 */
import { citationSource } from '../catalogue/citation';
import { bundledDocuments, citationForPeople, type DocumentFacts } from '../catalogue/documents';
import type { Design } from '../design/schema';
import type { MatrixRow } from '../matrix';
import { flowRequestOf, type FlowRequestView } from './flow';
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

export function requestRows(
  design: Pick<Design, 'components' | 'request'>,
  rows: readonly MatrixRow[],
  options: RequestRowOptions = {},
): RequestRow[] {
  const documents = options.documents ?? bundledDocuments();
  const nat = new Map(design.components.flatMap((c) => (c.nat ? [[c.id, c.nat.trim()] as const] : [])));
  const views = new Map<string, FlowRequestView>();
  return rows.map((row) => {
    let request = views.get(row.flowKey);
    if (!request) {
      request = flowRequestOf(design, { key: row.flowKey, purpose: row.purpose, cite: row.cite }, documents);
      views.set(row.flowKey, request);
    }
    return {
      ...row,
      request,
      referenceText: row.cite ? citationForPeople(row.cite, documents) : '',
      documentFile: row.cite ? citationSource(row.cite) : '',
      serviceName: options.serviceNames?.(row.protocol, row.portFrom, row.portTo) ?? '',
      sourceNat: nat.get(row.source.componentId) ?? '',
      destinationNat: nat.get(row.destination.componentId) ?? '',
    };
  });
}
