/**
 * Golden files pin each format's output for the fixture designs, so any
 * change to what network teams receive shows up in review as a diff.
 * After an intended change (or a catalogue edit), regenerate them with:
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/export/golden.test.ts
 *
 * Workbooks are pinned as their cell values and sheet settings (the zip
 * bytes carry timestamps), in `<name>.xlsx.txt`, the catalogue fingerprint masked.
 *
 * A golden file only says "unchanged", so each case also asserts, from the
 * matrix alone and in update mode too, what the output must contain: every
 * row that can be a rule is named by its reference, and (without
 * placeholders) the flows the file allows, read back, are exactly those rows.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalAddress } from '../../src/model/address';
import type { ExportContext, ExportFile, ExportResult } from '../../src/model/export/types';
import type { MatrixRow } from '../../src/model/matrix';
import {
  allowed,
  contextFor,
  loadFixture,
  parseIptablesSave,
  parseTerraform,
  resources,
  RULE_FORMATS,
  runFormat,
  text,
  type Allowed,
} from './helpers';
import { parseAsa, parseK8s, parseNftList, parseWindows, union } from './readback';
import { readWorkbook } from './workbook';

const GOLDEN = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Case {
  name: string;
  fixture: string;
  options: Partial<ExportContext>;
  formats: readonly string[];
}

const ALL = [...RULE_FORMATS, 'xlsx'];

const CASES: readonly Case[] = [
  { name: 'tarantella', fixture: 'tarantella', options: {}, formats: ALL },
  { name: 'tarantella-zone-pair', fixture: 'tarantella', options: { scope: 'zone-pair' }, formats: ['iptables', 'capirca', 'azure'] },
  { name: 'tachyon', fixture: 'tachyon', options: {}, formats: ALL },
  { name: 'wso2-apim', fixture: 'wso2-apim', options: {}, formats: ALL },
  { name: 'wso2-mobile-placeholders', fixture: 'wso2-mobile', options: { placeholderAddresses: true }, formats: ALL },
];

async function pinned(file: ExportFile): Promise<{ name: string; content: string }> {
  if (typeof file.data === 'string') return { name: file.name, content: file.data };
  const book = await readWorkbook(file.data);
  // One line per row, so a changed cell is a one-line diff.
  const lines = book.workbook.worksheets.flatMap((sheet) => [
    `## ${sheet.name}`,
    `views: ${JSON.stringify((sheet.views ?? []).map((v) => ({ state: v.state, xSplit: 'xSplit' in v ? v.xSplit : undefined, ySplit: 'ySplit' in v ? v.ySplit : undefined })))}`,
    `autoFilter: ${JSON.stringify(sheet.autoFilter ?? null)}`,
    `widths: ${JSON.stringify((sheet.columns ?? []).map((c) => c.width ?? null))}`,
    // The catalogue fingerprint changes with any catalogue edit; xlsx.test.ts checks it.
    ...book.rows(sheet.name).map((row) => JSON.stringify(row[0] === 'Catalogue version' ? [row[0], 'fnv1a64:<fingerprint>'] : row)),
  ]);
  return { name: `${file.name}.txt`, content: `${lines.join('\n')}\n` };
}

const family = (address: string) => (address.includes(':') ? 6 : 4);

/** Formats enforced on each machine: they keep the rows between the members of one group (issue 13). */
const HOST_FORMATS = new Set(['windows', 'aws', 'k8s']);

/**
 * The rows a rule set must carry, decided from the matrix alone: a port, addresses (or placeholders, never for an
 * endpoint known only by AS or name) and one family at both ends; rows within a group only in host formats.
 */
function ruleRows(context: ExportContext, format: string): MatrixRow[] {
  const usable = (end: MatrixRow['source']) =>
    end.addresses.length > 0 || (context.placeholderAddresses === true && end.knownAs === undefined);
  return context.rows.filter((row) => {
    if (row.withinGroup !== undefined && !HOST_FORMATS.has(format)) return false;
    if (!row.firewall || row.portFrom === null || !usable(row.source) || !usable(row.destination)) return false;
    const families = (end: MatrixRow['source']) => new Set(end.addresses.length > 0 ? end.addresses.map(family) : [4]);
    const source = families(row.source);
    return [...families(row.destination)].some((f) => source.has(f));
  });
}

/** `R001-R003, R007` in any file, as the set of references it names. */
function namedRefs(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const match of files.join('\n').matchAll(/\bR(\d{3,})(?:-R(\d{3,}))?\b/g)) {
    const width = match[1]!.length;
    for (let n = Number(match[1]); n <= Number(match[2] ?? match[1]); n += 1) out.add(`R${String(n).padStart(width, '0')}`);
  }
  return out;
}

async function allowedBy(format: string, files: readonly ExportFile[]): Promise<Allowed[] | undefined> {
  const all = files.filter((f) => typeof f.data === 'string');
  switch (format) {
    case 'iptables':
      return all.flatMap((f) => parseIptablesSave(text(f)).accepted);
    case 'nftables':
      return all.flatMap((f) => parseNftList(text(f)).accepted);
    case 'asa':
      return all.flatMap((f) => parseAsa(text(f)));
    case 'azure': {
      const out: Allowed[] = [];
      for (const file of all) {
        for (const rule of Object.values(resources(await parseTerraform(file.name, text(file)), 'azurerm_network_security_rule'))) {
          const list = (one: unknown, many: unknown) => (many as string[] | undefined) ?? [String(one)];
          for (const source of list(rule.source_address_prefix, rule.source_address_prefixes)) {
            for (const destination of list(rule.destination_address_prefix, rule.destination_address_prefixes)) {
              for (const ports of list(rule.destination_port_range, rule.destination_port_ranges)) {
                const [from, to = from] = ports.split('-').map(Number);
                out.push(allowed(withPrefix(source), withPrefix(destination), String(rule.protocol).toLowerCase(), from!, to!));
              }
            }
          }
        }
      }
      return out;
    }
    case 'k8s':
      return all.flatMap((f) => parseK8s(text(f)));
    case 'windows':
      return all.flatMap((f) => parseWindows(text(f)));
    default:
      return undefined;
  }
}

const withPrefix = (address: string) => canonicalAddress(address)?.cidr ?? address;

/** What the output must contain, whatever the golden file says. */
async function mustContain(format: string, context: ExportContext, result: ExportResult, pinnedFiles: readonly string[]): Promise<void> {
  const rows = ruleRows(context, format);
  expect(rows.length, 'the fixture has rows to export').toBeGreaterThan(0);
  const named = namedRefs(pinnedFiles);
  const missing = rows.filter((r) => !named.has(r.ref)).map((r) => r.ref);
  expect(missing, `${format}: rows not named in the output`).toEqual([]);
  // People read rule comments: they cite the vendor document by name, the seed file name stays in the workbook's machine column.
  if (format !== 'xlsx') {
    const ruleText = pinnedFiles.filter((_, i) => result.files[i] !== undefined).join('\n');
    expect(ruleText, `${format}: a seed file name in a rule file`).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    // (With placeholders some formats write no rule at all, only the rows they leave out.)
    if (!context.placeholderAddresses)
      expect(ruleText, `${format}: the vendor document by name`).toMatch(/WSO2|Tarantella|Oracle|1E|TIBCO/);
  }
  if (context.placeholderAddresses) return;
  const parsed = await allowedBy(format, result.files);
  if (!parsed) return;
  // Host-based formats are installed on the destination, which their rules do not name.
  const hostBased = format === 'k8s' || format === 'windows';
  const internet = (row: MatrixRow) => context.catalogue.components.get(row.destination.type)?.external !== undefined;
  const expected = rows
    .filter((row) => !hostBased || !internet(row))
    .flatMap((row) =>
      row.source.addresses.flatMap((s) =>
        row.destination.addresses
          .filter((d) => family(d) === family(s))
          .map((d) => allowed(withPrefix(s), hostBased ? '*' : withPrefix(d), row.protocol, row.portFrom!, row.portTo!)),
      ),
    )
    // Windows writes a /0 network as its keyword Any.
    .map((a) => (format === 'windows' && a.startsWith('0.0.0.0/0|') ? (a.replace(/^0\.0\.0\.0\/0/, 'any') as Allowed) : a));
  expect(union(parsed), `${format}: the flows the output allows`).toEqual(union(expected));
}

describe.each(CASES)('golden files: $name', ({ name, fixture, options, formats }) => {
  it.each(formats)('%s matches test/export/golden and contains every row it must', async (format) => {
    const context = contextFor(loadFixture(fixture), options);
    const result = await runFormat(format, context);
    const files = [...(await Promise.all(result.files.map(pinned))), { name: '_warnings.txt', content: `${result.warnings.join('\n')}\n` }];
    // Asserted in update mode too: a regenerated golden file is never accepted blind.
    await mustContain(
      format,
      context,
      result,
      files.map((f) => f.content),
    );
    const dir = join(GOLDEN, name, format);
    if (UPDATE) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const file of files) writeFileSync(join(dir, file.name), file.content);
      return;
    }
    expect(existsSync(dir), `${dir} is missing: run UPDATE_GOLDEN=1 npx vitest run test/export/golden.test.ts`).toBe(true);
    expect(files.map((f) => f.name).sort()).toEqual(readdirSync(dir).sort());
    for (const file of files) {
      expect(file.content, `${name}/${format}/${file.name} differs from the golden file (UPDATE_GOLDEN=1 to accept)`).toBe(
        readFileSync(join(dir, file.name), 'utf8'),
      );
    }
  });
});

it('the text formats are pure: the same input gives the same bytes', async () => {
  for (const format of RULE_FORMATS) {
    const context = contextFor(loadFixture('tarantella'));
    const [a, b] = await Promise.all([runFormat(format, context), runFormat(format, context)]);
    expect(a.files.map(text)).toEqual(b.files.map(text));
  }
});
