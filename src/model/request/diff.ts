/**
 * Change requests: what differs between a baseline (the matrix as last
 * implemented, or another design) and the current matrix. Rows are matched
 * by their stable id (flow key, protocol, port); a row in both whose ends,
 * addresses or NAT changed is `changed`. A change request sends a changed
 * row as Remove (the old row) and Add (the new one).
 */
import type { Catalogue } from '../catalogue/load';
import type { Design } from '../design/schema';
import { addressOrKnownAs, buildMatrix, type MatrixRow } from '../matrix';
import type { Baseline, BaselineRow } from './schema';

export type { Baseline, BaselineRow } from './schema';

type NatRow = MatrixRow & { sourceNat?: string; destinationNat?: string };

const withNat = (address: string, nat: string | undefined) => (nat ? `${address} (NAT ${nat})` : address);

export function baselineRowOf(row: NatRow): BaselineRow {
  return {
    id: row.id,
    ref: row.ref,
    source: [row.source.zone, row.source.component].filter(Boolean).join(' / '),
    sourceAddress: withNat(addressOrKnownAs(row.source), row.sourceNat),
    destination: [row.destination.zone, row.destination.component].filter(Boolean).join(' / '),
    destinationAddress: withNat(addressOrKnownAs(row.destination), row.destinationNat),
    protocol: row.protocol,
    port: row.port,
    purpose: row.purpose,
  };
}

export function baselineOf(rows: readonly NatRow[], date: string): Baseline {
  return { date, rows: rows.filter((r) => r.firewall).map(baselineRowOf) };
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface MatrixDiff {
  /** Row id → what happened to it (current rows; removed ids are baseline rows). */
  kinds: ReadonlyMap<string, ChangeKind>;
  added: string[];
  removed: BaselineRow[];
  /** Current row id → the baseline row it replaces. */
  changed: Map<string, BaselineRow>;
  same: number;
}

const signature = (row: BaselineRow) =>
  JSON.stringify([row.source, row.sourceAddress, row.destination, row.destinationAddress, row.protocol, row.port]);

export function diffMatrix(baseline: readonly BaselineRow[], current: readonly NatRow[]): MatrixDiff {
  const before = new Map(baseline.map((r) => [r.id, r]));
  const kinds = new Map<string, ChangeKind>();
  const added: string[] = [];
  const changed = new Map<string, BaselineRow>();
  const seen = new Set<string>();
  let same = 0;
  for (const row of current) {
    if (!row.firewall) continue;
    seen.add(row.id);
    const old = before.get(row.id);
    if (!old) {
      kinds.set(row.id, 'added');
      added.push(row.id);
    } else if (signature(old) !== signature(baselineRowOf(row))) {
      kinds.set(row.id, 'changed');
      changed.set(row.id, old);
    } else same += 1;
  }
  const removed = baseline.filter((r) => !seen.has(r.id));
  for (const r of removed) kinds.set(r.id, 'removed');
  return { kinds, added, removed, changed, same };
}

export const hasChanges = (diff: MatrixDiff) => diff.added.length > 0 || diff.removed.length > 0 || diff.changed.size > 0;

/** Edge ids (`from>to`) of the current rows that are added or changed: for the canvas. */
export function changedEdges(diff: MatrixDiff, current: readonly MatrixRow[]): Map<string, ChangeKind> {
  const edges = new Map<string, ChangeKind>();
  for (const row of current) {
    const kind = diff.kinds.get(row.id);
    if (!kind) continue;
    const id = `${row.source.componentId}>${row.destination.componentId}`;
    if (edges.get(id) !== 'added') edges.set(id, kind);
  }
  return edges;
}

/**
 * Another design as the baseline ("Compare with…"): its firewall-relevant
 * rows with their NAT addresses, as if it had been marked implemented.
 */
export function baselineOfDesign(design: Design, catalogue: Catalogue, date: string): Baseline {
  const nat = new Map(design.components.map((c) => [c.id, c.nat ?? '']));
  const rows = buildMatrix(design, catalogue).map((r) => ({
    ...r,
    sourceNat: nat.get(r.source.componentId) ?? '',
    destinationNat: nat.get(r.destination.componentId) ?? '',
  }));
  return baselineOf(rows, date);
}
