/**
 * The diagram as an SVG document drawn from the design, with SVG primitives
 * only (rect, path, text, marker): zones, components, edges with arrowheads
 * and labels, a title block and a legend. No HTML, no embedded image, no
 * CSS beyond presentation attributes, so browsers, Inkscape, LibreOffice and
 * rsvg-convert all read it. Every piece of user text goes through xmlText.
 */
import type { Catalogue } from '../catalogue/load';
import type { DerivedFlow } from '../derive';
import type { Design } from '../design/schema';
import { COLOURS, EDGE_KINDS, ZONE_STYLES, edgeKinds, edgeStyle, type EdgeKind } from '../theme';
import { FONTS, placeBoxes, type ComponentBox, type PictureScope, type Rect } from './boxes';
import { routeEdges, type EdgeGeometry } from './edges';
import { catalogueFingerprint } from './fingerprint';
import { picturePairs } from './pairs';
import { cleanText, fitText, textWidth, wrapText, xmlText, type Font } from './text';

export interface PictureInput {
  design: Design;
  catalogue: Catalogue;
  flows: readonly DerivedFlow[];
  scope: PictureScope;
  /** `YYYY-MM-DD`, passed in so output is reproducible. */
  date: string;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
  /** Components drawn (for messages and tests). */
  components: readonly ComponentBox[];
  edges: readonly EdgeGeometry[];
}

export const SANS = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";
export const MONO = "'DejaVu Sans Mono', Menlo, Consolas, monospace";
const MARGIN = 24;
const MIN_WIDTH = 760;
const SCOPE_TEXT: Record<PictureScope['kind'], string> = { design: 'whole design', view: 'current view', selection: 'selection' };

const n = (value: number) => String(Math.round(value * 10) / 10);

function text(x: number, y: number, content: string, font: Font, extra = ''): string {
  const family = font.mono ? MONO : SANS;
  return `<text x="${n(x)}" y="${n(y)}" font-family="${family}" font-size="${font.size}"${font.bold ? ' font-weight="bold"' : ''}${extra}>${xmlText(content)}</text>`;
}

function componentSvg(box: ComponentBox): string {
  const parts = [
    `<g data-component="${xmlText(box.id)}"><title>${xmlText(box.name)}</title>`,
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="8" fill="${COLOURS.panel}" stroke="${COLOURS.border}"/>`,
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="5" height="${n(box.height)}" fill="${box.colour}"/>`,
    `<rect x="${n(box.x + 13)}" y="${n(box.y + 8)}" width="${n(box.tagWidth)}" height="14" rx="4" fill="${box.colour}"/>`,
    text(box.x + 13 + box.tagWidth / 2, box.y + 19, box.tag, FONTS.tag, ' fill="#ffffff" text-anchor="middle"'),
  ];
  let y = box.y + 19;
  for (const line of box.nameLines) {
    parts.push(text(box.x + 13 + box.tagWidth + 6, y, line, FONTS.name, ` fill="${COLOURS.text}"`));
    y += 15;
  }
  for (const line of [box.typeLine, ...box.addressLines]) {
    if (line === undefined) continue;
    parts.push(text(box.x + 13, y, line, FONTS.small, ` fill="${COLOURS.muted}"`));
    y += 14;
  }
  parts.push('</g>');
  return parts.join('');
}

function markerId(colour: string): string {
  return `arrow-${colour.slice(1)}`;
}

function edgeSvg(edge: EdgeGeometry): string {
  const style = edgeStyle(edge.pair);
  const { start, c1, c2, end, label } = edge;
  const d = `M${n(start.x)},${n(start.y)} C${n(c1.x)},${n(c1.y)} ${n(c2.x)},${n(c2.y)} ${n(end.x)},${n(end.y)}`;
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  const opacity = style.opacity < 1 ? ` opacity="${style.opacity}"` : '';
  return [
    `<path d="${d}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}"${dash}${opacity} marker-end="url(#${markerId(style.stroke)})"><title>${xmlText(edge.pair.label)}</title></path>`,
    edge.leader
      ? `<line x1="${n(edge.leader.x)}" y1="${n(edge.leader.y)}" x2="${n(label.x + label.width / 2)}" y2="${n(label.y + label.height / 2)}" stroke="${style.stroke}" stroke-width="0.8" stroke-dasharray="1 2"${opacity}/>`
      : '',
    `<g${opacity}><rect x="${n(label.x)}" y="${n(label.y)}" width="${n(label.width)}" height="${n(label.height)}" rx="8" fill="#ffffff" fill-opacity="0.94" stroke="${edge.pair.crossesZones ? COLOURS.crossing : COLOURS.border}"/>`,
    text(
      label.x + label.width / 2,
      label.y + 11.5,
      label.text,
      FONTS.label,
      ` fill="${edge.pair.crossesZones ? COLOURS.crossing : COLOURS.text}" text-anchor="middle"`,
    ),
    '</g>',
  ].join('');
}

/** Title block: the title, then owner, change, date, catalogue fingerprint and scope, wrapped to the width. */
function titleBlock(input: PictureInput, width: number): { svg: string; height: number } {
  const { meta } = input.design;
  const title = wrapText(cleanText(meta.title) || 'Untitled design', width - 2 * MARGIN, { size: 20, bold: true }, 2);
  const details = [
    meta.owner?.trim() && `Owner: ${cleanText(meta.owner).trim()}`,
    meta.changeTicket?.trim() && `Change: ${cleanText(meta.changeTicket).trim()}`,
    `Date: ${input.date}`,
    `Catalogue: ${catalogueFingerprint(input.catalogue)}`,
    `Scope: ${SCOPE_TEXT[input.scope.kind]}`,
  ].filter((part): part is string => !!part);
  const detailLines = wrapText(details.join('   ·   '), width - 2 * MARGIN, FONTS.small, 3);
  const parts: string[] = [];
  let y = MARGIN + 18;
  for (const line of title) {
    parts.push(text(MARGIN, y, line, { size: 20, bold: true }, ` fill="${COLOURS.text}"`));
    y += 25;
  }
  for (const line of detailLines) {
    parts.push(text(MARGIN, y, line, FONTS.small, ` fill="${COLOURS.muted}"`));
    y += 15;
  }
  y += 6;
  parts.push(`<line x1="0" y1="${n(y)}" x2="${n(width)}" y2="${n(y)}" stroke="${COLOURS.border}"/>`);
  return { svg: parts.join(''), height: y + 12 };
}

/** Legend: the edge kinds drawn, then the products, each entry flowed into rows. */
function legend(
  kinds: ReadonlySet<EdgeKind>,
  products: ReadonlyMap<string, { tag: string; colour: string }>,
  top: number,
  width: number,
): { svg: string; height: number } {
  const font = FONTS.small;
  const parts = [
    `<line x1="0" y1="${n(top)}" x2="${n(width)}" y2="${n(top)}" stroke="${COLOURS.border}"/>`,
    text(MARGIN, top + 22, 'Legend', { size: 12, bold: true }, ` fill="${COLOURS.text}"`),
  ];
  let x = MARGIN + 62;
  let y = top + 22;
  const place = (itemWidth: number) => {
    if (x + itemWidth > width - MARGIN && x > MARGIN + 62) {
      x = MARGIN + 62;
      y += 20;
    }
    const at = x;
    x += itemWidth + 22;
    return at;
  };
  for (const { kind, label, flags } of EDGE_KINDS) {
    if (!kinds.has(kind)) continue;
    const style = edgeStyle(flags);
    const at = place(40 + textWidth(label, font));
    parts.push(
      `<line x1="${n(at)}" y1="${n(y - 4)}" x2="${n(at + 32)}" y2="${n(y - 4)}" stroke="${style.stroke}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}${style.opacity < 1 ? ` opacity="${style.opacity}"` : ''}/>`,
    );
    parts.push(text(at + 40, y, label, font, ` fill="${COLOURS.text}"`));
  }
  for (const [name, { tag, colour }] of products) {
    const tagWidth = Math.max(30, textWidth(tag, FONTS.tag) + 8);
    const at = place(tagWidth + 8 + textWidth(name, font));
    parts.push(`<rect x="${n(at)}" y="${n(y - 12)}" width="${n(tagWidth)}" height="14" rx="4" fill="${colour}"/>`);
    parts.push(text(at + tagWidth / 2, y - 1, tag, FONTS.tag, ' fill="#ffffff" text-anchor="middle"'));
    parts.push(text(at + tagWidth + 8, y, name, font, ` fill="${COLOURS.text}"`));
  }
  return { svg: parts.join(''), height: y - top + 16 };
}

export function buildPicture(input: PictureInput): Picture {
  const { zones, components } = placeBoxes(input.design, input.catalogue, input.scope);
  if (components.length === 0)
    throw new Error(
      input.scope.kind === 'selection'
        ? 'nothing is selected'
        : input.scope.kind === 'view'
          ? 'no component is in view'
          : 'the design has no placed components',
    );
  const boxById = new Map(components.map((b) => [b.id, b]));
  const zoneTitles = zones.map((z) => ({
    x: z.x,
    y: z.y,
    width: Math.min(z.width, textWidth([z.name, z.kind, z.cidr].filter(Boolean).join('  ·  '), FONTS.zone) + 24),
    height: 28,
  }));
  const edges = routeEdges(picturePairs(input.flows), boxById, zoneTitles);

  const rects: Rect[] = [...zones, ...components, ...edges.map((e) => e.label)];
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxX = Math.max(...rects.map((r) => r.x + r.width));
  const maxY = Math.max(...rects.map((r) => r.y + r.height));
  const width = Math.ceil(Math.max(MIN_WIDTH, maxX - minX + 2 * MARGIN));
  const head = titleBlock(input, width);
  const kinds = new Set(edges.flatMap((e) => edgeKinds(e.pair)));
  const products = new Map(components.map((b) => [b.product, { tag: b.tag, colour: b.colour }]));
  const diagramTop = head.height + MARGIN;
  const foot = legend(kinds, products, diagramTop + (maxY - minY) + MARGIN, width);
  const height = Math.ceil(diagramTop + (maxY - minY) + MARGIN + foot.height);
  const colours = [...new Set(edges.map((e) => edgeStyle(e.pair).stroke))];

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${xmlText(input.design.meta.title)}</title>`,
    '<defs>',
    ...colours.map(
      (c) =>
        `<marker id="${markerId(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
    ),
    '</defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    head.svg,
    `<g transform="translate(${n(MARGIN - minX + (width - 2 * MARGIN - (maxX - minX)) / 2)} ${n(diagramTop - minY)})">`,
    ...zones.map((z) => {
      const look = ZONE_STYLES[z.kind];
      const title = fitText([z.name, z.kind, z.cidr].filter(Boolean).join('  ·  '), z.width - 20, FONTS.zone);
      return `<g data-zone="${xmlText(z.id)}"><title>${xmlText(z.name)}</title><rect x="${n(z.x)}" y="${n(z.y)}" width="${n(z.width)}" height="${n(z.height)}" rx="12" fill="${look.fill}" fill-opacity="${look.fillOpacity}" stroke="${look.border}" stroke-width="2" stroke-dasharray="6 4"/>${text(z.x + 10, z.y + 20, title, FONTS.zone, ` fill="${COLOURS.text}"`)}</g>`;
    }),
    ...edges.map(edgeSvg),
    ...components.map(componentSvg),
    '</g>',
    foot.svg,
    '</svg>',
    '',
  ].join('\n');
  return { svg, width, height, components, edges };
}
