/** Comments in the workbook: a Comments sheet with every thread, and a note on each Flows row with open threads. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesign } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { buildMatrix } from '../../src/model/matrix';
import type { Comment } from '../../src/model/review/comments';
import { rowEdge } from '../../src/model/review/threads';
import { contextFor, runFormat } from '../export/helpers';
import { readWorkbook } from '../export/workbook';

const catalogue = bundledCatalogue();
const loaded = restoreDesign(readFileSync(resolve(__dirname, '../../examples/spotfire-cluster.portolan.json'), 'utf8'), catalogue, 'x');
if (!loaded.ok) throw new Error(loaded.problem.message);
const design = loaded.design;
const rows = buildMatrix(design, catalogue);
const at = '2026-11-30T10:00:00.000Z';

describe('comments in the workbook', () => {
  const row = rows.find((r) => r.firewall)!;
  const sibling = rows.find((r) => r !== row && rowEdge(r) === rowEdge(row));
  const comments: Comment[] = [
    { id: 't1', on: { kind: 'row', id: row.id, label: 'the row' }, author: 'Rosa', at, text: '=HYPERLINK("http://x") is this needed?' },
    { id: 'r1', replyTo: 't1', author: 'Sam', at: '2026-11-30T11:00:00.000Z', text: 'Yes: node manager.' },
    { id: 't2', on: { kind: 'edge', id: rowEdge(row) }, author: 'Rosa', at, text: 'Whole edge: check TLS.' },
    { id: 't3', on: { kind: 'component', id: 'gone', label: 'Old proxy' }, author: 'Rosa', at, text: 'Removed?' },
    { id: 't4', on: { kind: 'component', id: row.source.componentId }, author: 'Rosa', at, text: 'Done', resolved: { by: 'Sam', at } },
  ];
  const commented: Design = { ...design, comments };

  it('lists every thread and reply with status, target, rows, author and date', async () => {
    const book = await readWorkbook((await runFormat('xlsx', contextFor(commented))).files[0]!.data as Uint8Array);
    expect(book.sheets).toContain('Comments');
    const sheet = book.rows('Comments');
    expect(sheet[0]).toEqual(['Thread', 'Status', 'On', 'Matrix rows', 'Author', 'Date', 'Comment']);
    expect(sheet[1]!.slice(0, 5)).toEqual([
      'T1',
      'Open',
      `Row ${row.ref}: ${row.source.component} → ${row.destination.component} ${row.protocol} ${row.port}`,
      row.ref,
      'Rosa',
    ]);
    // User text never becomes a formula.
    expect(sheet[1]![6]).toBe('\'=HYPERLINK("http://x") is this needed?');
    expect(sheet[2]).toEqual(['T1', 'Reply', '', '', 'Sam', '2026-11-30T11:00:00.000Z', 'Yes: node manager.']);
    expect(sheet[3]![3]).toContain(row.ref);
    expect(sheet[4]!.slice(0, 3)).toEqual(['T3', 'Orphaned', 'Component: Old proxy']);
    expect(sheet[5]![1]).toBe(`Resolved (resolved by Sam, ${at})`);
  });

  it('puts the open threads on a Flows row into a note on its ID cell', async () => {
    const book = await readWorkbook((await runFormat('xlsx', contextFor(commented))).files[0]!.data as Uint8Array);
    const flows = book.workbook.getWorksheet('Flows')!;
    const notes = new Map<string, string>();
    flows.eachRow((r, n) => {
      if (n === 1) return;
      r.eachCell((cell) => {
        const note = cell.note as string | { texts: { text: string }[] } | undefined;
        if (note) notes.set(String(cell.value), typeof note === 'string' ? note : note.texts.map((t) => t.text).join(''));
      });
    });
    const note = notes.get(row.ref)!;
    expect(note).toContain('Rosa (2026-11-30): =HYPERLINK');
    expect(note).toContain('Sam (2026-11-30): Yes: node manager.');
    expect(note).toContain('Whole edge: check TLS.');
    if (sibling) expect(notes.get(sibling.ref)).toContain('Whole edge: check TLS.');
    // Resolved and orphaned threads are not notes; rows without threads have none.
    expect([...notes.values()].join('\n')).not.toMatch(/Removed\?|Done/);
    expect(notes.size).toBe(rows.filter((r) => r.id === row.id || rowEdge(r) === rowEdge(row)).length);
  });

  it('adds nothing to a workbook without comments', async () => {
    const book = await readWorkbook((await runFormat('xlsx', contextFor(design))).files[0]!.data as Uint8Array);
    expect(book.sheets).not.toContain('Comments');
  });
});
