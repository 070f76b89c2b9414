/**
 * Export, print view and "Compare with…": what the toolbar and the matrix run
 * on a click, loaded on first use (or once the design has opened) through
 * the wrappers in commands.ts, so that it stays out of the first load.
 */
import type { PictureScope } from '../model/picture/formats';
import { baselineOfDesign } from '../model/request/diff';
import { findProfile } from '../model/request/profiles';
import { setComparison } from '../store/comparison-store';
import { builtInCatalogue, designCatalogue, useDesignStore } from '../store/design-store';
import { derivedOf } from '../store/derived';
import { useSessionStore } from '../store/session-store';
import { pickFile, downloadFile } from '../io/files';
import { restoreDesign } from '../model/design/restore';
import { guarded, loadExportFormats, type ViewRect } from './commands';

const design = () => useDesignStore.getState().design;
const session = () => useSessionStore.getState();

/**
 * "Compare with…": another design file becomes the baseline the matrix, the
 * canvas and the zone view mark changes against; the design on screen is not
 * touched. The file goes through the same restore checks as Open.
 */
export async function compareWithFile(): Promise<void> {
  const file = await pickFile('.json,.portolan.json,application/json');
  if (!file) return;
  guarded(file.name, () => {
    const restored = restoreDesign(file.bytes, builtInCatalogue, file.name);
    if (!restored.ok) {
      session().say('error', `${restored.problem.message} Nothing is compared; the design on screen is unchanged.`);
      return false;
    }
    setComparison({
      name: file.name,
      baseline: baselineOfDesign(restored.design, designCatalogue(restored.design), new Date().toISOString().slice(0, 10)),
    });
    session().say('info', `Comparing with ${file.name}: rows and edges added or changed since it are marked.`);
    return true;
  });
}

const PICTURE_FORMATS = new Set(['svg', 'png', 'drawio', 'mermaid']);

/** The picture scope chosen in the Export menu, with the view or the selection it names. */
function pictureScope(view: ViewRect): PictureScope {
  const chosen = session().exportOptions.pictureScope;
  if (chosen === 'selection') return { kind: 'selection', ids: session().selectedNodes };
  const rect = chosen === 'view' ? view() : undefined;
  return rect ? { kind: 'view', rect } : { kind: 'design' };
}

export async function exportAs(formatId: string, view: ViewRect = () => undefined): Promise<void> {
  const format = (await loadExportFormats()).exportFormat(formatId);
  if (!format) return;
  const current = design();
  const { overLimit } = derivedOf(current);
  if (overLimit) return session().say('error', overLimit);
  const { scope, placeholderAddresses, includeInternal, profile } = session().exportOptions;
  const context = {
    design: current,
    catalogue: designCatalogue(current),
    rows: derivedOf(current).rows,
    scope,
    placeholderAddresses,
    includeInternal,
    profile: findProfile(current.request?.profiles, profile),
    generatedAt: new Date().toISOString(),
  };
  const outcome = await withProgress(`Exporting ${format.label}…`, async (signal) => {
    const { runExport } = await import('./export/run-export');
    if (!PICTURE_FORMATS.has(format.id)) return runExport(format.id, context, signal);
    const picture = { scope: pictureScope(view) };
    const result = await runExport(format.id === 'png' ? 'svg' : format.id, { ...context, picture }, signal);
    if (format.id !== 'png') return result;
    const svg = result.files[0]!;
    const png = await (await import('./export/pictures')).rasterise(String(svg.data), 2);
    return { ...result, files: [{ name: svg.name.replace(/\.svg$/, '.png'), mime: 'image/png', data: png }] };
  });
  if (outcome.ok) {
    for (const file of outcome.value.files) downloadFile(file.name, file.data, file.mime);
    for (const warning of outcome.value.warnings) session().say('warning', warning);
  } else if (!outcome.cancelled) session().say('error', `The ${format.label} export failed: ${outcome.reason}`);
}

/** Progress shown after this long; anything slower can be cancelled. */
export const PROGRESS_AFTER_MS = 300;

/**
 * Runs a slow step with a progress message that appears after 300 ms and
 * offers Cancel; cancelling aborts the signal (which ends an export's
 * worker), and the page is free again at once.
 */
export async function withProgress<T>(
  label: string,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; cancelled: boolean; reason: string }> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => session().say('info', label, { action: { label: 'Cancel', run: () => controller.abort() } }),
    PROGRESS_AFTER_MS,
  );
  try {
    const value = await Promise.race([
      work(controller.signal),
      new Promise<never>((_, reject) =>
        controller.signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')), { once: true }),
      ),
    ]);
    return { ok: true, value };
  } catch (error) {
    const { describeFailure } = await import('./export/pictures');
    return { ok: false, cancelled: controller.signal.aborted, reason: describeFailure(error) };
  } finally {
    clearTimeout(timer);
    const shown = session().messages.find((m) => m.text === label);
    if (shown) session().dismiss(shown.id);
    if (controller.signal.aborted) session().say('info', `${label.replace(/…$/, '')}: cancelled.`);
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Opens the browser's print dialog on a view with the diagram (the whole design's SVG) and the whole flow matrix. */
export async function printView(): Promise<void> {
  const current = design();
  const outcome = await withProgress('Preparing the print view…', async (signal) => {
    // The print view is loaded on first use; have it ready before the dialog opens.
    await import('./export/PrintView');
    const pictures = await import('./export/pictures');
    const { runExport } = await import('./export/run-export');
    const context = {
      design: current,
      catalogue: designCatalogue(current),
      rows: [],
      scope: 'all' as const,
      generatedAt: new Date().toISOString(),
    };
    const result = await runExport('svg', { ...context, picture: { scope: { kind: 'design' } } }, signal);
    const url = URL.createObjectURL(new Blob([result.files[0]!.data as string], { type: 'image/svg+xml' }));
    try {
      // Decoded before it is shown, so the dialog never prints an empty frame.
      await pictures.loadImage(url, 'diagram for the print view');
    } catch (error) {
      URL.revokeObjectURL(url);
      throw error;
    }
    return url;
  });
  if (!outcome.ok) {
    if (!outcome.cancelled) session().say('error', `The print view could not be made: ${outcome.reason}`);
    return;
  }
  const url = outcome.value;
  session().setPrintPicture(url);
  await nextFrame();
  await nextFrame();
  window.addEventListener(
    'afterprint',
    () => {
      session().setPrintPicture(undefined);
      URL.revokeObjectURL(url);
    },
    { once: true },
  );
  window.print();
}
