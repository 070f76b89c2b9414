/**
 * The stylesheet that dims everything not connected to the one selected
 * component. Nodes and edge labels fade with `opacity`; edges fade by their
 * stroke's own opacity, drawn plain (no dash) with faint arrowheads, because
 * an edge's group opacity makes the browser paint each curve into an
 * offscreen layer the size of its bounding box and dashing a curve is the
 * dearest thing software raster does: with both, one repaint of the canvas
 * at 1000 components cost about 220 ms of raster, and every selection,
 * option change or rename in focus repaints large parts of it (about 45 ms
 * this way). The kept ids are named in the sheet, so no node or edge object
 * changes and nothing re-renders when the selection moves.
 */
import { faintMarkerRules } from './markers';

/** A stroke that was already faint (internal, switched off) stays fainter than the dimmed ones. */
const DIMMED = { normal: 0.22, internal: 0.12, excluded: 0.05 } as const;

export function focusStylesheet(keepNodes: Iterable<string>, keepEdges: readonly string[]): string {
  const nodes = [...keepNodes].map((id) => `.canvas.focus .react-flow__node-component[data-id="${CSS.escape(id)}"]`);
  const labels = keepEdges.map((id) => `.canvas.focus [data-edge="${CSS.escape(id)}"]`);
  const kept = keepEdges.map((id) => `[data-id="${CSS.escape(id)}"]`).join(', ');
  const dimmedEdges = `.canvas.focus .react-flow__edge${kept ? `:not(${kept})` : ''} .react-flow__edge-path`;
  return [
    `${[...nodes, ...labels].join(',\n')} { opacity: 1; }`,
    `${dimmedEdges} {
  stroke-opacity: ${DIMMED.normal};
  stroke-dasharray: none;
  &.internal { stroke-opacity: ${DIMMED.internal}; }
  &.excluded { stroke-opacity: ${DIMMED.excluded}; }
${faintMarkerRules('  &')}
}`,
  ].join('\n');
}
