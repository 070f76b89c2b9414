/**
 * How the view fits the design: clear of the overlays. Legend and zoom
 * controls sit in a row at the top right: closed, a strip at the top; the
 * legend open, a strip at the right. The mini map of a large estate (bottom
 * right) costs a strip at the right. Either way no
 * component is fitted under an overlay.
 */
import {
  getNodesBounds,
  getViewportForBounds,
  type FitViewOptions,
  type InternalNode,
  type ReactFlowState,
  type Viewport,
} from '@xyflow/react';

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
  // The mini map of a large estate, at the bottom right, costs a strip at the right.
  const map = document.querySelector<HTMLElement>('.canvas .minimap')?.getBoundingClientRect().width ?? 0;
  const right = map > 0 ? px(map + margin + EDGE / 2) : base.right;
  if (height <= 60) return { ...base, right, top: px(height + margin + EDGE / 2) };
  return { ...base, right: px(Math.max(width, map) + margin + EDGE / 2) };
}

/** Which overlays are on the page (a cheap look, no layout): a padding measured with others no longer holds. */
export function overlaysOnPage(): string {
  if (typeof document === 'undefined') return '';
  return ['.canvas .overlays', '.canvas .minimap'].map((selector) => (document.querySelector(selector) ? '1' : '0')).join('');
}

// Hidden nodes too: in the overview of a large estate every component is hidden (drawn on a canvas, OverviewBoxes.tsx).
export const fitOptions = () => ({ padding: fitPadding(), maxZoom: FIT_MAX_ZOOM, includeHiddenNodes: true }) satisfies FitViewOptions;

/**
 * The same options for the zoom controls' Fit button, whose padding is read
 * when the button fits (a getter), not each time the canvas renders: reading
 * the overlays' boxes during a render forces a layout in the middle of an edit.
 */
export const controlsFitOptions: FitViewOptions = {
  get padding() {
    return fitPadding();
  },
  maxZoom: FIT_MAX_ZOOM,
  includeHiddenNodes: true,
};

/**
 * Where a fit to the nodes as React Flow measured them puts the view, or
 * undefined while a shown node is still unmeasured (React Flow's own fitView
 * waits for those). React Flow's fitView hands every node back to itself
 * first (a no-op setNodes that re-adopts all 2041 nodes of a large estate:
 * 30–40 ms at 1x when a design opens); the sum is the same: the bounds of
 * the nodes with a size, hidden ones too, fitted with fitOptions' padding.
 */
export function measuredFit(state: Pick<ReactFlowState, 'nodeLookup' | 'width' | 'height' | 'minZoom'>): Viewport | undefined {
  const sized: InternalNode[] = [];
  for (const node of state.nodeLookup.values()) {
    if (!node.hidden && node.measured.width === undefined) return undefined;
    // A hidden node was never rendered: its declared size counts, as in React Flow's fit (includeHiddenNodes).
    const width = node.measured.width ?? node.width ?? node.initialWidth ?? 0;
    const height = node.measured.height ?? node.height ?? node.initialHeight ?? 0;
    if (width > 0 && height > 0) sized.push(node);
  }
  if (sized.length === 0 || state.width === 0 || state.height === 0) return undefined;
  const { padding, maxZoom } = fitOptions();
  return getViewportForBounds(
    getNodesBounds(sized, { nodeLookup: state.nodeLookup }),
    state.width,
    state.height,
    state.minZoom,
    maxZoom,
    padding,
  );
}

/** Two views a user cannot tell apart (under half a pixel, or a thousandth of zoom). */
export const sameView = (a: Viewport, b: Viewport) =>
  Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-3;
