/**
 * The picture and hand-off formats of the export registry: SVG, PNG (the
 * same SVG rasterised at 2x by whoever calls: a canvas in the browser,
 * resvg in the CLI), draw.io and Mermaid. A design without positions (a
 * hand-written file in the CLI) is laid out first, as the editor would.
 */
import type { Catalogue } from '../catalogue/load';
import { deriveFlows } from '../derive';
import type { Design } from '../design/schema';
import { baseName, type ExportContext, type ExportFormat, type ExportResult } from '../export/types';
import type { PictureScope } from './boxes';
import { designToDrawio } from './drawio';
import { designToMermaid } from './mermaid';
import { buildPicture } from './svg';

export type { PictureScope } from './boxes';

/** What a picture export needs beyond the common context. */
export interface PictureOptions {
  scope?: PictureScope;
  /** SVG text to PNG bytes at the given scale; PNG export is refused without one. */
  rasterise?: (svg: string, scale: number) => Promise<Uint8Array>;
}

/** The design with every component placed: as it is when all have positions, else laid out with dagre (loaded only then). */
export async function placedDesign(design: Design, catalogue: Catalogue): Promise<Design> {
  if (design.components.every((c) => c.position)) return design;
  const [{ layoutDesign }, { applyLayout }] = await Promise.all([import('../layout'), import('../placement')]);
  const edges = deriveFlows(design, catalogue).map((f) => ({ from: f.from, to: f.to }));
  return applyLayout(design, layoutDesign(design, edges));
}

async function prepared(context: ExportContext) {
  const design = await placedDesign(context.design, context.catalogue);
  return {
    design,
    flows: deriveFlows(design, context.catalogue),
    scope: context.picture?.scope ?? { kind: 'design' as const },
    date: context.generatedAt.slice(0, 10),
  };
}

export async function svgOf(context: ExportContext): Promise<string> {
  const { design, flows, scope, date } = await prepared(context);
  return buildPicture({ design, catalogue: context.catalogue, flows, scope, date }).svg;
}

const one = (name: string, mime: string, data: string | Uint8Array): ExportResult => ({ files: [{ name, mime, data }], warnings: [] });

export const pictureFormats: readonly ExportFormat[] = [
  {
    id: 'svg',
    label: 'SVG picture',
    run: async (context) => one(`${baseName(context.design)}.svg`, 'image/svg+xml', await svgOf(context)),
  },
  {
    id: 'png',
    label: 'PNG picture (2x)',
    run: async (context) => {
      const rasterise = context.picture?.rasterise;
      if (!rasterise) throw new Error('PNG needs a rasteriser, which this environment does not have');
      return one(`${baseName(context.design)}.png`, 'image/png', await rasterise(await svgOf(context), 2));
    },
  },
  {
    id: 'drawio',
    label: 'draw.io diagram',
    run: async (context) => {
      const { design, flows, scope } = await prepared(context);
      return one(
        `${baseName(context.design)}.drawio`,
        'application/vnd.jgraph.mxfile',
        designToDrawio(design, context.catalogue, flows, scope),
      );
    },
  },
  {
    id: 'mermaid',
    label: 'Mermaid flowchart',
    run: async (context) => {
      const { design, flows, scope } = await prepared(context);
      return one(`${baseName(context.design)}.mmd`, 'text/plain', designToMermaid(design, context.catalogue, flows, scope));
    },
  },
];
