/** What can go wrong when a design is loaded, as values the UI and CLI show. */
import type { Design } from './schema';

export type LoadProblemCode =
  | 'too-large'
  | 'not-utf8'
  | 'not-json'
  | 'forbidden-key'
  | 'no-version'
  | 'newer-version'
  | 'unknown-version'
  | 'invalid'
  | 'unknown-types'
  | 'duplicate-id'
  | 'missing-reference'
  | 'invalid-value'
  | 'too-deep'
  | 'duplicate-key'
  | 'invalid-pack'
  | 'unexpected';

export interface LoadProblem {
  code: LoadProblemCode;
  /** One sentence a user understands, naming the source and, where it applies, the field. */
  message: string;
  /** Further problems of the same load, one per line. */
  details: string[];
}

/** A load that did not produce a design. For unknown types, `withoutUnknown` is the rest, to offer the user. */
export interface RestoreFailure {
  ok: false;
  problem: LoadProblem;
  withoutUnknown?: Design;
}

/** More details than anyone reads are counted, not listed: a file of 1.7 million empty zones gives one line, not 1.7 million. */
export const MAX_DETAILS = 50;

export function fail(code: LoadProblemCode, message: string, details: string[] = []): RestoreFailure {
  return { ok: false, problem: { code, message, details: capList(details, MAX_DETAILS) } };
}

const MORE = /^and ([\d,]+) more$/;

/** The first `max` items, then `and 1,699,990 more` for the rest (counting a list that was capped before). */
export function capList(items: readonly string[], max: number): string[] {
  const already = MORE.exec(items[items.length - 1] ?? '');
  const list = already ? items.slice(0, -1) : items;
  const hidden = (already ? Number(already[1]!.replace(/,/g, '')) : 0) + Math.max(0, list.length - max);
  return hidden === 0 ? [...list] : [...list.slice(0, max), `and ${hidden.toLocaleString('en-US')} more`];
}
