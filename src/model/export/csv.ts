/**
 * The flow matrix as CSV: RFC 4180 (papaparse quotes what needs quoting and
 * ends lines with CRLF), formula-safe cells, and an optional UTF-8 byte order
 * mark so Excel reads accents and non-Latin names correctly.
 */
import Papa from 'papaparse';
import type { MatrixRow } from '../matrix';
import { MATRIX_COLUMNS, neutraliseFormula } from './cells';

export interface CsvOptions {
  /** Prefix a UTF-8 BOM (for Excel). */
  bom?: boolean;
  /** Include rows the documents mark as needing no firewall rule. */
  includeInternal?: boolean;
}

export function matrixToCsv(rows: readonly MatrixRow[], options: CsvOptions = {}): string {
  const kept = options.includeInternal ? rows : rows.filter((r) => r.firewall);
  const data = kept.map((row) => MATRIX_COLUMNS.map((column) => neutraliseFormula(column.value(row))));
  const csv = Papa.unparse(
    { fields: MATRIX_COLUMNS.map((c) => c.header), data },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${options.bom ? '\uFEFF' : ''}${csv}\r\n`;
}
