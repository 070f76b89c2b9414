/**
 * How the view fits the design: clear of the overlays (legend, zoom
 * controls, and the mini map of a large estate), which sit together at the
 * top right. A short overlay row costs a strip at the top; a tall column
 * (legend open, or the mini map) costs a strip at the right. Either way no
 * component is fitted under an overlay.
 */
import type { FitViewOptions } from '@xyflow/react';

const EDGE = 14;
export const FIT_MAX_ZOOM = 1.2;

/** The padding per side, from where the overlays are now (read from the page at fit time). */
export function fitPadding(): { top: `${number}px`; right: `${number}px`; bottom: `${number}px`; left: `${number}px` } {
  const overlays = typeof document === 'undefined' ? null : document.querySelector<HTMLElement>('.canvas .overlays');
  const px = (n: number) => `${Math.ceil(n)}px` as const;
  const base = { top: px(EDGE), right: px(EDGE), bottom: px(EDGE), left: px(EDGE) };
  if (!overlays) return base;
  const { width, height } = overlays.getBoundingClientRect();
  const margin = 10;
  if (height <= 60) return { ...base, top: px(height + margin + EDGE / 2) };
  return { ...base, right: px(width + margin + EDGE / 2) };
}

export const fitOptions = () => ({ padding: fitPadding(), maxZoom: FIT_MAX_ZOOM }) satisfies FitViewOptions;
