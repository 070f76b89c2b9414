/// <reference lib="webworker" />
/**
 * Runs an export (a spreadsheet, a rule set, a picture) off the main thread,
 * so the page stays responsive while it works and Cancel really stops it:
 * cancelling ends this worker. PNG is the SVG from here, rasterised on the
 * main thread, which alone has a canvas that decodes SVG.
 */
import { exportFormat } from '../../model/export/formats';
import type { ExportContext, ExportResult } from '../../model/export/types';

/** The export's context as it crosses to the worker: data only (no rasteriser function). */
export type ExportRequest = { formatId: string; context: ExportContext };

export type ExportResponse = { ok: true; result: ExportResult } | { ok: false; error: string };

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  const { formatId, context } = event.data;
  try {
    const format = exportFormat(formatId);
    if (!format) throw new Error(`no export format "${formatId}"`);
    const result = await format.run(context);
    // Bytes (workbooks) move to the page instead of being copied.
    const transfer = result.files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data.buffer as ArrayBuffer]));
    self.postMessage({ ok: true, result } satisfies ExportResponse, { transfer });
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ExportResponse);
  }
};
