/**
 * Every export runs in a worker (src/ui/export/export.worker.ts): a large
 * workbook or rule set never freezes the page, and Cancel ends the worker, so
 * the work stops rather than finishing unseen. Where a browser has no module
 * workers (component tests in jsdom), the export runs on the page instead.
 */
import type { ExportContext, ExportResult } from '../../model/export/types';
import type { ExportRequest, ExportResponse } from './export.worker';

/** One worker, kept between exports (its modules load once); ended by Cancel, and made again on next use. */
let worker: Worker | undefined;
let busy = false;

/** Starts the worker ahead of the first export, so its modules are loaded by the time one is picked. */
export function warmExportWorker(): void {
  if (typeof Worker === 'undefined' || worker) return;
  worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
}

/** Runs format `formatId` on `context` in the export worker; aborting the signal ends the worker. */
export async function runExport(formatId: string, context: ExportContext, signal: AbortSignal): Promise<ExportResult> {
  if (typeof Worker === 'undefined') {
    const format = (await import('../../model/export/formats')).exportFormat(formatId);
    if (!format) throw new Error(`no export format "${formatId}"`);
    return format.run(context);
  }
  // A second export while one runs gets a worker of its own, so neither waits for or ends the other.
  const own = busy || !worker ? new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' }) : worker;
  if (!busy) worker = own;
  busy = true;
  return new Promise<ExportResult>((resolve, reject) => {
    const finish = (end: boolean) => {
      signal.removeEventListener('abort', stop);
      own.onmessage = null;
      own.onerror = null;
      if (own === worker) busy = false;
      if (end || own !== worker) {
        own.terminate();
        if (own === worker) worker = undefined;
      }
    };
    const stop = () => {
      finish(true);
      reject(new DOMException('cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    own.onmessage = (event: MessageEvent<ExportResponse>) => {
      finish(false);
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.error));
    };
    own.onerror = (event) => {
      finish(true);
      reject(new Error(`the export worker stopped${event.message ? `: ${event.message}` : ''}`));
    };
    own.postMessage({ formatId, context } satisfies ExportRequest);
  });
}
