/**
 * Pictures in the browser: the SVG is built from the design in a worker
 * (src/model/picture, cancellable by ending the worker); PNG is that same
 * SVG drawn onto a canvas at 2x. Failures are said in words: an image that
 * will not load gives an Event, never shown as "[object Event]".
 */
import type { Catalogue } from '../../model/catalogue/load';
import type { Design } from '../../model/design/schema';
import type { ExportResult } from '../../model/export/types';
import type { PictureScope } from '../../model/picture/formats';
import type { PictureRequest, PictureResponse } from './picture.worker';

/** One worker, kept between exports (its modules load once); ended by Cancel, and made again on next use. */
let worker: Worker | undefined;
let busy = false;

/** Runs a picture format (svg, drawio, mermaid) in the picture worker; aborting the signal ends the worker. */
export function runPictureFormat(
  formatId: string,
  design: Design,
  catalogue: Catalogue,
  scope: PictureScope,
  signal: AbortSignal,
): Promise<ExportResult> {
  // A second export while one runs gets a worker of its own, so neither waits for or ends the other.
  const own = busy || !worker ? new Worker(new URL('./picture.worker.ts', import.meta.url), { type: 'module' }) : worker;
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
    own.onmessage = (event: MessageEvent<PictureResponse>) => {
      finish(false);
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.error));
    };
    own.onerror = (event) => {
      finish(true);
      reject(new Error(`the picture worker stopped${event.message ? `: ${event.message}` : ''}`));
    };
    own.postMessage({ formatId, design, catalogue, generatedAt: new Date().toISOString(), scope } satisfies PictureRequest);
  });
}

/** Browsers refuse canvases past about 16k pixels a side or 268 million pixels. */
const MAX_SIDE = 16000;
const MAX_AREA = 120_000_000;

export function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
  if (!match) throw new Error('the SVG picture has no size');
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** Loads an image, with a failure in words. */
export function loadImage(url: string, what: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`the browser could not read the ${what}`));
    image.src = url;
  });
}

/** The SVG rasterised at `scale` (less if the browser could not hold the canvas). */
export async function rasterise(svg: string, scale: number): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const fit = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url, 'SVG picture');
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * fit);
    canvas.height = Math.round(height * fit);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`the browser could not encode a ${canvas.width}×${canvas.height} PNG`);
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Any failure as words: Errors by their message, image and worker Events by their type. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof Event !== 'undefined' && error instanceof Event) return `the browser could not draw the picture ("${error.type}" event)`;
  return typeof error === 'string' ? error : 'an unknown error';
}
