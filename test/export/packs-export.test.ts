/**
 * A custom component's text is the user's own: its purpose, service name and
 * reference URL reach every rule file bounded and escaped like any label,
 * and the rules are there with the URL as the reference.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { addCustomComponent } from '../../src/model/catalogue/custom';
import { catalogueFor } from '../../src/model/catalogue/packs';
import { restoreDesignValue } from '../../src/model/design/restore';
import { servicesOf } from '../../src/model/design/services';
import { buildMatrix } from '../../src/model/matrix';
import { readWorkbook } from './workbook';
import { checkIptables, checkNft, removeTempDirs, RULE_FORMATS, runFormat, tempDir, text, writeFiles } from './helpers';

afterAll(removeTempDirs);

const hostile = `"; $(reboot) */ # \`id\` '\\ `;
const url = `https://wiki.example.com/${'a'.repeat(1900)}?q="x"&y='z'`;

function design() {
  const { packs, typeId } = addCustomComponent(undefined, {
    name: `Billing ${hostile}`,
    product: 'Acme Billing',
    services: [
      { name: `api\n${hostile}`, protocol: 'tcp', ports: '8443', purpose: `${hostile}${'p'.repeat(170)}`.slice(0, 200), reference: url },
    ],
  });
  const result = restoreDesignValue(
    {
      schemaVersion: 1,
      packs,
      zones: [
        { id: 'lan', name: 'LAN' },
        { id: 'dmz', name: 'DMZ' },
      ],
      components: [
        { id: 'web', type: 'tarantella.tarantella-host', ip: '10.0.0.5', zone: 'dmz' },
        { id: 'billing', type: typeId, ip: '10.0.1.9', zone: 'lan' },
      ],
      flows: [{ id: 'f1', from: 'web', to: 'billing', service: servicesOf(catalogueFor({ packs }, bundledCatalogue()), typeId)[0]!.key }],
    },
    bundledCatalogue(),
  );
  if (!result.ok) throw new Error(result.problem.message);
  return result.design;
}

describe('custom components in rule sets', () => {
  it('every format writes the rule with bounded, escaped user text', async () => {
    const d = design();
    const catalogue = catalogueFor(d, bundledCatalogue());
    const rows = buildMatrix(d, catalogue);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.reference.startsWith(url)).toBe(true);
    for (const id of RULE_FORMATS) {
      const result = await runFormat(id, { design: d, catalogue, rows, scope: 'all', generatedAt: '2026-12-01T00:00:00Z' });
      const all = result.files.map(text).join('\n');
      expect(all, id).toMatch(/8443/);
      expect(all, id).toContain('https://wiki.example.com/');
      // The 2 KB URL is cut (rule-file text is capped), never written whole.
      expect(all, id).not.toContain(url);
      const longest = Math.max(...all.split('\n').map((line) => line.length));
      expect(longest, id).toBeLessThan(1200);
      // The firewalls' own parsers accept what the user's text became.
      if (id === 'iptables') {
        for (const path of writeFiles(tempDir('packs-iptables'), result.files)) {
          for (const checked of await checkIptables(path)) expect(checked.ok, `${path}\n${checked.output}`).toBe(true);
        }
      }
      if (id === 'nftables') {
        for (const path of writeFiles(tempDir('packs-nft'), result.files)) {
          const checked = await checkNft(path);
          expect(checked.ok, `${path}\n${checked.output}`).toBe(true);
        }
      }
    }
  });

  it('the workbook lists the flow with its purpose and the URL as its reference', async () => {
    const d = design();
    const catalogue = catalogueFor(d, bundledCatalogue());
    const result = await runFormat('xlsx', {
      design: d,
      catalogue,
      rows: buildMatrix(d, catalogue),
      scope: 'all',
      generatedAt: '2026-12-01T00:00:00Z',
    });
    const book = await readWorkbook(result.files[0]!.data as Uint8Array);
    const cells = book.sheets.flatMap((sheet) => book.rows(sheet).flat());
    expect(cells.some((c) => c.includes('https://wiki.example.com/aaaa'))).toBe(true);
    expect(cells.some((c) => c.includes('pppppppppp'))).toBe(true);
  });
});
