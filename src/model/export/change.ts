/**
 * A change request: only the rows that differ between two matrices, each
 * marked Add or Remove (a changed row is removed as it was and added as it
 * is). Written as CSV or as a workbook, with the same column profiles.
 */
import type { Design } from '../design/schema';
import { diffMatrix, baselineOf, hasChanges, type MatrixDiff } from '../request/diff';
import type { ColumnProfile } from '../request/profiles';
import type { RequestRow } from '../request/rows';
import { neutraliseFormula, writeCsv } from './cells';
import { CSV_COLUMN_IDS } from './columns';
import { profileTables } from './tabular';

export interface ChangeRequest {
  diff: MatrixDiff;
  /** Removed rows (from the old matrix) first, then added ones, in matrix order. */
  rows: { row: RequestRow; change: 'Add' | 'Remove' }[];
}

export function changeRequest(oldRows: readonly RequestRow[], newRows: readonly RequestRow[], date = '1970-01-01'): ChangeRequest {
  const diff = diffMatrix(baselineOf(oldRows, date).rows, newRows);
  const changedIds = new Set(diff.changed.keys());
  const removedIds = new Set([...diff.removed.map((r) => r.id), ...changedIds]);
  const rows = [
    ...oldRows.filter((r) => r.firewall && removedIds.has(r.id)).map((row) => ({ row, change: 'Remove' as const })),
    ...newRows
      .filter((r) => r.firewall && (diff.kinds.get(r.id) === 'added' || changedIds.has(r.id)))
      .map((row) => ({ row, change: 'Add' as const })),
  ];
  return { diff, rows };
}

export { hasChanges };

const CHANGE_COLUMN_IDS = ['change', ...CSV_COLUMN_IDS];

function tables(request: ChangeRequest, profile: ColumnProfile | undefined) {
  const change = new Map(request.rows.map(({ row, change }) => [row, change]));
  const withChange =
    profile && profile.columns.length > 0 && !profile.columns.some((c) => c.id === 'change')
      ? { ...profile, columns: [{ id: 'change' }, ...profile.columns] }
      : profile;
  return profileTables(
    request.rows.map((r) => r.row),
    withChange,
    CHANGE_COLUMN_IDS,
    (row) => ({ workbook: false, action: '', note: '', change: change.get(row) ?? '' }),
  );
}

export function changeCsv(request: ChangeRequest, profile?: ColumnProfile): string {
  const [table] = tables(request, profile && { ...profile, layout: 'single' });
  return writeCsv(table!.header, table!.rows, true);
}

export async function changeWorkbook(
  request: ChangeRequest,
  design: Pick<Design, 'meta'>,
  generatedAt: string,
  profile?: ColumnProfile,
): Promise<Uint8Array> {
  const exceljs = await import('exceljs');
  const Workbook = exceljs.Workbook ?? (exceljs as unknown as { default: typeof exceljs }).default.Workbook;
  const workbook = new Workbook();
  const text = (v: string) =>
    neutraliseFormula(v.replace(/[\p{Cc}\p{Cs}]/gu, (c) => (c === '\t' || c === '\n' || c === '\r' ? c : '\ufffd')).slice(0, 32767));
  const summary = workbook.addWorksheet('Change request');
  summary.columns = [{ width: 28 }, { width: 60 }];
  const { diff } = request;
  for (const [k, v] of [
    ['Title', design.meta.title],
    ['Change ticket', design.meta.changeTicket ?? ''],
    ['Generated', generatedAt],
    ['Rows to add', String(diff.added.length)],
    ['Rows to remove', String(diff.removed.length)],
    ['Rows changed (removed and added again)', String(diff.changed.size)],
    ['Rows unchanged', String(diff.same)],
  ] as const)
    summary.addRow([text(k), text(v)]);
  summary.getColumn(1).font = { bold: true };
  for (const t of tables(request, profile)) {
    const sheet = workbook.addWorksheet((t.pair || 'Changes').replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    });
    sheet.columns = t.header.map((header, i) => ({ header: text(header), width: t.widths[i] }));
    for (const row of t.rows) sheet.addRow(row.map(text));
    sheet.getRow(1).font = { bold: true };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
