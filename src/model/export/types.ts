/**
 * The export contract: what every format receives (the context) and returns
 * (files and warnings), and the file name every format starts from. Formats
 * import this module, never the registry (`formats.ts`), so the registry can
 * list them without an import cycle, and the editor can name a saved design
 * without loading any exporter.
 */
import type { Catalogue } from '../catalogue/load';
import type { Design } from '../design/schema';
import type { MatrixRow } from '../matrix';
import type { PictureOptions } from '../picture/formats';
import type { ColumnProfile } from '../request/profiles';

/** Which rows a rule set covers: all firewall-relevant, only zone-crossing, or one file per zone pair. */
export const EXPORT_SCOPES = ['all', 'crossing', 'zone-pair'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

/** What each scope means, as the Export menu offers it. */
export const EXPORT_SCOPE_LABELS: Readonly<Record<ExportScope, string>> = {
  all: 'Every firewall-relevant flow',
  crossing: 'Only flows that cross zones',
  'zone-pair': 'One rule set per zone pair',
};

export function isExportScope(value: unknown): value is ExportScope {
  return typeof value === 'string' && (EXPORT_SCOPES as readonly string[]).includes(value);
}

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
  /** Pictures: scope (design, view, selection) and the PNG rasteriser. */
  picture?: PictureOptions;
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

/** One entry of the registry: the CLI's `--format` id, the Export menu's label, and the pure function. */
export interface ExportFormat {
  id: string;
  label: string;
  run(context: ExportContext): ExportResult | Promise<ExportResult>;
}

/** A file name from the design title: letters, digits and dashes only. */
export function baseName(design: Pick<Design, 'meta'>): string {
  const slug = design.meta.title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return slug.slice(0, 60).replace(/-+$/, '') || 'portolan-design';
}
