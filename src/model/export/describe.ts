/**
 * The words rule sets carry: file headers and the note on each rule. Every
 * rule names its matrix references (R001...), its purpose and the vendor
 * document and section that require it, so a reviewer can trace any line of
 * a firewall configuration back to the flow matrix and the vendor's text.
 * These are raw strings: each format sanitises them for its own syntax.
 */
import { commentLines, hashComment, userText } from './sanitise';
import { requestHeaderLines } from '../request/header';
import { approvalLines } from '../review/approval-lines';
import { refRanges, type PortGroup, type RuleEnd, type RuleNote, type RuleSet, type Selection } from './scope';
import type { ExportContext } from './types';

/** `R001, R002: Purpose (doc § section); R005: Other purpose (doc § section)`. */
export function notesText(notes: readonly RuleNote[]): string {
  const byText = new Map<string, { refs: string[]; purpose: string; reference: string }>();
  for (const note of notes) {
    const key = `${note.purpose}\u0000${note.reference}`;
    const entry = byText.get(key) ?? { refs: [], purpose: note.purpose, reference: note.reference };
    if (!entry.refs.includes(note.ref)) entry.refs.push(note.ref);
    byText.set(key, entry);
  }
  return [...byText.values()]
    .map((e) => `${refRanges(e.refs)}: ${e.purpose} (${e.reference || 'custom flow, no vendor reference'})`)
    .join('; ');
}

/** The note for one rule line; a rule using a placeholder address, or for local-segment or within-group traffic, says so first. */
export function groupText(group: Pick<PortGroup, 'notes' | 'placeholder'>): string {
  return `${prefix(group)}${notesText(group.notes)}`;
}

/** `PLACEHOLDER IP - LOCAL SEGMENT (MULTICAST) - `: what a reader of the rule line must know before its purpose. */
function prefix(group: Pick<PortGroup, 'notes' | 'placeholder'>): string {
  const scopes = [...new Set(group.notes.map((n) => n.scope).filter(Boolean))];
  return `${group.placeholder ? 'PLACEHOLDER IP - ' : ''}${scopes.map((s) => `${s.toUpperCase()} - `).join('')}`;
}

/**
 * The note within a length limit (nftables comments, ASA remarks, Azure
 * descriptions): rather than cutting the vendor reference off the end, both
 * the purpose and the reference are shortened so each stays recognisable.
 * `size` measures as the format counts (bytes or characters); the caller
 * still sanitises and enforces the limit.
 */
export function shortGroupText(
  group: Pick<PortGroup, 'notes' | 'placeholder'>,
  max: number,
  size: (s: string) => number = (s) => s.length,
): string {
  const full = groupText(group);
  const distinct = new Set(group.notes.map((n) => `${n.purpose}\u0000${n.reference}`));
  const [first] = group.notes;
  if (size(full) <= max || distinct.size !== 1 || !first) return full;
  const head = `${prefix(group)}${refRanges(group.notes.map((n) => n.ref))}: `;
  const reference = first.reference || 'custom flow';
  const budget = max - size(head) - size(' ()') - 6;
  const referenceRoom = Math.min(size(reference), Math.max(12, Math.floor(budget * 0.45)));
  const purposeRoom = Math.max(8, budget - referenceRoom);
  return `${head}${cut(first.purpose, purposeRoom, size)} (${cut(reference, referenceRoom, size)})`;
}

function cut(text: string, room: number, size: (s: string) => number): string {
  if (size(text) <= room) return text;
  let out = '';
  for (const char of text) {
    if (size(out + char) > room - 3) break;
    out += char;
  }
  return `${out.trimEnd()}...`;
}

/** `Tarantella server (tta1) in DMZ: 10.0.1.10`. */
export function endText(end: RuleEnd): string {
  const where = end.zone ? ` in ${end.zone}` : '';
  const addresses = end.addresses.map((a) => (a.host ? a.address : a.cidr) + (a.placeholder ? ' (placeholder)' : '')).join(', ');
  return `${end.names.join(', ')}${where}: ${addresses}`;
}

/** `From A (a1) in Zone A: 10.0.0.1 -> B (b1) in Zone B: 10.0.1.2`, for the comment above a rule. */
export function pathText(group: Pick<PortGroup, 'source' | 'destination'>): string {
  return `From ${endText(group.source)} -> to ${endText(group.destination)}`;
}

/** For formats whose file replaces a whole rule set (iptables-restore, nft -f). */
export const ZONE_PAIR_NOTE =
  "This zone-pair file is for the firewall between these two zones; loading another pair's file on the same firewall replaces it (export with scope all or crossing for a firewall that routes several pairs).";

/** Header lines common to every rule-set file, without comment markers. */
export function headerLines(
  context: Pick<ExportContext, 'design' | 'generatedAt' | 'rows'>,
  selection: Selection,
  set: RuleSet,
  format: string,
  extraWarnings: readonly string[] = [],
): string[] {
  const { meta } = context.design;
  const lines = [`Portolan ${format} rule set: ${userText(meta.title)}`, `Generated ${context.generatedAt} from the design's flow matrix.`];
  if (meta.owner) lines.push(`Owner: ${userText(meta.owner)}`);
  if (meta.changeTicket) lines.push(`Change ticket: ${userText(meta.changeTicket)}`);
  lines.push(...requestHeaderLines(context.design));
  // A reviewer's sign-off travels with the rules, and says when the flows changed after it.
  if (context.design.approvals?.length) lines.push(...approvalLines(context.design, context.rows));
  lines.push(`Scope: ${selection.scopeText}. This file: ${set.title}, ${set.rules.length} rule(s).`);
  lines.push('Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.');
  if (selection.placeholders.length > 0 && set.rules.some((r) => r.placeholder)) {
    lines.push(
      'PLACEHOLDER ADDRESSES: 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 are RFC 5737 documentation ranges that no network routes;',
      'they stand in for hosts that have no IP in the design. Replace each before loading these rules:',
      ...selection.placeholders.map((p) => `  ${p.address} = ${p.host}`),
    );
  }
  const scopes = new Set(set.rules.flatMap((r) => r.notes.map((n) => n.scope)).filter(Boolean));
  if ([...scopes].some((s) => s.includes('local segment'))) {
    lines.push(
      'LOCAL SEGMENT rules carry broadcast or multicast discovery: it is sent to the broadcast or multicast address, not to the',
      'destination host, and no router forwards it, so such a rule matters only on a firewall inside the segment (host or bridge).',
    );
  }
  if ([...scopes].some((s) => s.includes('within group'))) {
    lines.push('WITHIN GROUP rules run between the members of one group of machines (its CIDR): install them on each member.');
  }
  const warnings = [...selection.warnings, ...extraWarnings];
  if (warnings.length > 0) lines.push('Warnings:', ...warnings.map((w) => `  - ${w}`));
  return lines;
}

/** The header as comment lines behind `marker`, each cleaned for the format and wrapped. */
export function headerComment(
  marker: string,
  context: Pick<ExportContext, 'design' | 'generatedAt' | 'rows'>,
  selection: Selection,
  set: RuleSet,
  format: string,
  extra: readonly string[] = [],
  clean: (s: string) => string = hashComment,
): string[] {
  return headerLines(context, selection, set, format, extra).flatMap((line) => commentLines(marker, line, clean));
}
