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

/** The first `max` items, then `and 1,699,990 more` for the rest. */
export function capList(items: readonly string[], max: number): string[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), `and ${(items.length - max).toLocaleString('en-US')} more`];
}
