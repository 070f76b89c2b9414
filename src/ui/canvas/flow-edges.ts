/**
 * React Flow's edge objects for the drawn pairs. Each keeps its object while
 * what React Flow reads of it (ends, arrowheads, selection, change mark)
 * holds, even when its pair is a new object (a rename, an option that
 * changed its flows or ports): FlowEdge reads the pair from the store
 * itself, and describes the ports to screen readers (<desc>). The list keeps its identity while
 * every edge does, so React Flow never re-indexes an unchanged list (at 1000
 * components its connection lookup over every edge, and every edge's and
 * node's store selector run again, cost about 10 ms of an edit).
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
/** The same list by id, for reusing an edge whose pair changed in nothing React Flow reads. */
const lastById = new WeakMap<object, ReadonlyMap<string, FlowEdgeType>>();

/** Whether React Flow would see no difference between two edges of the same id. */
function sameForReactFlow(a: FlowEdgeType, b: FlowEdgeType): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.selected === b.selected &&
    a.markerStart === b.markerStart &&
    a.markerEnd === b.markerEnd &&
    a.ariaLabel === b.ariaLabel &&
    a.className === b.className
  );
}

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
    // The ports are the edge's description (FlowEdge's <desc>), so an edit that changes only ports keeps this object.
    ariaLabel: `Flows between ${edge.a} and ${edge.b}`,
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
  const shown = lastById.get(canvas);
  const next = drawn.map((edge) => {
    const selected = edge.id === selectedPair;
    const change = changes?.get(`${edge.a}>${edge.b}`) ?? changes?.get(`${edge.b}>${edge.a}`);
    const before = madeEdges.get(edge);
    if (before && before.selected === selected && before.change === change) return before.edge;
    const made = toFlowEdge(edge, selected, change);
    const was = shown?.get(edge.id);
    const flowEdge = was && sameForReactFlow(was, made) ? was : made;
    madeEdges.set(edge, { selected, change, edge: flowEdge });
    return flowEdge;
  });
  const previous = lastFlowEdges.get(canvas);
  if (previous && next.length === previous.length && next.every((edge, i) => edge === previous[i])) return previous;
  lastFlowEdges.set(canvas, next);
  lastById.set(canvas, new Map(next.map((edge) => [edge.id, edge])));
  return next;
}
