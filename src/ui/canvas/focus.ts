/**
 * One component selected: the component, the components it has flows with,
 * and the edges between them stay as they are; everything else on the canvas
 * is dimmed (FocusVeil.tsx draws how).
 */
import type { DrawnEdge } from '../../store/derived';

export interface Focus {
  /** The selected component. */
  selected: string;
  /** It and its neighbours. */
  nodes: readonly string[];
  /** The edges that join it to them. */
  edges: readonly string[];
}

/** The focus of a selection: only when exactly one component (not a zone, not several) is selected. */
export function focusOf(
  selectedNodes: readonly string[],
  components: readonly { id: string }[],
  drawn: readonly DrawnEdge[],
): Focus | null {
  const [only] = selectedNodes;
  if (selectedNodes.length !== 1 || !only || !components.some((c) => c.id === only)) return null;
  const nodes = new Set([only]);
  const edges: string[] = [];
  for (const edge of drawn) {
    if (edge.a !== only && edge.b !== only) continue;
    nodes.add(edge.a === only ? edge.b : edge.a);
    edges.push(edge.id);
  }
  return { selected: only, nodes: [...nodes], edges };
}
