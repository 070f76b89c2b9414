/**
 * One edge per component pair and direction, arrow at the listener, labelled
 * with what it carries. Style says what kind of flow it is (see Legend):
 * conditional flows dashed, zone-crossing flows bold, host-local flows grey
 * and dotted, flows switched off faint.
 */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useDesignStore } from '../../store/design-store';
import { derivedOf } from '../../store/derived';
import { useSessionStore } from '../../store/session-store';

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

export const FlowEdge = memo(function FlowEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected, data, markerEnd }: EdgeProps<FlowEdgeType>) {
  const pair = useDesignStore((s) => derivedOf(s.design).pairById.get(id));
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  if (!pair) return null;
  // Two-way pairs: push each label to its own side so both stay readable.
  const shift = data?.twoWay ? (sourceX < targetX ? -14 : 14) : 0;
  const classes = edgeClasses(pair);
  return (
    <>
      <BaseEdge id={id} path={path} className={`${classes}${selected ? ' selected' : ''}`} markerEnd={markerEnd} interactionWidth={16} />
      <EdgeLabelRenderer>
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
      </EdgeLabelRenderer>
    </>
  );
});
