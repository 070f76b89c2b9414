/** A reviewer's sign-off travels with the request: in every rule file's header and on the workbook's cover, and says when it is out of date. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesign } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { buildMatrix } from '../../src/model/matrix';
import { approve } from '../../src/model/review/approval';
import { contextFor, runFormat } from './helpers';
import { readWorkbook } from './workbook';

const catalogue = bundledCatalogue();
const example = (name: string): Design => {
  const result = restoreDesign(new Uint8Array(readFileSync(resolve(__dirname, '../../examples', name))), catalogue, name);
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
};
const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : new TextDecoder().decode(data));

describe('approvals in the exports', () => {
  const design = example('tarantella-array-netlet.portolan.json');
  const approved: Design = {
    ...design,
    approvals: [approve('Rosa Review\u001b[2J', buildMatrix(design, catalogue), new Date('2026-11-30T10:00:00Z'), 'a1')],
  };

  it('names the approval in every rule-set header, without the control characters of the name', async () => {
    for (const id of ['iptables', 'nftables', 'asa', 'capirca']) {
      const all = (await runFormat(id, contextFor(approved))).files.map((f) => text(f.data)).join('\n');
      expect(all, id).toMatch(/Review: approved by Rosa Review.* on 2026-11-30/);
      expect(all, id).toContain('Review: this matrix is the approved one');
      expect(all, id).not.toContain('\u001b');
    }
  });

  it('says OUT OF DATE once the flows changed after the approval', async () => {
    const changed: Design = { ...approved, components: approved.components.slice(1) };
    const rules = (await runFormat('iptables', contextFor(changed))).files.map((f) => text(f.data)).join('\n');
    expect(rules).toContain('Review: OUT OF DATE');
  });

  it('puts the sign-off on the workbook cover, and nothing for a design without one', async () => {
    const cover = (d: Design) =>
      runFormat('xlsx', contextFor(d))
        .then((r) => readWorkbook(r.files[0]!.data as Uint8Array))
        .then((b) => b.rows('Cover').flat().join('\n'));
    expect(await cover(approved)).toContain('Review: approved by Rosa Review');
    expect(await cover(design)).not.toContain('Review: approved');
  });
});
