/**
 * Pictures in the browser: PNG is the SVG picture (built in the export
 * worker, src/ui/export/run-export.ts) drawn onto a canvas at 2x. Failures
 * are said in words: an image that will not load gives an Event, never shown
 * as "[object Event]".
 */
/** Browsers refuse canvases past about 16k pixels a side or 268 million pixels. */
const MAX_SIDE = 16000;
const MAX_AREA = 120_000_000;
/**
 * Drawing and encoding cost grows with pixels (about 0.2 s per megapixel in
 * Chromium): past 40 megapixels the extra detail of 2x is not worth the wait,
 * so a large estate is drawn at less, never below 1x while the browser can.
 */
const SHARP_AREA = 40_000_000;

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
  const area = width * height;
  const sharp = Math.min(scale, Math.max(1, Math.sqrt(SHARP_AREA / area)));
  const fit = Math.min(sharp, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / area));
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
