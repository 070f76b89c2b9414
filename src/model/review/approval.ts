/**
 * Review sign-off: a reviewer approves the flow matrix as it stands, with
 * name, date and a fingerprint of the matrix rows. Any later change to the
 * flows changes the fingerprint, so the approval shows as out of date.
 * Positions, labels of zones and other drawing details do not count: only
 * what a firewall rule is made of (endpoints, addresses, protocol, ports,
 * whether the row needs a rule).
 */
import { z } from '../zod';
import type { MatrixRow } from '../matrix';

export const Approval = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/)),
  name: z.string().check(z.minLength(1, 'an approval needs the reviewer’s name'), z.maxLength(200)),
  /** ISO 8601 date and time of the sign-off. */
  at: z.string().check(z.iso.datetime({ offset: true })),
  /** `fnv1a64:<16 hex>` of the approved matrix rows (see matrixFingerprint). */
  fingerprint: z.string().check(z.regex(/^fnv1a64:[0-9a-f]{16}$/)),
  /** How many rows were approved (shown beside the fingerprint). */
  rows: z.number().check(z.int(), z.gte(0)),
});
export type Approval = z.infer<typeof Approval>;

/** The rows' rule-relevant content, one line each, in a stable order. */
function canonicalRows(rows: readonly MatrixRow[]): string[] {
  return rows
    .map((r) =>
      JSON.stringify([
        r.flowKey,
        r.source.componentId,
        r.source.zoneId,
        r.source.host,
        r.source.addresses,
        r.destination.componentId,
        r.destination.zoneId,
        r.destination.host,
        r.destination.addresses,
        r.protocol,
        r.port,
        r.firewall,
      ]),
    )
    .sort();
}

/**
 * FNV-1a over 64 bits (BigInt; pure, same result in Node and the browser).
 * A change detector, not a signature: it tells an approval from a later matrix.
 */
export function matrixFingerprint(rows: readonly MatrixRow[]): string {
  const prime = 0x100000001b3n;
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(canonicalRows(rows).join('\n'))) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return `fnv1a64:${hash.toString(16).padStart(16, '0')}`;
}

/** The latest approval and whether it still matches the matrix. */
export function approvalStatus(
  approvals: readonly Approval[] | undefined,
  matrix: readonly MatrixRow[],
): { approval: Approval; current: boolean } | undefined {
  const latest = [...(approvals ?? [])].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];
  return latest && { approval: latest, current: latest.fingerprint === matrixFingerprint(matrix) };
}

/** A new approval of the matrix as it is now. */
export function approve(name: string, matrix: readonly MatrixRow[], at: Date, id: string): Approval {
  return Approval.parse({ id, name: name.trim(), at: at.toISOString(), fingerprint: matrixFingerprint(matrix), rows: matrix.length });
}
