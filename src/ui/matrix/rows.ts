/**
 * Filtering and sorting matrix rows: plain functions over the rows, so the
 * panel can memoise them and tests can call them without rendering.
 */
import { addressOrKnownAs, type Endpoint, type MatrixRow } from '../../model/matrix';
import { STATUS_TEXT } from '../../model/request/flow';
import type { RequestRow } from '../../model/request/rows';
import type { MatrixFilter } from '../../store/session-store';

export interface Column {
  id: string;
  header: string;
  text(row: RequestRow): string;
  /** Numeric sort key where text order would be wrong (ports). */
  number?(row: RequestRow): number;
}

export const NO_ZONE = '(no zone)';

/** `zone / component / address`, skipping the parts that are empty; `address (NAT nat)` when translated. */
export function endpointText(endpoint: Endpoint, nat = ''): string {
  const address = addressOrKnownAs(endpoint);
  return [endpoint.zone, endpoint.component, nat ? `${address} (NAT ${nat})` : address].filter(Boolean).join(' / ');
}

export const COLUMNS: readonly Column[] = [
  { id: 'ref', header: 'ID', text: (r) => r.ref },
  { id: 'source', header: 'Source', text: (r) => endpointText(r.source, r.sourceNat) },
  { id: 'destination', header: 'Destination', text: (r) => endpointText(r.destination, r.destinationNat) },
  { id: 'protocol', header: 'Protocol', text: (r) => r.protocol },
  // Rows with no documented number sort after every real port.
  { id: 'port', header: 'Port', text: (r) => r.port, number: (r) => (r.portFrom ?? 65536) * 65537 + (r.portTo ?? 65536) },
  { id: 'service', header: 'Service', text: (r) => r.serviceName },
  { id: 'app', header: 'App', text: (r) => r.app },
  { id: 'purpose', header: 'Purpose', text: (r) => r.purpose },
  { id: 'justification', header: 'Justification', text: (r) => r.request.justification },
  { id: 'status', header: 'Status', text: (r) => STATUS_TEXT[r.request.status] },
  { id: 'expires', header: 'Expires', text: (r) => (r.request.lifetime === 'temporary' ? r.request.expires || 'temporary' : '') },
  { id: 'product', header: 'Product', text: (r) => r.product },
  { id: 'reference', header: 'Reference', text: (r) => r.referenceText },
  { id: 'condition', header: 'Condition', text: (r) => r.condition },
];

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Sorted copy; ties keep matrix order (by ref), so a sort is stable and predictable. */
export function sortRows<R extends RequestRow>(rows: readonly R[], sort: { column: string; descending: boolean }): R[] {
  const column = COLUMNS.find((c) => c.id === sort.column) ?? COLUMNS[0]!;
  if (column.id === 'ref' && !sort.descending && refsAscending(rows)) return [...rows];
  const keyed = rows.map((row) => ({ row, key: column.number ? column.number(row) : column.text(row) }));
  const direction = sort.descending ? -1 : 1;
  const order = (a: (typeof keyed)[number], b: (typeof keyed)[number]) => {
    const byKey = typeof a.key === 'number' ? a.key - (b.key as number) : collator.compare(a.key, b.key as string);
    return byKey * direction || collator.compare(a.row.ref, b.row.ref);
  };
  // The matrix comes in ID order, the default sort: one pass finds it sorted, where sorting compares ~13 times a row.
  if (keyed.every((k, i) => i === 0 || order(keyed[i - 1]!, k) <= 0)) return [...rows];
  keyed.sort(order);
  return keyed.map((k) => k.row);
}

/** A matrix reference: R and a number, zero-padded to the width of the largest (model/matrix.ts). */
const REF = /^R\d+$/;

/**
 * Whether the rows are in ID order, the default sort, as the matrix numbers them, without a
 * collator: among references of one width plain string order is numeric order. (The collator's
 * check of 7000 rows took 16 ms, on every render that made new rows.) False also when any
 * reference is of another shape: the general check decides then.
 */
function refsAscending(rows: readonly RequestRow[]): boolean {
  for (let i = 0; i < rows.length; i++) {
    const ref = rows[i]!.ref;
    if (!REF.test(ref)) return false;
    if (i > 0) {
      const before = rows[i - 1]!.ref;
      if (before.length !== ref.length || !(before < ref)) return false;
    }
  }
  return true;
}

export const zonePairKey = (row: MatrixRow) => `${row.source.zoneId}>${row.destination.zoneId}`;
const zonePairLabel = (row: MatrixRow) => `${row.source.zone || NO_ZONE} → ${row.destination.zone || NO_ZONE}`;

/** The choices the filter selects offer: only values present in the rows. */
export function filterChoices(rows: readonly MatrixRow[]) {
  // Source zone, then destination zone: thousands of rows share a few zone pairs, and a pair's key
  // and label are built once, not once per row.
  const zonePairs = new Map<string, Map<string, MatrixRow>>();
  const products = new Map<string, string>();
  const protocols = new Set<string>();
  for (const row of rows) {
    let to = zonePairs.get(row.source.zoneId);
    if (!to) zonePairs.set(row.source.zoneId, (to = new Map()));
    if (!to.has(row.destination.zoneId)) to.set(row.destination.zoneId, row);
    if (!products.has(row.productId)) products.set(row.productId, row.product);
    protocols.add(row.protocol);
  }
  const byLabel = (a: [string, string], b: [string, string]) => collator.compare(a[1], b[1]);
  return {
    zonePairs: [...zonePairs.values()]
      .flatMap((to) => [...to.values()].map((row): [string, string] => [zonePairKey(row), zonePairLabel(row)]))
      .sort(byLabel),
    products: [...products].sort(byLabel),
    protocols: [...protocols].sort(),
  };
}

// One lower-cased line per row for the text filter, built once per row object.
const searchText = new WeakMap<RequestRow, string>();
function searchable(row: RequestRow): string {
  let text = searchText.get(row);
  if (text === undefined) {
    text = COLUMNS.map((c) => c.text(row))
      .join('\n')
      .toLowerCase();
    searchText.set(row, text);
  }
  return text;
}

/** A port filter: a number matches every row whose range holds it; anything else matches the port text. */
function portMatcher(query: string): ((row: MatrixRow) => boolean) | undefined {
  const q = query.trim().toLowerCase();
  if (q === '') return undefined;
  if (/^\d+$/.test(q)) {
    const n = Number(q);
    return (row) => row.portFrom !== null && row.portTo !== null && row.portFrom <= n && n <= row.portTo;
  }
  return (row) => row.port.toLowerCase().includes(q);
}

export function isFiltered(filter: MatrixFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.zonePair !== '' ||
    filter.product !== '' ||
    filter.protocol !== '' ||
    filter.port.trim() !== '' ||
    filter.firewallOnly
  );
}

export function filterRows<R extends RequestRow>(rows: readonly R[], filter: MatrixFilter): readonly R[] {
  if (!isFiltered(filter)) return rows;
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const port = portMatcher(filter.port);
  return rows.filter(
    (row) =>
      (!filter.firewallOnly || row.firewall) &&
      (filter.zonePair === '' || zonePairKey(row) === filter.zonePair) &&
      (filter.product === '' || row.productId === filter.product) &&
      (filter.protocol === '' || row.protocol === filter.protocol) &&
      (!port || port(row)) &&
      words.every((word) => searchable(row).includes(word)),
  );
}
