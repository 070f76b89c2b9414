/**
 * draw.io export: the documented mxfile structure (mxfile > diagram >
 * mxGraphModel > root > cells 0 and 1, then vertices and edges), zones as
 * containers holding their components, and read back: every component and
 * every edge is there, with its details and label, for examples and for
 * random hostile designs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveFlows } from '../../src/model/derive';
import type { Design } from '../../src/model/design/schema';
import { designToDrawio } from '../../src/model/picture/drawio';
import { picturePairs } from '../../src/model/picture/pairs';
import { cleanText } from '../../src/model/picture/text';
import { design as randomDesign } from '../export/arbitraries';
import { catalogue, examples, parseXml, prepare, walk, type XmlElement } from './helpers';

const RUNS = Math.max(10, Math.round(Number(process.env.PORTOLAN_PROPERTY_RUNS ?? 200) / 5));

interface Cell {
  id: string;
  cell: XmlElement;
  /** The <object> wrapper's attributes, when the cell has one. */
  data: Record<string, string>;
}

/** Reads a .drawio file back: checks the mxfile structure and returns its cells by id. */
function readBack(xml: string): Map<string, Cell> {
  const root = parseXml(xml);
  expect(root.name).toBe('mxfile');
  const [diagram] = root.children;
  expect(diagram?.name).toBe('diagram');
  const [model] = diagram!.children;
  expect(model?.name).toBe('mxGraphModel');
  const [cellsRoot] = model!.children;
  expect(cellsRoot?.name).toBe('root');
  const cells = new Map<string, Cell>();
  for (const child of cellsRoot!.children) {
    const cell = child.name === 'object' ? child.children[0]! : child;
    expect(cell.name).toBe('mxCell');
    const id = child.attributes.id!;
    expect(cells.has(id), `duplicate id ${id}`).toBe(false);
    cells.set(id, { id, cell, data: child.name === 'object' ? child.attributes : {} });
  }
  const ids = [...cells.keys()];
  expect(ids.slice(0, 2)).toEqual(['0', '1']);
  expect(cells.get('1')!.cell.attributes.parent).toBe('0');
  for (const { id, cell } of cells.values()) {
    if (id === '0') continue;
    expect(cells.has(cell.attributes.parent!), `${id}'s parent`).toBe(true);
    const geometry = cell.children.find((c) => c.name === 'mxGeometry');
    if (id !== '1') expect(geometry?.attributes.as).toBe('geometry');
    if (cell.attributes.edge === '1') {
      expect(cells.get(cell.attributes.source!)?.cell.attributes.vertex).toBe('1');
      expect(cells.get(cell.attributes.target!)?.cell.attributes.vertex).toBe('1');
    }
  }
  return cells;
}

function expectComplete(design: Design, xml: string) {
  const cells = readBack(xml);
  const flows = deriveFlows(design, catalogue);
  for (const component of design.components) {
    const found = cells.get(`component-${component.id}`);
    expect(found, component.id).toBeDefined();
    expect(found!.cell.attributes.vertex).toBe('1');
    expect(found!.data.type).toBe(component.type);
    const name = cleanText(component.label?.trim() || catalogue.components.get(component.type)!.name).trim();
    expect(found!.data.label!.split('\n')[0]).toContain(name);
    if (component.ip) expect(found!.data.ip).toBe(cleanText(component.ip));
    // In a zone: a child of the zone's container.
    if (component.zone) expect(found!.cell.attributes.parent).toBe(`zone-${component.zone}`);
  }
  for (const zone of design.zones) {
    const found = cells.get(`zone-${zone.id}`);
    if (!found) continue;
    expect(found.cell.attributes.style).toMatch(/^swimlane;.*container=1;/);
  }
  const pairs = picturePairs(flows).filter((p) => p.from !== p.to);
  const edges = [...cells.values()].filter((c) => c.cell.attributes.edge === '1');
  expect(edges).toHaveLength(pairs.length);
  for (const pair of pairs) {
    const edge = edges.find(
      (e) => e.cell.attributes.source === `component-${pair.from}` && e.cell.attributes.target === `component-${pair.to}`,
    );
    expect(edge, `${pair.from} > ${pair.to}`).toBeDefined();
    expect(edge!.cell.attributes.value).toBe(cleanText(pair.label));
  }
}

describe.each(examples)('%s', (_file, design) => {
  it('is an mxfile with every component, zone and edge, positions as on the canvas', () => {
    const xml = designToDrawio(design, catalogue, deriveFlows(design, catalogue));
    expectComplete(design, xml);
    const cells = readBack(xml);
    const component = design.components.find((c) => c.position)!;
    const geometry = cells.get(`component-${component.id}`)!.cell.children[0]!.attributes;
    // Relative to the zone, as the design stores it.
    expect(Number(geometry.x)).toBe(Math.round(component.position!.x));
    expect(Number(geometry.y)).toBe(Math.round(component.position!.y));
  });
});

it(`random hostile designs read back complete (${RUNS} designs)`, { timeout: 120_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(randomDesign, async (input) => {
      const prepared = await prepare(input);
      if (!prepared) return;
      const xml = designToDrawio(prepared.design, catalogue, prepared.flows);
      expectComplete(prepared.design, xml);
      expect([...walk(parseXml(xml))].length).toBeGreaterThan(2);
    }),
    { numRuns: RUNS },
  );
});
