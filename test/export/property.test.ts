/**
 * Random designs (hostile names, random IPv4/IPv6 addresses and CIDRs,
 * random custom flows with ports and ranges) through `buildMatrix` and every
 * exporter: none may throw, and every output must pass the real parser.
 *
 * PORTOLAN_PROPERTY_RUNS sets the number of designs (default 50).
 * Spawning parsers is slow, so the in-process checks run per design inside
 * the property, and the parsers run over all designs at the end: Capirca in
 * one Python process, iptables and nft from small shells, a batch of calls each.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesignValue } from '../../src/model/design/restore';
import { baseName, type ExportContext, type ExportScope } from '../../src/model/export/formats';
import { groupPorts, selectRules } from '../../src/model/export/scope';
import { buildMatrix } from '../../src/model/matrix';
import { design as randomDesign } from './arbitraries';
import {
  checkCapircaBatch,
  checkKubernetes,
  GENERATED_AT,
  iptablesCalls,
  nftCall,
  parseTerraform,
  powershellProblems,
  resources,
  runFormat,
  removeTempDirs,
  runTools,
  tempDir,
  text,
  type ToolCall,
  writeCapirca,
  writeFiles,
} from './helpers';
import { readWorkbook } from './workbook';

afterAll(removeTempDirs);

const RUNS = Number(process.env.PORTOLAN_PROPERTY_RUNS ?? 50);

const options = fc.record({
  scope: fc.constantFrom<ExportScope>('all', 'crossing', 'zone-pair'),
  placeholderAddresses: fc.boolean(),
  includeInternal: fc.boolean(),
});

describe('random designs through every exporter', () => {
  it(`never throw, and the output parses with the real parsers (${RUNS} designs)`, { timeout: 600_000 }, async () => {
    const root = tempDir('property');
    const capirca: string[] = [];
    const calls: { call: ToolCall; dir: string }[] = [];
    let restored = 0;
    let rules = 0;
    let n = 0;

    await fc.assert(
      fc.asyncProperty(randomDesign, options, async (input, opts) => {
        const restore = restoreDesignValue(input, bundledCatalogue());
        if (!restore.ok) return;
        restored += 1;
        const catalogue = bundledCatalogue();
        const context: ExportContext = {
          design: restore.design,
          catalogue,
          rows: buildMatrix(restore.design, catalogue),
          generatedAt: GENERATED_AT,
          ...opts,
        };
        const dir = join(root, String((n += 1)));
        const selection = selectRules({ ...context, base: baseName(context.design) });
        rules += selection.rules.length;
        const groupIds = selection.sets.flatMap((s) => groupPorts(s.rules).map((g) => g.id));

        const iptables = await runFormat('iptables', context);
        for (const path of writeFiles(join(dir, 'iptables'), iptables.files))
          calls.push(...iptablesCalls(path).map((call) => ({ call, dir })));
        const nft = await runFormat('nftables', context);
        for (const path of writeFiles(join(dir, 'nft'), nft.files)) calls.push({ call: nftCall(path), dir });

        const asa = await runFormat('asa', context);
        for (const file of asa.files) expect(text(file)).toMatch(/^[\x20-\x7e\n]*$/);

        for (const id of ['aws', 'azure'] as const) {
          const result = await runFormat(id, context);
          for (const file of result.files) {
            const hcl = await parseTerraform(file.name, text(file));
            const types = id === 'aws' ? ['aws_security_group'] : ['azurerm_network_security_group', 'azurerm_network_security_rule'];
            for (const body of types.flatMap((t) => Object.values(resources(hcl, t)))) {
              // hcl2json writes an interpolation as `${...}` and an escaped one as `$${`: only the latter may appear.
              for (const value of [
                body.name,
                body.description,
                ...((body.ingress as { description: string }[] | undefined) ?? []).map((i) => i.description),
              ]) {
                if (value === undefined) continue;
                expect(value).toBeTypeOf('string');
                expect(String(value).replace(/\$\$\{|%%\{/g, '')).not.toMatch(/\$\{|%\{/);
              }
            }
          }
        }

        const windows = await runFormat('windows', context);
        for (const file of windows.files) expect(await powershellProblems(text(file)), text(file)).toEqual([]);

        const k8s = await runFormat('k8s', context);
        for (const file of k8s.files) expect(checkKubernetes(text(file)).errors).toEqual([]);

        const policy = await runFormat('capirca', context);
        writeCapirca(join(dir, 'capirca'), policy.files);
        writeFileSync(join(dir, 'design.json'), JSON.stringify({ input, opts }, null, 2));
        capirca.push(join(dir, 'capirca'));

        // Traceability: every rule line names its first matrix reference.
        for (const output of [iptables, nft, asa, policy]) {
          const all = output.files.map(text).join('\n');
          for (const id of groupIds) expect(all).toContain(id);
        }

        const xlsx = await runFormat('xlsx', context);
        const book = await readWorkbook(xlsx.files[0]!.data as Uint8Array);
        expect(book.sheets).toEqual(['Cover', 'Flows', 'Design', 'Hosts']);
        expect(book.rows('Flows').length).toBe(selection.rows.length + 1);
      }),
      { numRuns: RUNS },
    );

    expect(restored).toBeGreaterThan(RUNS * 0.8);
    expect(rules).toBeGreaterThan(0);
    expect(new Set(calls.map(({ dir }) => dir)).size).toBe(restored);
    (await runTools(calls.map(({ call }) => call))).forEach((checked, i) => {
      expect(checked.ok, `${checked.output} (design in ${calls[i]!.dir}/design.json)`).toBe(true);
    });
    const results = checkCapircaBatch(capirca);
    for (const folder of capirca) {
      const result = results.get(folder);
      expect(result?.ok, `${folder}: ${result?.output} (design in ${folder}/../design.json)`).toBe(true);
    }
  });
});
