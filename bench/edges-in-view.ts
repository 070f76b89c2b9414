/**
 * What the user sees at 100 % zoom: the edges a page draws in view against
 * the edges it should draw there. An edge should be drawn when at least one
 * of its two components lies wholly inside the visible canvas (its box from
 * the design's positions, at the default component size, through the page's
 * current viewport transform): then its end is on screen, so some of it is.
 * An edge counts as drawn when its `.react-flow__edge` element is in the DOM
 * with a path whose box meets the canvas. Counted the same way on Portolan and
 * on both bare pages (all use the canvas's `a~b` edge ids). Components in
 * `skip` (dragged away from their design position) and their edges are left
 * out of both counts.
 */
import type { Page } from 'playwright-core';
import type { Design } from '../src/model/design/schema';

export interface EdgesInView {
  /** Derived edges with at least one end's component wholly in view. */
  derived: number;
  /** Of those, how many the page draws in view. */
  drawn: number;
  /** Every edge the page draws in view (edges crossing the view with both ends outside included). */
  drawnInView: number;
  /** Components wholly in view. */
  nodesInView: number;
  zoom: number;
}

/** The default component box (Portolan's and the bare page's). */
const BOX = { width: 220, height: 96 };

/** Every component's top-left corner in canvas coordinates (a component's position is relative to its zone). */
export function componentCorners(design: Design): [string, number, number][] {
  const zones = new Map(design.zones.map((z) => [z.id, z.position ?? { x: 0, y: 0 }]));
  return design.components.map((c) => {
    const zone = c.zone ? zones.get(c.zone) : undefined;
    return [c.id, (c.position?.x ?? 0) + (zone?.x ?? 0), (c.position?.y ?? 0) + (zone?.y ?? 0)];
  });
}

export function countEdgesInView(
  page: Page,
  corners: [string, number, number][],
  edges: { id: string; a: string; b: string }[],
  skip: readonly string[] = [],
): Promise<EdgesInView> {
  const moved = new Set(skip);
  return page.evaluate(
    ({ corners, edges, box, skippedEdges }) => {
      const skipped = new Set(skippedEdges);
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
      const [, tx = '0', ty = '0'] = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)/.exec(transform) ?? [];
      const zoom = Number(/scale\(([\d.e-]+)\)/.exec(transform)?.[1] ?? 1);
      const inView = new Set<string>();
      for (const [id, x, y] of corners) {
        const left = pane.left + Number(tx) + x * zoom;
        const top = pane.top + Number(ty) + y * zoom;
        if (left >= pane.left && top >= pane.top && left + box.width * zoom <= pane.right && top + box.height * zoom <= pane.bottom)
          inView.add(id);
      }
      const drawn = new Set<string>();
      for (const element of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
        const path = element.querySelector('.react-flow__edge-path') ?? element;
        const r = path.getBoundingClientRect();
        const meets =
          r.width + r.height > 0 && r.right >= pane.left && r.left <= pane.right && r.bottom >= pane.top && r.top <= pane.bottom;
        if (meets && element.dataset.id && !skipped.has(element.dataset.id)) drawn.add(element.dataset.id);
      }
      const expected = edges.filter((e) => inView.has(e.a) || inView.has(e.b));
      return {
        derived: expected.length,
        drawn: expected.filter((e) => drawn.has(e.id)).length,
        drawnInView: drawn.size,
        nodesInView: inView.size,
        zoom: Math.round(zoom * 1000) / 1000,
      };
    },
    {
      corners: corners.filter(([id]) => !moved.has(id)),
      edges: edges.filter((e) => !moved.has(e.a) && !moved.has(e.b)),
      box: BOX,
      skippedEdges: edges.filter((e) => moved.has(e.a) || moved.has(e.b)).map((e) => e.id),
    },
  );
}
