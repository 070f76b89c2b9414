/**
 * Golden files pin each format's output for the fixture designs, so any
 * change to what network teams receive shows up in review as a diff.
 * After an intended change (or a catalogue edit), regenerate them with:
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/export/golden.test.ts
 *
 * Workbooks are pinned as their cell values and sheet settings (the zip
 * bytes carry timestamps), in `<name>.xlsx.txt`, the catalogue fingerprint masked.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportContext, ExportFile } from '../../src/model/export/formats';
import { contextFor, loadFixture, RULE_FORMATS, runFormat, text } from './helpers';
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

describe.each(CASES)('golden files: $name', ({ name, fixture, options, formats }) => {
  it.each(formats)('%s matches test/export/golden', async (format) => {
    const result = await runFormat(format, contextFor(loadFixture(fixture), options));
    const files = [...(await Promise.all(result.files.map(pinned))), { name: '_warnings.txt', content: `${result.warnings.join('\n')}\n` }];
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
      expect(file.content, `${name}/${format}/${file.name} differs from the golden file (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(join(dir, file.name), 'utf8'));
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
