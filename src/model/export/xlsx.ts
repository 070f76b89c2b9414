/**
 * The firewall request as an Excel workbook: Cover (the request, counts per
 * zone pair and product, an approval block), Flows (one row per requested
 * flow, as the rule sets see it, with its request fields; a row the rule
 * sets leave out says so instead of `Allow`), Design (what the request is
 * for) and Hosts (every host with its zone, address and components).
 *
 * exceljs is imported only when a workbook is made, so it stays out of the
 * browser's initial bundle. Every string cell goes through
 * `neutraliseFormula` (a label such as `=HYPERLINK(...)` stays text), and
 * characters XML cannot hold are replaced so the file always opens.
 * The catalogue version is a fingerprint of the catalogue's content
 * (FNV-1a, 64 bits): it changes whenever any documented flow changes, which
 * a package version would not show while catalogue files are edited.
 */
import type { Catalogue } from '../catalogue/load';
import { CHECKS_SHEET_COLUMNS, checksSheetRows, runChecks } from '../checks';
import { endpointKnownAs } from '../matrix';
import { requestRows } from '../request/rows';
import { COMMENT_SHEET_COLUMNS, commentSheetRows, rowCommentNotes } from '../review/comment-sheet';
import { loadServiceNames } from '../request/services';
import { neutraliseFormula } from './cells';
import { WORKBOOK_COLUMN_IDS } from './columns';
import { coverRows } from './cover';
import { baseName, type ExportContext, type ExportResult } from './types';
import { HOST_FIREWALLS_ONLY, hostIdentity, selectRules } from './scope';
import { profileTables } from './tabular';

/** What the Action column says for a row the rule sets leave out (issue 16: never `Allow`). */
export const NOT_IN_RULE_SETS = 'Not in rule sets';

/** Excel's limit on the characters in one cell. */
const CELL_MAX = 32767;

/** Text a cell can hold: no characters XML 1.0 forbids, never read as a formula. */
export function cellText(value: string): string {
  // XML 1.0 allows tab, LF and CR among the C0 controls, and no unpaired surrogate.
  const clean = value.replace(/[\p{Cc}\p{Cs}\ufffe\uffff]/gu, (c) =>
    c === '\t' || c === '\n' || c === '\r' || (c >= '\u007f' && c <= '\u009f') ? c : '\ufffd',
  );
  return neutraliseFormula(clean.length > CELL_MAX ? clean.slice(0, CELL_MAX) : clean);
}

export async function xlsxWorkbook(context: ExportContext): Promise<ExportResult> {
  const selection = selectRules({ ...context, base: baseName(context.design) });
  const rows = requestRows(context.design, selection.rows, { serviceNames: await loadServiceNames() });
  const exceljs = await import('exceljs');
  const Workbook = exceljs.Workbook ?? (exceljs as unknown as { default: typeof exceljs }).default.Workbook;
  const workbook = new Workbook();
  const date = new Date(context.generatedAt);
  const when = Number.isNaN(date.getTime()) ? new Date(0) : date;
  workbook.creator = 'Portolan';
  workbook.created = when;
  workbook.modified = when;

  const table = (name: string, columns: readonly { header: string; width: number }[], rows: readonly string[][]) => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    sheet.columns = columns.map((c) => ({ header: cellText(c.header), width: c.width }));
    for (const row of rows) sheet.addRow(row.map(cellText));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    return sheet;
  };

  const cover = workbook.addWorksheet('Cover');
  cover.columns = [{ width: 30 }, { width: 60 }, { width: 14 }, { width: 14 }, { width: 24 }];
  for (const cells of coverRows(context.design, rows, context.generatedAt, context.rows)) {
    const row = cover.addRow(cells.map(cellText));
    // Section titles and table headers stand out; a one-cell row is a title.
    if (cells.length === 1) row.font = { bold: true, size: 12 };
  }
  cover.getColumn(1).font = { bold: true };
  cover.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const tables = profileTables(rows, context.profile, WORKBOOK_COLUMN_IDS, (row) => {
    const notes = selection.rowNotes.get(row.ref) ?? [];
    return {
      workbook: true,
      action: notes.some((n) => n.startsWith(NOT_IN_RULE_SETS))
        ? NOT_IN_RULE_SETS
        : notes.some((n) => n.startsWith(HOST_FIREWALLS_ONLY))
          ? HOST_FIREWALLS_ONLY
          : 'Allow',
      note: notes.join('; '),
    };
  });
  const sheetNames = new Set(['Cover', 'Design', 'Hosts', 'Checks', 'Comments']);
  // Open comment threads on a row (or on its edge) become a note on the row's Ref cell.
  const notes = context.design.comments?.length ? rowCommentNotes(context.design, context.rows) : undefined;
  for (const t of tables) {
    const sheet = table(
      sheetName(t.pair || 'Flows', sheetNames),
      t.header.map((header, i) => ({ header, width: t.widths[i]! })),
      t.rows,
    );
    if (notes) addRowNotes(sheet, t.header, t.rows, notes);
  }

  const { meta } = context.design;
  const hosts = hostRows(context, new Map(selection.placeholders.map((p) => [p.key, p.address])));
  const design = workbook.addWorksheet('Design');
  design.columns = [{ width: 28 }, { width: 90 }];
  const facts: [string, string][] = [
    ['Title', meta.title],
    ['Owner', meta.owner ?? ''],
    ['Change ticket', meta.changeTicket ?? ''],
    ['Description', meta.description ?? ''],
    ['Date', context.generatedAt],
    ['Catalogue version', `fnv1a64:${fingerprint(context.catalogue)}`],
    ['Scope', selection.scopeText],
    ['Zones', String(context.design.zones.length)],
    ['Components', String(context.design.components.length)],
    ['Hosts', String(hosts.length)],
    ['Flow matrix rows', String(context.rows.length)],
    ['Flows in this workbook', String(selection.rows.length)],
    ['Firewall rules after merging', String(selection.rules.length)],
    [
      'Flows not in rule sets',
      String([...selection.rowNotes.values()].filter((n) => n.some((t) => t.startsWith(NOT_IN_RULE_SETS))).length),
    ],
    ...selection.warnings.map((w, i): [string, string] => [i === 0 ? 'Warnings' : '', w]),
  ];
  for (const [key, value] of facts) design.addRow([cellText(key), cellText(value)]);
  design.getColumn(1).font = { bold: true };
  design.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  table(
    'Hosts',
    [
      { header: 'Host', width: 24 },
      { header: 'Zone', width: 16 },
      { header: 'IP', width: 20 },
      { header: 'AS or name (no IP)', width: 24 },
      { header: 'NAT address', width: 20 },
      { header: 'Components', width: 60 },
    ],
    hosts,
  );

  // Once findings were acknowledged: every finding, open or acknowledged with its reason (src/model/checks/sheet.ts).
  if (context.design.acknowledgements?.length)
    table('Checks', CHECKS_SHEET_COLUMNS, checksSheetRows(runChecks(context.design, context.catalogue, undefined, context.rows)));

  // Review comments, when the design has any: every thread and reply, open, resolved or orphaned.
  if (context.design.comments?.length)
    table('Comments', COMMENT_SHEET_COLUMNS, commentSheetRows({ ...context.design, catalogue: context.catalogue }, context.rows));

  const buffer = await workbook.xlsx.writeBuffer();
  return {
    files: [
      {
        name: `${baseName(context.design)}.xlsx`,
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data: new Uint8Array(buffer),
      },
    ],
    warnings: selection.warnings,
  };
}

/** A note on the ID (row reference) cell of each row with open comments; a merged row lists several refs. */
function addRowNotes(
  sheet: { getCell(row: number, column: number): { note?: unknown } },
  header: readonly string[],
  rows: readonly string[][],
  notes: ReadonlyMap<string, string>,
): void {
  // Profiles may rename or move the column: find it by its content (`R001`, or `R001, R004` merged).
  const isRefs = (text: string | undefined) => !!text && /^R\d+(, R\d+)*$/.test(text);
  const column = header.findIndex((_h, i) => rows.length > 0 && rows.every((cells) => isRefs(cells[i])));
  if (column < 0) return;
  rows.forEach((cells, i) => {
    const texts = cells[column]!.split(', ').flatMap((ref) => (notes.has(ref) ? [cellText(notes.get(ref)!)] : []));
    if (texts.length > 0) sheet.getCell(i + 2, column + 1).note = texts.join('\n\n');
  });
}

/** One row per host: components sharing a host name are one host; a component without one is its own. */
function hostRows(
  { design, catalogue }: Pick<ExportContext, 'design' | 'catalogue'>,
  placeholders: ReadonlyMap<string, string>,
): string[][] {
  const zones = new Map(design.zones.map((z) => [z.id, z.name]));
  const hosts = new Map<string, { host: string; zone: string; ip: string; knownAs: string; nat: string[]; components: string[] }>();
  for (const c of design.components) {
    const key = hostIdentity({ host: c.host ?? '', componentId: c.id });
    const type = catalogue.components.get(c.type);
    const name = c.label?.trim() || type?.name || c.type;
    const entry = hosts.get(key) ?? {
      host: c.host?.trim() || `(no host name: ${name})`,
      zone: c.zone ? (zones.get(c.zone) ?? c.zone) : '',
      ip: c.ip?.trim() || (type?.external?.cidrs.join(', ') ?? ''),
      // An AS or a name is never an IP: its own column (see Endpoint.knownAs).
      knownAs: c.ip?.trim() ? '' : (endpointKnownAs(type)?.text ?? ''),
      nat: [],
      components: [],
    };
    entry.components.push(name);
    if (c.nat && !entry.nat.includes(c.nat.trim())) entry.nat.push(c.nat.trim());
    hosts.set(key, entry);
  }
  return [...hosts].map(([key, h]) => {
    const placeholder = placeholders.get(key);
    return [
      h.host,
      h.zone,
      h.ip || (placeholder ? `${placeholder} (placeholder, RFC 5737)` : h.knownAs ? '' : 'no IP'),
      h.knownAs,
      h.nat.join(', '),
      h.components.join(', '),
    ];
  });
}

/** FNV-1a 64-bit over the catalogue's content, as 16 hex digits: pure, synchronous, the same in every runtime. */
export function fingerprint(catalogue: Catalogue): string {
  const text = JSON.stringify([
    [...catalogue.products.values()],
    [...catalogue.roles.values()],
    [...catalogue.components.values()],
    catalogue.flows,
  ]);
  let hash = 0xcbf29ce484222325n;
  const bytes = new TextEncoder().encode(text);
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** A sheet name Excel accepts: at most 31 characters, none of : \\ / ? * [ ], unique in the workbook. */
export function sheetName(wanted: string, used: Set<string>): string {
  const clean =
    wanted
      .replace(/[:\\/?*[\]\p{Cc}]/gu, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Flows';
  let name = clean;
  for (let n = 2; [...used].some((u) => u.toLowerCase() === name.toLowerCase()); n += 1)
    name = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(name);
  return name;
}
