/**
 * The flow matrix as CSV (`writeCsv` in `cells.ts`): RFC 4180 with CRLF line
 * ends, an optional UTF-8 byte order mark so Excel reads accents and
 * non-Latin names correctly, and cells no spreadsheet runs as a formula,
 * whichever separator it opens the file with.
 */
import type { Design } from '../design/schema';
import type { MatrixRow } from '../matrix';
import { requestRows } from '../request/rows';
import type { ServiceNames } from '../request/services';
import type { ColumnProfile } from '../request/profiles';
import { loadServiceNames } from '../request/services';
import { CSV_COLUMN_IDS, type ColumnChoice, type RowContext } from './columns';
import { writeCsv } from './cells';
import { baseName, type ExportContext, type ExportResult } from './types';
import { profileTables } from './tabular';

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
  /** A whole profile (columns, merging, one file per zone pair); wins over `columns`. */
  profile?: ColumnProfile | undefined;
}

const CSV_CONTEXT: RowContext = { workbook: false, action: '', note: '' };

/** The CSV, or with a per-zone-pair profile one CSV per zone pair (keyed by the pair). */
export function matrixToCsvTables(rows: readonly MatrixRow[], options: CsvOptions = {}): { pair: string; csv: string }[] {
  const kept = options.includeInternal ? rows : rows.filter((r) => r.firewall);
  const enriched = requestRows(options.design ?? { components: [] }, kept, { serviceNames: options.serviceNames });
  const profile =
    options.profile ?? (options.columns ? { name: 'columns', layout: 'single', merge: 'none', columns: [...options.columns] } : undefined);
  return profileTables(enriched, profile, CSV_COLUMN_IDS, () => CSV_CONTEXT).map((table) => ({
    pair: table.pair,
    csv: writeCsv(table.header, table.rows, options.bom ?? false),
  }));
}

export function matrixToCsv(rows: readonly MatrixRow[], options: CsvOptions = {}): string {
  return matrixToCsvTables(rows, { ...options, profile: options.profile && { ...options.profile, layout: 'single' } })[0]!.csv;
}

/** The CSV export format: request fields, service names, and the chosen column profile. */
export async function csvExport(context: ExportContext): Promise<ExportResult> {
  const { design, rows, includeInternal, bom, profile } = context;
  const tables = matrixToCsvTables(rows, {
    bom: bom ?? true,
    includeInternal: includeInternal ?? false,
    design,
    serviceNames: await loadServiceNames(),
    profile,
  });
  const base = baseName(design);
  const used = new Set<string>();
  const files = tables.map(({ pair, csv }) => {
    let name = pair
      ? `${base}-${
          pair
            .normalize('NFKD')
            .replace(/[^A-Za-z0-9]+/g, '-')
            .replace(/^-+|-+$/g, '')
            .toLowerCase()
            .slice(0, 60) || 'zone-pair'
        }`
      : base;
    for (let n = 2; used.has(name); n += 1) name = `${name.replace(/-\d+$/, '')}-${n}`;
    used.add(name);
    return { name: `${name}.csv`, mime: 'text/csv', data: csv };
  });
  return { files, warnings: [] };
}
