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
    expect(await ruleIds("import { x } from '../store/design';\nexport const y = x;\n", 'src/model/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n", 'src/model/probe.ts')).toContain('no-restricted-imports');
  });

  it('let the UI use React and the store, and the store use the model', async () => {
    expect(await ruleIds("import { useState } from 'react';\nexport const y = useState;\n", 'src/ui/probe.ts')).not.toContain('no-restricted-imports');
    expect(await ruleIds("import { deriveFlows } from '../model/derive';\nexport const y = deriveFlows;\n", 'src/store/probe.ts')).toEqual([]);
  });

  it('keep the UI out of the store', async () => {
    expect(await ruleIds("import { x } from '../ui/canvas';\nexport const y = x;\n", 'src/store/probe.ts')).toContain('no-restricted-imports');
  });
});
