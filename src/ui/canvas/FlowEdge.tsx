/**
 * One edge per component pair and direction, arrow at the listener, labelled
 * with what it carries. Style says what kind of flow it is (see Legend):
 * conditional flows dashed, zone-crossing flows bold, host-local flows grey
 * and dotted, flows switched off faint.
 */
import { BaseEdge, getBezierPath, useStore, type Edge, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { useDesignStore } from '../../store/design-store';
import { derivedOf } from '../../store/derived';
import { useSessionStore } from '../../store/session-store';
import { EdgeLabelPortal } from './edge-labels';

export type FlowEdgeType = Edge<{ twoWay: boolean }, 'flow'>;

export function edgeClasses(pair: { conditional: boolean; crossesZones: boolean; local: boolean; allExcluded: boolean; internalOnly: boolean; hasUserFlow: boolean }): string {
  return [
    'flow-edge',
    pair.conditional && 'conditional',
    pair.crossesZones && 'crossing',
    pair.local && 'local',
    pair.allExcluded && 'excluded',
    pair.internalOnly && 'internal',
    pair.hasUserFlow && 'user',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The node is being dragged, or its zone is. */
function moves(state: ReactFlowState, id: string): boolean {
  const node = state.nodeLookup.get(id);
  return !!node && (!!node.dragging || (node.parentId !== undefined && !!state.nodeLookup.get(node.parentId)?.dragging));
}

export const FlowEdge = memo(function FlowEdge({ id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected, data, markerEnd }: EdgeProps<FlowEdgeType>) {
  const pair = useDesignStore((s) => derivedOf(s.design).pairById.get(id));
  // A moving edge gets its own compositing layer (canvas.css), so a drag repaints it alone.
  const moving = useStore((s) => moves(s, source) || moves(s, target));
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  if (!pair) return null;
  // Two-way pairs: push each label to its own side so both stay readable.
  const shift = data?.twoWay ? (sourceX < targetX ? -14 : 14) : 0;
  const classes = edgeClasses(pair);
  return (
    <>
      <BaseEdge id={id} path={path} className={`${classes}${selected ? ' selected' : ''}${moving ? ' moving' : ''}`} markerEnd={markerEnd} interactionWidth={16} />
      <EdgeLabelPortal>
        <button
          type="button"
          className={`edge-label ${classes}${selected ? ' selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY + shift}px)` }}
          onClick={() => useSessionStore.getState().selectEdge(id)}
          data-testid={`edge-${id}`}
          aria-label={`Flows ${pair.label}`}
        >
          {pair.label}
        </button>
      </EdgeLabelPortal>
    </>
  );
});
