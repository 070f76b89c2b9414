/**
 * Spreadsheet safety. A cell that begins with = + - @, a tab, CR or LF can be
 * run as a formula by Excel, LibreOffice or Google Sheets (OWASP "CSV
 * Injection"); a leading apostrophe makes the spreadsheet read it as text.
 */
import { addressText, type MatrixRow } from '../matrix';

const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The matrix columns every tabular export (CSV, XLSX) shares, in order. */
export const MATRIX_COLUMNS: readonly { header: string; value: (row: MatrixRow) => string; width: number }[] = [
  { header: 'ID', value: (r) => r.ref, width: 7 },
  { header: 'Source zone', value: (r) => r.source.zone, width: 14 },
  { header: 'Source component', value: (r) => r.source.component, width: 28 },
  { header: 'Source host', value: (r) => r.source.host, width: 18 },
  { header: 'Source IP', value: (r) => addressText(r.source), width: 18 },
  { header: 'Destination zone', value: (r) => r.destination.zone, width: 14 },
  { header: 'Destination component', value: (r) => r.destination.component, width: 28 },
  { header: 'Destination host', value: (r) => r.destination.host, width: 18 },
  { header: 'Destination IP', value: (r) => addressText(r.destination), width: 18 },
  { header: 'Protocol', value: (r) => r.protocol, width: 9 },
  { header: 'Port', value: (r) => r.port, width: 12 },
  { header: 'Application protocol', value: (r) => r.app, width: 16 },
  { header: 'Purpose', value: (r) => r.purpose, width: 50 },
  { header: 'Product', value: (r) => r.product, width: 16 },
  { header: 'Vendor reference', value: (r) => r.reference, width: 50 },
  { header: 'Condition', value: (r) => r.condition, width: 24 },
  { header: 'Firewall relevant', value: (r) => (r.firewall ? 'yes' : 'no'), width: 10 },
  { header: 'Crosses zones', value: (r) => (r.crossesZones ? 'yes' : 'no'), width: 10 },
];
