/** The workbook's Checks sheet: written once a finding is acknowledged, listing every finding with its status and reason. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesign } from '../../src/model/design/restore';
import { contextFor, runFormat } from './helpers';
import { readWorkbook } from './workbook';

const example = (name: string) => {
  const result = restoreDesign(new Uint8Array(readFileSync(resolve(__dirname, '../../examples', name))), bundledCatalogue(), name);
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
};

describe('XLSX Checks sheet', () => {
  it('lists the acknowledged findings of an example with their reasons', async () => {
    const design = example('wso2-apim-identity.portolan.json');
    const result = await runFormat('xlsx', contextFor(design));
    const book = await readWorkbook(result.files[0]!.data as Uint8Array);
    expect(book.sheets).toEqual(['Cover', 'Flows', 'Design', 'Hosts', 'Checks']);
    const rows = book.rows('Checks');
    expect(rows[0]).toEqual(['Severity', 'Rule', 'Finding', 'How to fix', 'Reference', 'Status', 'Reason (acknowledgement)', 'Finding id']);
    const policy = rows.find((r) => r[7] === 'zone-policy:partner-apps>apim');
    expect(policy?.[5]).toBe('acknowledged');
    expect(policy?.[6]).toMatch(/partner VPN/);
    expect(rows).toHaveLength(1 + (design.acknowledgements?.length ?? 0));
  });

  it('is not written for a design without acknowledgements', async () => {
    const { acknowledgements: _, ...design } = example('wso2-apim-identity.portolan.json');
    const book = await readWorkbook((await runFormat('xlsx', contextFor(design))).files[0]!.data as Uint8Array);
    expect(book.sheets).toEqual(['Cover', 'Flows', 'Design', 'Hosts']);
  });
});
