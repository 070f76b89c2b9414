/**
 * Every export format, by id: the CLI's `--format` and the editor's Export
 * menu both read this registry, so a format added here appears in both.
 * Each format is a pure function from the flow matrix (and the design, for
 * titles and zones) to files; only the IO layer writes or downloads them.
 */
import type { Catalogue } from '../catalogue/load';
import type { Design } from '../design/schema';
import type { MatrixRow } from '../matrix';
import type { ColumnProfile } from '../request/profiles';
import { csvExport } from './csv';
import { ruleSetFormats } from './rulesets';

/** Which rows a rule set covers: all firewall-relevant, only zone-crossing, or one file per zone pair. */
export type ExportScope = 'all' | 'crossing' | 'zone-pair';

export interface ExportContext {
  design: Design;
  catalogue: Catalogue;
  rows: readonly MatrixRow[];
  scope: ExportScope;
  /** ISO timestamp written into headers; passed in so output is reproducible. */
  generatedAt: string;
  /** Include rows the documents mark as needing no firewall rule. */
  includeInternal?: boolean;
  /** CSV: prefix a UTF-8 byte order mark so Excel reads non-ASCII names (default on). */
  bom?: boolean;
  /** Emit an explicit placeholder address for hosts without an IP instead of refusing them. */
  placeholderAddresses?: boolean;
  /** CSV and workbook: the column profile (columns, headers, merging, one sheet per zone pair). */
  profile?: ColumnProfile | undefined;
}

export interface ExportFile {
  name: string;
  mime: string;
  data: string | Uint8Array;
}

export interface ExportResult {
  files: ExportFile[];
  /** Said to the user: hosts left out for want of an IP, unspecified ports, and the like. */
  warnings: string[];
}

export interface ExportFormat {
  id: string;
  label: string;
  run(context: ExportContext): ExportResult | Promise<ExportResult>;
}

/** A file name from the design title: letters, digits and dashes only. */
export function baseName(design: Design): string {
  const slug = design.meta.title.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return slug.slice(0, 60) || 'portolan-design';
}

export const csvFormat: ExportFormat = { id: 'csv', label: 'CSV flow matrix', run: csvExport };

export const exportFormats: readonly ExportFormat[] = [csvFormat, ...ruleSetFormats];

export function exportFormat(id: string): ExportFormat | undefined {
  return exportFormats.find((f) => f.id === id);
}
