/**
 * The flow matrix as CSV: RFC 4180 (papaparse writes it and ends lines with
 * CRLF), an optional UTF-8 byte order mark so Excel reads accents and
 * non-Latin names correctly, and cells no spreadsheet runs as a formula,
 * whichever separator it opens the file with (see `cells.ts`).
 */
import Papa from 'papaparse';
import type { Design } from '../design/schema';
import type { MatrixRow } from '../matrix';
import { requestRows } from '../request/rows';
import type { ServiceNames } from '../request/services';
import { CSV_COLUMN_IDS, resolveColumns, type ColumnChoice, type RowContext } from './columns';
import { mustQuote, neutraliseCsvCell } from './cells';

export interface CsvOptions {
  /** Prefix a UTF-8 BOM (for Excel). */
  bom?: boolean;
  /** Include rows the documents mark as needing no firewall rule. */
  includeInternal?: boolean;
  /** Request fields (per flow) and NAT addresses (per component) come from the design. */
  design?: Pick<Design, 'components' | 'request'>;
  serviceNames?: ServiceNames | undefined;
  /** A column profile's columns; the full matrix when absent. */
  columns?: readonly ColumnChoice[] | undefined;
}

const CSV_CONTEXT: RowContext = { workbook: false, action: '', note: '' };

export function matrixToCsv(rows: readonly MatrixRow[], options: CsvOptions = {}): string {
  const kept = options.includeInternal ? rows : rows.filter((r) => r.firewall);
  const enriched = requestRows(options.design ?? { components: [] }, kept, { serviceNames: options.serviceNames });
  const columns = resolveColumns(options.columns ?? CSV_COLUMN_IDS.map((id) => ({ id })));
  const data = enriched.map((row) => columns.map((c) => neutraliseCsvCell(c.def.value(row, CSV_CONTEXT))));
  const csv = Papa.unparse(
    { fields: columns.map((c) => neutraliseCsvCell(c.header)), data },
    { newline: '\r\n', quotes: mustQuote, escapeFormulae: false },
  );
  return `${options.bom ? '\uFEFF' : ''}${csv}\r\n`;
}
