/**
 * The SVG picture: drawn from the design with SVG primitives only, well
 * formed for any text, readable by rsvg-convert, every component's label
 * in it as text, labels on no box, and the scope honoured.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveFlows } from '../../src/model/derive';
import { intersects } from '../../src/model/picture/boxes';
import { buildPicture } from '../../src/model/picture/svg';
import { cleanText } from '../../src/model/picture/text';
import { design as randomDesign } from '../export/arbitraries';
import { catalogue, examples, loadExample, parseXml, prepare, renderWithRsvg, walk, type XmlElement } from './helpers';

const RUNS = Math.max(10, Math.round(Number(process.env.PORTOLAN_PROPERTY_RUNS ?? 200) / 10));
const DATE = '2026-11-30';

/** The point `t` of the way along an edge's curve. */
function onCurve(edge: { start: Point; c1: Point; c2: Point; end: Point }, t: number): Point {
  const u = 1 - t;
  const at = (k: 'x' | 'y') =>
    u * u * u * edge.start[k] + 3 * u * u * t * edge.c1[k] + 3 * u * t * t * edge.c2[k] + t * t * t * edge.end[k];
  return { x: at('x'), y: at('y') };
}
interface Point {
  x: number;
  y: number;
}

/** All text an SVG holds: <text> and <title> contents. */
const texts = (root: XmlElement) => [...walk(root)].filter((e) => e.name === 'text' || e.name === 'title').map((e) => e.text);

describe.each(examples)('%s', (_file, design) => {
  const picture = buildPicture({ design, catalogue, flows: deriveFlows(design, catalogue), scope: { kind: 'design' }, date: DATE });
  const root = parseXml(picture.svg);

  it('is an SVG of primitives only: no HTML, no embedded image', () => {
    expect(root.name).toBe('svg');
    const names = new Set([...walk(root)].map((e) => e.name));
    for (const name of names) expect(['svg', 'title', 'defs', 'marker', 'path', 'rect', 'g', 'text', 'line']).toContain(name);
    expect(picture.svg).not.toMatch(/foreignObject|<image|data:|<html|<div/i);
  });

  it('holds every component label, the title block and the legend as text', () => {
    const all = texts(root);
    const visible = [...walk(root)]
      .filter((e) => e.name === 'text')
      .map((e) => e.text)
      .join('\n');
    for (const component of design.components) {
      const name = cleanText(component.label?.trim() || catalogue.components.get(component.type)!.name).trim();
      expect(
        all.some((t) => t === name),
        name,
      ).toBe(true);
      if (component.ip) expect(visible).toContain(component.ip);
    }
    expect(visible).toContain(design.meta.title);
    expect(visible).toMatch(/Catalogue: [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}/);
    expect(visible).toContain(`Date: ${DATE}`);
    expect(visible).toContain('Legend');
    // One edge and label per pair and direction, each with its arrowhead.
    expect(picture.edges.length).toBeGreaterThan(0);
    const paths = [...walk(root)].filter((e) => e.name === 'path' && e.attributes['marker-end']);
    expect(paths).toHaveLength(picture.edges.length);
  });

  it('places no edge label on a component box or on another label', () => {
    const labels = picture.edges.map((e) => e.label);
    for (const label of labels) {
      for (const box of picture.components) expect(intersects(label, box), `${label.text} on ${box.name}`).toBe(false);
    }
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        expect(intersects(labels[i]!, labels[j]!), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
  });

  it('runs at most one edge over a component other than its own two (each takes a way round where a pair of sides gives one)', () => {
    const over = picture.edges.filter((edge) =>
      picture.components.some(
        (box) =>
          box.id !== edge.pair.from &&
          box.id !== edge.pair.to &&
          Array.from({ length: 23 }, (_, i) => onCurve(edge, (i + 1) / 24)).some(
            (p) => p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height,
          ),
      ),
    );
    expect(over.length, over.map((e) => `${e.pair.from} → ${e.pair.to}`).join(', ')).toBeLessThanOrEqual(1);
  });

  it('renders with rsvg-convert', () => {
    const size = renderWithRsvg(picture.svg);
    expect(size).toEqual({ width: picture.width, height: picture.height });
  });
});

const tarantella = await loadExample('tarantella-array-netlet.portolan.json');
const tachyon = await loadExample('tachyon-single-server.portolan.json');

describe('scope', () => {
  const design = tarantella;
  const flows = deriveFlows(design, catalogue);

  it('draws only the selection, and edges between selected components', () => {
    const ids = design.components.slice(0, 3).map((c) => c.id);
    const picture = buildPicture({ design, catalogue, flows, scope: { kind: 'selection', ids }, date: DATE });
    expect(picture.components.map((c) => c.id).sort()).toEqual([...ids].sort());
    for (const edge of picture.edges) expect(ids.includes(edge.pair.from) && ids.includes(edge.pair.to)).toBe(true);
    expect(picture.svg).toContain('Scope: selection');
  });

  it('draws what lies in the view', () => {
    const all = buildPicture({ design, catalogue, flows, scope: { kind: 'design' }, date: DATE });
    const first = all.components[0]!;
    const rect = { x: first.x - 10, y: first.y - 10, width: 40, height: 40 };
    const picture = buildPicture({ design, catalogue, flows, scope: { kind: 'view', rect }, date: DATE });
    expect(picture.components.map((c) => c.id)).toContain(first.id);
    for (const box of picture.components) expect(intersects(box, rect)).toBe(true);
  });

  it('says when nothing is selected', () => {
    expect(() => buildPicture({ design, catalogue, flows, scope: { kind: 'selection', ids: [] }, date: DATE })).toThrow(
      'nothing is selected',
    );
  });
});

describe('hostile text', () => {
  it('a control character in a label or the owner never breaks the picture', () => {
    const design = tachyon;
    const hostileDesign = {
      ...design,
      meta: { ...design.meta, owner: 'Ops\u0000team\u0007 <b>&amp;</b>', changeTicket: 'CHG\u001b[2J\ud800' },
      components: design.components.map((c, i) => ({ ...c, label: `Server\u0001 ${i} "quoted" & <tag> \u0085\uFFFE` })),
    };
    const picture = buildPicture({
      design: hostileDesign,
      catalogue,
      flows: deriveFlows(hostileDesign, catalogue),
      scope: { kind: 'design' },
      date: DATE,
    });
    const root = parseXml(picture.svg);
    expect(texts(root)).toContain('Server 0 "quoted" & <tag>');
    expect(texts(root).join(' ')).toContain('Owner: Opsteam <b>&amp;</b>');
    renderWithRsvg(picture.svg);
  });

  it(
    `random hostile designs give well-formed SVG that rsvg-convert renders, with every label (${RUNS} designs)`,
    { timeout: 300_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(randomDesign, async (input) => {
          const prepared = await prepare(input);
          if (!prepared) return;
          const picture = buildPicture({ ...prepared, catalogue, scope: { kind: 'design' }, date: DATE });
          const all = texts(parseXml(picture.svg));
          for (const component of prepared.design.components) {
            // A label with nothing left once XML-illegal characters are removed is no label: the type name stands in.
            const name = cleanText(component.label ?? '').trim() || cleanText(catalogue.components.get(component.type)!.name).trim();
            expect(all).toContain(name);
          }
          renderWithRsvg(picture.svg);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
