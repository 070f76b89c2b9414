import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps src/model pure is only worth something if it fires.
const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('architecture lint rules', () => {
  it('reject React, zustand and xyflow imports in src/model', async () => {
    for (const pkg of ['react', 'zustand', '@xyflow/react', 'react-dom/client']) {
      const ids = await ruleIds(`import x from '${pkg}';\nexport const y = x;\n`, 'src/model/probe.ts');
      expect(ids, pkg).toContain('no-restricted-imports');
    }
  });

  it('reject browser and Node globals and imports from the store or UI in src/model', async () => {
    expect(await ruleIds('export const y = localStorage.getItem("k");\n', 'src/model/probe.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const y = document.title;\n', 'src/model/probe.ts')).toContain('no-restricted-globals');
    expect(await ruleIds("import { x } from '../store/design';\nexport const y = x;\n", 'src/model/probe.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n", 'src/model/probe.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('let the UI use React and the store, and the store use the model', async () => {
    expect(await ruleIds("import { useState } from 'react';\nexport const y = useState;\n", 'src/ui/probe.ts')).not.toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds("import { deriveFlows } from '../model/derive';\nexport const y = deriveFlows;\n", 'src/store/probe.ts')).toEqual(
      [],
    );
  });

  it('forbid React Flow’s selection-change hook in the UI (its listener is unmounted: selection-listener.ts)', async () => {
    expect(
      await ruleIds("import { useOnSelectionChange } from '@xyflow/react';\nexport const y = useOnSelectionChange;\n", 'src/ui/probe.ts'),
    ).toContain('no-restricted-imports');
    expect(await ruleIds("import { useStoreApi } from '@xyflow/react';\nexport const y = useStoreApi;\n", 'src/ui/probe.ts')).toEqual([]);
  });

  it('keep the UI, React and IO out of the store', async () => {
    expect(await ruleIds("import { x } from '../ui/canvas';\nexport const y = x;\n", 'src/store/probe.ts')).toContain(
      'no-restricted-imports',
    );
    for (const source of ['react', 'react/jsx-runtime', '../io/storage', '../io/files', 'node:fs']) {
      expect(await ruleIds(`import * as x from '${source}';\nexport const y = x;\n`, 'src/store/probe.ts'), source).toContain(
        'no-restricted-imports',
      );
    }
  });
});

// The model's purity is also in its types: tsconfig.model.json compiles src/model without DOM or Node types.
describe('the model tsconfig', () => {
  it('has no DOM or Node types, so a browser or Node global in src/model does not compile', async () => {
    const ts = (await import('typescript')).default;
    const config = ts.getParsedCommandLineOfConfigFile(
      'tsconfig.model.json',
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    expect(config?.options.lib).toEqual(['lib.es2023.d.ts']);
    expect(config?.options.types).toEqual([]);
    const probe = 'src/model/probe.ts';
    const host = ts.createCompilerHost(config!.options);
    const read = host.readFile.bind(host);
    host.readFile = (name) =>
      name.endsWith(probe) ? 'export const t = document.title + process.pid + String(new TextEncoder().encode("x").length);\n' : read(name);
    const exists = host.fileExists.bind(host);
    host.fileExists = (name) => name.endsWith(probe) || exists(name);
    const program = ts.createProgram([probe, 'types/model-globals.d.ts'], config!.options, host);
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
    expect(messages.some((m) => m.includes("Cannot find name 'document'"))).toBe(true);
    expect(messages.some((m) => m.includes("Cannot find name 'process'"))).toBe(true);
    expect(messages.some((m) => m.includes('TextEncoder'))).toBe(false);
  });
});
