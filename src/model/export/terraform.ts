/**
 * Pieces the two Terraform formats (AWS, Azure) share: header comments,
 * variables and attribute alignment.
 */
import { headerComment } from './describe';
import { commentLines, terraformString } from './sanitise';
import type { RuleSet, Selection } from './scope';
import type { ExportContext } from './types';

export function terraformHeader(
  context: ExportContext,
  selection: Selection,
  set: RuleSet,
  format: string,
  notes: readonly string[],
  warnings: readonly string[] = [],
): string[] {
  return [...headerComment('# ', context, selection, set, format, warnings), ...notes.flatMap((l) => commentLines('# ', l))];
}

export function variable(name: string, description: string): string[] {
  return [`variable "${name}" {`, `  description = ${terraformString(description)}`, '  type        = string', '}', ''];
}

/** `  key = value` lines aligned as `terraform fmt` would align them. */
export function attributes(indent: string, pairs: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${indent}${k.padEnd(width)} = ${v}`);
}

export const list = (items: readonly string[]) => `[${items.map(terraformString).join(', ')}]`;
