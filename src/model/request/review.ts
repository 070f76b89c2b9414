/**
 * PCI DSS 4.0 1.2.7: rules are reviewed at least every six months. The
 * "review due" list: temporary flows past their expiry date, and flows whose
 * last review is more than six months before `today` (or that were never
 * reviewed, once they are implemented).
 */
import type { RequestRow } from './rows';

export interface ReviewDue {
  flowKey: string;
  ref: string;
  reason: string;
}

/** `YYYY-MM-DD` six months before the day given. */
export function sixMonthsBefore(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - 6);
  return date.toISOString().slice(0, 10);
}

export function reviewDue(rows: readonly RequestRow[], today: string): ReviewDue[] {
  const limit = sixMonthsBefore(today);
  const due = new Map<string, ReviewDue>();
  for (const row of rows) {
    if (due.has(row.flowKey)) continue;
    const { request } = row;
    if (request.lifetime === 'temporary' && request.expires && request.expires < today)
      due.set(row.flowKey, { flowKey: row.flowKey, ref: row.ref, reason: `temporary, expired ${request.expires}` });
    else if (request.reviewed && request.reviewed < limit)
      due.set(row.flowKey, { flowKey: row.flowKey, ref: row.ref, reason: `last reviewed ${request.reviewed}` });
    else if (!request.reviewed && request.status === 'implemented')
      due.set(row.flowKey, { flowKey: row.flowKey, ref: row.ref, reason: 'implemented, never reviewed' });
  }
  return [...due.values()];
}
