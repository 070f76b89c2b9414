/**
 * React Flow's edge objects for the drawn pairs. Each keeps its object while
 * its pair, selection and change mark hold, and the list keeps its identity
 * while every edge does, so an edit re-renders only the edges it changed and
 * React Flow never re-indexes an unchanged list.
 */
import type { ChangeKind } from '../../model/request/diff';
import { COLOURS, edgeStyle } from '../../model/theme';
import type { DrawnEdge } from '../../store/derived';
import type { FlowEdgeType } from './FlowEdge';
import { arrowMarkerId } from './markers';

/** Each drawn pair's React Flow edge as last made, reused while its selection and change mark hold. */
const madeEdges = new WeakMap<DrawnEdge, { selected: boolean; change: string | undefined; edge: FlowEdgeType }>();

/** The edge list last handed to each canvas's React Flow (by its store), kept while its edges are the same objects. */
const lastFlowEdges = new WeakMap<object, FlowEdgeType[]>();

/** React Flow's edge for a drawn pair: an arrowhead at each end that listens (the edge runs from `a` to `b`). */
function toFlowEdge(edge: DrawnEdge, selected: boolean, change: string | undefined): FlowEdgeType {
  const marker = arrowMarkerId(selected ? COLOURS.accent : edgeStyle(edge).stroke);
  return {
    id: edge.id,
    source: edge.a,
    target: edge.b,
    type: 'flow',
    selected,
    // React Flow draws markers inside the diagram's own SVG, so pictures keep their arrows.
    ...(edge.ab && { markerEnd: marker }),
    ...(edge.ba && { markerStart: marker }),
    ariaLabel: `Flows between ${edge.a} and ${edge.b}: ${[edge.ab?.label, edge.ba?.label].filter(Boolean).join(' / ')}`,
    // A change against the baseline in either direction marks the edge (added or changed).
    ...(change && { className: `diff-${change}` }),
  };
}

/** The edges for one canvas (keyed by its React Flow store): the selected pair (`a~b`) and the change marks against a baseline. */
export function flowEdgesFor(
  canvas: object,
  drawn: readonly DrawnEdge[],
  selectedPair: string | undefined,
  changes: ReadonlyMap<string, ChangeKind> | undefined,
): FlowEdgeType[] {
  const next = drawn.map((edge) => {
    const selected = edge.id === selectedPair;
    const change = changes?.get(`${edge.a}>${edge.b}`) ?? changes?.get(`${edge.b}>${edge.a}`);
    const before = madeEdges.get(edge);
    if (before && before.selected === selected && before.change === change) return before.edge;
    const flowEdge = toFlowEdge(edge, selected, change);
    madeEdges.set(edge, { selected, change, edge: flowEdge });
    return flowEdge;
  });
  const previous = lastFlowEdges.get(canvas);
  if (previous && next.length === previous.length && next.every((edge, i) => edge === previous[i])) return previous;
  lastFlowEdges.set(canvas, next);
  return next;
}
