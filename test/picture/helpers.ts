/** Shared by the picture tests: the examples, a strict XML reader (saxes) and rsvg-convert. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { deriveFlows } from '../../src/model/derive';
import { restoreDesign, restoreDesignValue } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { placedDesign } from '../../src/model/picture/formats';

export const catalogue = bundledCatalogue();
const folder = resolve(__dirname, '../../examples');
export const exampleFiles = readdirSync(folder)
  .filter((name) => name.endsWith('.portolan.json'))
  .sort();

/** An example as the editor shows it: laid out if the file has no positions. */
export async function loadExample(file: string): Promise<Design> {
  const result = restoreDesign(new Uint8Array(readFileSync(resolve(folder, file))), catalogue, file);
  if (!result.ok) throw new Error(result.problem.message);
  return placedDesign(result.design, catalogue);
}

export const examples = await Promise.all(exampleFiles.map(async (file) => [file, await loadExample(file)] as const));

/** A restored, laid-out design from any input value, with its flows; undefined if it does not restore. */
export async function prepare(value: unknown): Promise<{ design: Design; flows: ReturnType<typeof deriveFlows> } | undefined> {
  const restored = restoreDesignValue(value, catalogue);
  if (!restored.ok) return undefined;
  const design = await placedDesign(restored.design, catalogue);
  return { design, flows: deriveFlows(design, catalogue) };
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside this element. */
  text: string;
}

/** Parses XML strictly (well-formedness errors throw) into a small element tree. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    stack[stack.length - 1]?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

export function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

/** rsvg-convert (Debian librsvg2-bin) renders the SVG to PNG; returns the PNG's width and height. */
export function renderWithRsvg(svg: string): { width: number; height: number } {
  const png = execFileSync('rsvg-convert', ['--format', 'png'], { input: svg, maxBuffer: 256 * 1024 * 1024 });
  if (png.subarray(1, 4).toString() !== 'PNG') throw new Error('rsvg-convert did not write a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
