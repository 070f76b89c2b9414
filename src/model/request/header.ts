/**
 * The request fields for the header of every rule file. Each value is made
 * one line (controls and line breaks become spaces) and capped at 200
 * characters, so no user text can start a new line or run past what a
 * consumer reads in one go (iptables-restore reads about 10 KB at a time).
 * Each format still escapes the lines for its own comment syntax.
 */
import type { Design } from '../design/schema';
import { REQUEST_FIELD_LABELS } from './schema';

export const HEADER_VALUE_MAX = 200;

export function headerValue(value: string): string {
  const line = value
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > HEADER_VALUE_MAX ? `${line.slice(0, HEADER_VALUE_MAX - 1)}…` : line;
}

/** `Requester: Ana Lima`, one line per field set; none when the design has no request fields. */
export function requestHeaderLines(design: Pick<Design, 'request'>): string[] {
  const request = design.request;
  if (!request) return [];
  return REQUEST_FIELD_LABELS.flatMap(([field, label]) => {
    const value = request[field];
    return value ? [`${label}: ${headerValue(value)}`] : [];
  });
}
