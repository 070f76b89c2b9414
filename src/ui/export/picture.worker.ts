/// <reference lib="webworker" />
/**
 * Builds a picture or hand-off (SVG, draw.io, Mermaid) off the main thread,
 * so the page stays responsive and an export can be cancelled by ending
 * this worker. PNG is the SVG from here, rasterised on the main thread.
 */
import type { Catalogue } from '../../model/catalogue/load';
import type { Design } from '../../model/design/schema';
import type { ExportResult } from '../../model/export/types';
import { pictureFormats, type PictureScope } from '../../model/picture/formats';

export interface PictureRequest {
  formatId: string;
  design: Design;
  catalogue: Catalogue;
  generatedAt: string;
  scope: PictureScope;
}

export type PictureResponse = { ok: true; result: ExportResult } | { ok: false; error: string };

self.onmessage = async (event: MessageEvent<PictureRequest>) => {
  const { formatId, design, catalogue, generatedAt, scope } = event.data;
  try {
    const format = pictureFormats.find((f) => f.id === formatId);
    if (!format) throw new Error(`no picture format "${formatId}"`);
    const result = await format.run({ design, catalogue, rows: [], scope: 'all', generatedAt, picture: { scope } });
    self.postMessage({ ok: true, result } satisfies PictureResponse);
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies PictureResponse);
  }
};
