// @vitest-environment jsdom
/**
 * Mermaid export, validated with Mermaid's own parser (the `mermaid`
 * package's `mermaid.parse`, which needs a DOM: jsdom here): examples and
 * random hostile designs parse as flowcharts, zones are subgraphs, every
 * component is a node with its name, and every pair an edge with its ports.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveFlows } from '../../src/model/derive';
import type { Design } from '../../src/model/design/schema';
import { designToMermaid, mermaidLabel } from '../../src/model/picture/mermaid';
import { picturePairs } from '../../src/model/picture/pairs';
import { design as randomDesign, hostile } from '../export/arbitraries';
import { catalogue, examples, prepare } from './helpers';

const RUNS = Math.max(10, Math.round(Number(process.env.PORTOLAN_PROPERTY_RUNS ?? 200) / 5));
type Mermaid = (typeof import('mermaid'))['default'];
let mermaid: Mermaid;

beforeAll(async () => {
  mermaid = (await import('mermaid')).default;
});

/** Mermaid's entity codes decoded, as Mermaid shows a label. */
const decode = (label: string) => label.slice(1, -1).replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

async function expectValid(design: Design, text: string) {
  await expect(mermaid.parse(text)).resolves.toBeTruthy();
  expect(text.startsWith('flowchart LR\n')).toBe(true);
  const flows = deriveFlows(design, catalogue);
  const nodes = [...text.matchAll(/^\s+(c\d+)\[(".*")\]$/gm)];
  expect(nodes).toHaveLength(design.components.filter((c) => c.position).length);
  const subgraphs = [...text.matchAll(/^ {2}subgraph z\d+\[/gm)];
  expect(subgraphs.length).toBe(
    design.zones.filter((z) => (z.position && z.size) || design.components.some((c) => c.zone === z.id)).length,
  );
  const edges = [...text.matchAll(/^ {2}(c\d+) -\.?->\|(".*")\| (c\d+)$/gm)];
  const pairs = picturePairs(flows).filter((p) => p.from !== p.to);
  expect(edges).toHaveLength(pairs.length);
  expect(edges.map((e) => decode(e[2]!)).sort()).toEqual(pairs.map((p) => p.label).sort());
}

describe.each(examples)('%s', (_file, design) => {
  it('parses as a flowchart with every zone, component and edge', async () => {
    const text = designToMermaid(design, catalogue, deriveFlows(design, catalogue));
    await expectValid(design, text);
    for (const component of design.components) {
      const name = component.label?.trim() || catalogue.components.get(component.type)!.name;
      expect(text).toContain(mermaidLabel(name).slice(1, -1));
    }
    expect(text).toMatch(/tcp \d+/);
  });
});

it('escapes any label so it stays one quoted string', () => {
  fc.assert(
    fc.property(hostile(12), (text) => {
      const label = mermaidLabel(text);
      expect(label).toMatch(/^"[^"\n`<>]*"$/);
    }),
  );
});

it(`random hostile designs parse (${RUNS} designs)`, { timeout: 120_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(randomDesign, async (input) => {
      const prepared = await prepare(input);
      if (!prepared) return;
      await expectValid(prepared.design, designToMermaid(prepared.design, catalogue, prepared.flows));
    }),
    { numRuns: RUNS },
  );
});
