/**
 * Every column the tabular exports (CSV, workbook) can carry, by id, and the
 * default sets. Column profiles pick, order and rename these ids; the cell
 * text comes only from here, so a renamed column still holds the same data.
 */
import { addressText, knownAsText, localScopeText, type Endpoint } from '../matrix';
import { LIFETIME_TEXT, REQUEST_TYPE_TEXT, STATUS_TEXT } from '../request/flow';
import type { RequestRow } from '../request/rows';

/** What only the workbook knows about a row: whether it became a rule, and why not. */
export interface RowContext {
  workbook: boolean;
  /** `Allow`, or why the row is not in the rule sets. */
  action: string;
  note: string;
  /** In a change request: `Add` or `Remove`. */
  change?: string | undefined;
}

export interface ColumnDef {
  id: string;
  header: string;
  width: number;
  value(row: RequestRow, context: RowContext): string;
}

const yes = (b: boolean) => (b ? 'yes' : 'no');

/** `AS15169: how to express it` or `1E Cloud Services: ...`: an endpoint with no IP to give, never in the IP column. */
const knownAsCell = (end: Endpoint) => (end.knownAs ? `${knownAsText(end)}. ${end.knownAs.note}` : '');

export const COLUMN_DEFS: readonly ColumnDef[] = [
  { id: 'change', header: 'Change', width: 9, value: (_r, c) => c.change ?? '' },
  { id: 'ref', header: 'ID', width: 7, value: (r) => r.ref },
  { id: 'action', header: 'Action', width: 12, value: (_r, c) => c.action },
  { id: 'request-type', header: 'Request type', width: 10, value: (r) => REQUEST_TYPE_TEXT[r.request.type] },
  { id: 'source-zone', header: 'Source zone', width: 14, value: (r) => r.source.zone },
  { id: 'source-component', header: 'Source component', width: 28, value: (r) => r.source.component },
  { id: 'source-host', header: 'Source host', width: 18, value: (r) => r.source.host },
  { id: 'source-ip', header: 'Source IP', width: 18, value: (r) => addressText(r.source) },
  { id: 'source-as-or-name', header: 'Source (AS or name)', width: 30, value: (r) => knownAsCell(r.source) },
  { id: 'source-nat', header: 'Source NAT address', width: 18, value: (r) => r.sourceNat },
  { id: 'destination-zone', header: 'Destination zone', width: 14, value: (r) => r.destination.zone },
  { id: 'destination-component', header: 'Destination component', width: 28, value: (r) => r.destination.component },
  { id: 'destination-host', header: 'Destination host', width: 18, value: (r) => r.destination.host },
  { id: 'destination-ip', header: 'Destination IP', width: 18, value: (r) => addressText(r.destination) },
  { id: 'destination-as-or-name', header: 'Destination (AS or name)', width: 30, value: (r) => knownAsCell(r.destination) },
  { id: 'destination-nat', header: 'Destination NAT address', width: 18, value: (r) => r.destinationNat },
  { id: 'protocol', header: 'Protocol', width: 9, value: (r, c) => (c.workbook ? r.protocol.toUpperCase() : r.protocol) },
  { id: 'port', header: 'Port', width: 12, value: (r) => r.port },
  { id: 'service', header: 'Service name (IANA)', width: 16, value: (r) => r.serviceName },
  { id: 'app', header: 'Application protocol', width: 16, value: (r) => r.app },
  { id: 'purpose', header: 'Purpose', width: 50, value: (r) => r.purpose },
  { id: 'justification', header: 'Business justification', width: 60, value: (r) => r.request.justification },
  { id: 'lifetime', header: 'Permanent or temporary', width: 12, value: (r) => LIFETIME_TEXT[r.request.lifetime] },
  { id: 'expires', header: 'Expiry date', width: 12, value: (r) => r.request.expires },
  { id: 'status', header: 'Status', width: 12, value: (r) => STATUS_TEXT[r.request.status] },
  { id: 'reviewed', header: 'Last reviewed', width: 12, value: (r) => r.request.reviewed },
  { id: 'notes', header: 'Notes', width: 40, value: (r) => r.request.notes },
  { id: 'product', header: 'Product', width: 16, value: (r) => r.product },
  { id: 'reference', header: 'Vendor reference', width: 60, value: (r) => r.referenceText || 'custom flow' },
  { id: 'document-file', header: 'Source document file', width: 26, value: (r) => r.documentFile },
  { id: 'condition', header: 'Condition', width: 24, value: (r) => r.condition },
  { id: 'firewall', header: 'Firewall relevant', width: 10, value: (r) => yes(r.firewall) },
  { id: 'crosses-zones', header: 'Crosses zones', width: 10, value: (r) => yes(r.crossesZones) },
  { id: 'local-scope', header: 'Local segment or group', width: 24, value: (r) => localScopeText(r) },
  { id: 'rule-note', header: 'Note', width: 40, value: (_r, c) => c.note },
];

export const COLUMN_BY_ID: ReadonlyMap<string, ColumnDef> = new Map(COLUMN_DEFS.map((c) => [c.id, c]));

/** A column as a profile uses it: an id and, optionally, the organisation's own header. */
export interface ColumnChoice {
  id: string;
  header?: string | undefined;
}

const REQUEST_IDS = ['justification', 'request-type', 'lifetime', 'expires', 'status', 'reviewed', 'notes'];
const ENDPOINTS = (side: 'source' | 'destination') => ['zone', 'component', 'host', 'ip', 'as-or-name', 'nat'].map((p) => `${side}-${p}`);

/**
 * The full matrix as the tabular exports lay it out: the CSV (with whether
 * each row needs a firewall and crosses zones) and the workbook's Flows sheet
 * (with the rule-set action and note instead).
 */
function matrixColumnIds(workbook: boolean): string[] {
  return [
    'ref',
    ...(workbook ? ['action'] : []),
    ...ENDPOINTS('source'),
    ...ENDPOINTS('destination'),
    'protocol',
    'port',
    'service',
    'app',
    'purpose',
    ...REQUEST_IDS,
    'product',
    'reference',
    'document-file',
    'condition',
    ...(workbook ? [] : ['firewall', 'crosses-zones']),
    'local-scope',
    ...(workbook ? ['rule-note'] : []),
  ];
}

/** The CSV's columns: the whole matrix, the request fields, and the document for people and for machines. */
export const CSV_COLUMN_IDS: readonly string[] = matrixColumnIds(false);

/** The workbook's Flows sheet: as the CSV, with the rule-set action and note. */
export const WORKBOOK_COLUMN_IDS: readonly string[] = matrixColumnIds(true);

/** Choices resolved to definitions with their headers; unknown ids are skipped (a profile from a newer version). */
export function resolveColumns(choices: readonly ColumnChoice[]): { def: ColumnDef; header: string }[] {
  return choices.flatMap((choice) => {
    const def = COLUMN_BY_ID.get(choice.id);
    return def ? [{ def, header: choice.header?.trim() || def.header }] : [];
  });
}
