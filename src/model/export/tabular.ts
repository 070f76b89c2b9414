/**
 * A column profile applied to request rows: the tables a CSV file or a
 * workbook sheet holds. `merge: service` gives one row per source,
 * destination and service (protocol and port), each cell the distinct values
 * of its rows joined; `per-zone-pair` gives one table per zone pair.
 */
import type { ColumnProfile } from '../request/profiles';
import type { RequestRow } from '../request/rows';
import { resolveColumns, type RowContext } from './columns';

export interface Table {
  /** `''` for the only table; otherwise the zone pair, `DMZ → Internal`. */
  pair: string;
  header: string[];
  widths: number[];
  rows: string[][];
}

export function profileTables(
  rows: readonly RequestRow[],
  profile: ColumnProfile | undefined,
  defaults: readonly string[],
  contextOf: (row: RequestRow) => RowContext,
): Table[] {
  const columns = resolveColumns(profile && profile.columns.length > 0 ? profile.columns : defaults.map((id) => ({ id })));
  const groups = new Map<string, RequestRow[]>();
  for (const row of rows) {
    const pair = profile?.layout === 'per-zone-pair' ? `${row.source.zone || '(no zone)'} → ${row.destination.zone || '(no zone)'}` : '';
    const list = groups.get(pair);
    if (list) list.push(row);
    else groups.set(pair, [row]);
  }
  if (groups.size === 0) groups.set('', []);
  return [...groups].map(([pair, list]) => {
    const cells = list.map((row) => ({ row, values: columns.map((c) => c.def.value(row, contextOf(row))) }));
    return {
      pair,
      header: columns.map((c) => c.header),
      widths: columns.map((c) => c.def.width),
      rows: profile?.merge === 'service' ? mergeByService(cells) : cells.map((c) => c.values),
    };
  });
}

/** One row per source, destination, protocol and port; each cell the distinct values joined. */
function mergeByService(cells: readonly { row: RequestRow; values: string[] }[]): string[][] {
  const merged = new Map<string, string[][]>();
  for (const { row, values } of cells) {
    const key = `${row.source.componentId}\u0000${row.destination.componentId}\u0000${row.protocol}\u0000${row.port}`;
    const columns = merged.get(key) ?? values.map(() => []);
    values.forEach((value, i) => {
      if (value !== '' && !columns[i]!.includes(value)) columns[i]!.push(value);
    });
    merged.set(key, columns);
  }
  return [...merged.values()].map((columns) => columns.map((values) => values.join(values.some((v) => /^R\d+$/.test(v)) ? ', ' : '; ')));
}
