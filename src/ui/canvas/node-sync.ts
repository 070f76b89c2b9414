/**
 * Whether React Flow's nodes already say what the design and the selection
 * say, so the canvas need not build every view node again to find that out
 * (view-nodes.ts: viewNodes and mergeNodes walk all 1000 components of a
 * large estate, about 5 to 10 ms inside the event of every option change,
 * rename and selection).
 *
 * Asked only when React Flow's nodes were in step with `before`: an edit
 * that changed no zone and, in each component, nothing a node is built from
 * (its id, type, zone, position, or its estimated height) hands React Flow
 * nothing new, which is what mergeNodes would have found too.
 */
import type { ComponentInstance, Design } from '../../model/design/schema';
import { designCatalogue } from '../../store/design-store';
import { estimatedHeight } from './ComponentNode';
import type { ViewNode } from './view-nodes';

export function nodesUnaffected(before: Design, after: Design): boolean {
  if (before === after) return true;
  if (before.zones !== after.zones) return false;
  const a = before.components;
  const b = after.components;
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameNode(a[i]!, b[i]!)) return false;
  return true;
}

function sameNode(a: ComponentInstance, b: ComponentInstance): boolean {
  if (a.id !== b.id || a.type !== b.type || a.zone !== b.zone || a.position !== b.position) return false;
  const known = designCatalogue().components.has(b.type);
  return estimatedHeight(a, known) === estimatedHeight(b, known);
}

/** Whether each of React Flow's nodes is selected exactly when it is one of `selected` (canvas-handlers.ts dragTogether). */
export function selectionApplied(nodes: readonly ViewNode[], selected: ReadonlySet<string>): boolean {
  for (const node of nodes) if (!!node.selected !== selected.has(node.id)) return false;
  return true;
}
