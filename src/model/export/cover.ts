/**
 * The workbook's cover sheet: what a change board reads first. The request
 * (who, what, when, which ticket), how many rows cross each zone pair and
 * belong to each product, and an approval block to sign. PCI DSS 4.0 asks
 * that every allowed port have a justification and an approval (1.2.5) and
 * a review every six months (1.2.7); the block says which rows still lack
 * them.
 */
import { approvalLines } from '../review/approval-lines';
import type { MatrixRow } from '../matrix';
import type { Design } from '../design/schema';
import { REQUEST_FIELD_LABELS } from '../request/schema';
import type { RequestRow } from '../request/rows';

/** Cells of one cover row; an empty row separates sections. */
export type CoverRow = string[];

export const APPROVAL_ROLES = ['Requester', 'Application owner', 'Security review', 'Network team (implementation)', 'Approver'] as const;

export function coverRows(design: Design, rows: readonly RequestRow[], generatedAt: string, matrix: readonly MatrixRow[] = []): CoverRow[] {
  const { meta, request } = design;
  const out: CoverRow[] = [['Firewall change request'], ['Title', meta.title]];
  for (const [field, label] of REQUEST_FIELD_LABELS) {
    if (field === 'dueDate') out.push(['Change ticket', meta.changeTicket ?? '']);
    out.push([label, request?.[field] ?? '']);
  }
  out.push(['Design owner', meta.owner ?? ''], ['Generated', generatedAt], ['Flow rows in this request', String(rows.length)], []);

  out.push(['Rows per zone pair'], ['Source zone', 'Destination zone', 'Rows', 'Flows']);
  const pairs = new Map<string, { source: string; destination: string; rows: number; flows: Set<string> }>();
  for (const row of rows) {
    const key = `${row.source.zoneId}>${row.destination.zoneId}`;
    const entry = pairs.get(key) ?? {
      source: row.source.zone || '(no zone)',
      destination: row.destination.zone || '(no zone)',
      rows: 0,
      flows: new Set<string>(),
    };
    entry.rows += 1;
    entry.flows.add(row.flowKey);
    pairs.set(key, entry);
  }
  for (const p of pairs.values()) out.push([p.source, p.destination, String(p.rows), String(p.flows.size)]);
  out.push([]);

  out.push(['Rows per product'], ['Product', 'Rows']);
  const products = new Map<string, number>();
  for (const row of rows) products.set(row.product, (products.get(row.product) ?? 0) + 1);
  for (const [product, count] of [...products].sort((a, b) => a[0].localeCompare(b[0]))) out.push([product, String(count)]);
  out.push([]);

  const edited = rows.filter((r) => r.request.justificationEdited).length;
  const approved = rows.filter((r) => r.request.status !== 'proposed').length;
  const temporary = rows.filter((r) => r.request.lifetime === 'temporary');
  out.push(
    ['PCI DSS 4.0'],
    [
      '1.2.5 business justification',
      `${rows.length} of ${rows.length} rows (${edited} written for this request, the rest from the vendor document)`,
    ],
    ['1.2.5 approval', `${approved} of ${rows.length} rows approved or implemented`],
    ['1.2.7 review', 'Review every rule at least once every six months; temporary rows carry their expiry date'],
    ['Temporary rows', `${temporary.length}${temporary.some((r) => !r.request.expires) ? ' (some without an expiry date)' : ''}`],
    [],
  );

  out.push(['Approval'], ['Role', 'Name', 'Decision', 'Date', 'Signature']);
  const names: Record<(typeof APPROVAL_ROLES)[number], string> = {
    Requester: request?.requester ?? '',
    'Application owner': request?.applicationOwner ?? '',
    'Security review': '',
    'Network team (implementation)': '',
    Approver: request?.approver ?? '',
  };
  for (const role of APPROVAL_ROLES) out.push([role, names[role], '', '', '']);
  // Sign-offs recorded in Portolan (shared rooms' "Approve matrix"), with whether this matrix is still the approved one.
  if (design.approvals?.length)
    out.push([], ['Review sign-off'], ...approvalLines(design, matrix).map((line): CoverRow => ['Review', line]));
  return out;
}
