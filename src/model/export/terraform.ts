/**
 * Pieces the two Terraform formats (AWS, Azure) share: header comments,
 * variables and destination grouping.
 */
import { headerLines } from './describe';
import type { ExportContext } from './formats';
import { hashComment, terraformString } from './sanitise';
import type { Rule, RuleEnd, RuleSet, Selection } from './scope';

export function terraformHeader(context: ExportContext, selection: Selection, set: RuleSet, format: string, notes: readonly string[], warnings: readonly string[] = []): string[] {
  return [...headerLines(context, selection, set, format, warnings), ...notes].map((l) => `# ${hashComment(l)}`);
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

/** Rules grouped by what they are enforced at: a destination (host) or a destination zone. */
export function byDestination<K>(rules: readonly Rule[], key: (end: RuleEnd) => K): Map<K, Rule[]> {
  const out = new Map<K, Rule[]>();
  for (const rule of rules) {
    const k = key(rule.destination);
    out.set(k, [...(out.get(k) ?? []), rule]);
  }
  return out;
}
