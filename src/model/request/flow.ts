/**
 * A flow's request fields as a form shows them: what the user stored, and
 * the defaults for the rest (a justification pre-filled from the vendor's
 * document, a new, permanent, proposed flow).
 */
import { citationReference } from '../catalogue/citation';
import type { Citation } from '../catalogue/schema';
import { bundledDocuments, type DocumentFacts } from '../catalogue/documents';
import type { Design } from '../design/schema';
import type { FlowLifetime, FlowRequest, FlowRequestType, FlowStatus } from './schema';

export interface FlowRequestView {
  justification: string;
  /** The user changed the pre-filled justification (it is stored). */
  justificationEdited: boolean;
  type: FlowRequestType;
  lifetime: FlowLifetime;
  expires: string;
  status: FlowStatus;
  notes: string;
  reviewed: string;
}

/** What a flow needs for its default justification. */
export interface JustifiedFlow {
  key: string;
  purpose: string;
  cite?: Citation | undefined;
}

/** `<purpose> — required by <vendor document title>, <section>`; a drawn flow without a document says so. */
export function defaultJustification(
  flow: Omit<JustifiedFlow, 'key'>,
  documents: ReadonlyMap<string, DocumentFacts> = bundledDocuments(),
): string {
  if (!flow.cite) return `${flow.purpose} — added by the designer, no vendor document`;
  const cite = flow.cite;
  if (cite.doc === undefined) return `${flow.purpose} — ${cite.url ? `required by ${citationReference(cite)}` : cite.section}`;
  const facts = documents.get(cite.doc);
  const title = facts ? `${facts.vendor} "${facts.title}"` : cite.doc;
  return `${flow.purpose} — required by ${title}, ${cite.section}`;
}

/** The stored entry for a flow key, read without trusting the object's prototype. */
export function storedFlowRequest(design: Pick<Design, 'request'>, key: string): FlowRequest | undefined {
  const flows = design.request?.flows;
  return flows && Object.hasOwn(flows, key) ? flows[key] : undefined;
}

export function flowRequestOf(
  design: Pick<Design, 'request'>,
  flow: JustifiedFlow,
  documents?: ReadonlyMap<string, DocumentFacts>,
): FlowRequestView {
  const stored = storedFlowRequest(design, flow.key) ?? {};
  return {
    justification: stored.justification ?? defaultJustification(flow, documents),
    justificationEdited: stored.justification !== undefined,
    type: stored.type ?? 'new',
    lifetime: stored.lifetime ?? 'permanent',
    expires: stored.expires ?? '',
    status: stored.status ?? 'proposed',
    notes: stored.notes ?? '',
    reviewed: stored.reviewed ?? '',
  };
}

export const REQUEST_TYPE_TEXT: Record<FlowRequestType, string> = { new: 'New', change: 'Change', removal: 'Removal' };
export const STATUS_TEXT: Record<FlowStatus, string> = { proposed: 'Proposed', approved: 'Approved', implemented: 'Implemented' };
export const LIFETIME_TEXT: Record<FlowLifetime, string> = { permanent: 'Permanent', temporary: 'Temporary' };
