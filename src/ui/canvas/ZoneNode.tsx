/** A zone: a named area; components dropped into it belong to it and move with it. */
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';
import type { ZoneNodeType } from './view-nodes';

export const ZoneNode = memo(function ZoneNode({ id, data: { zone } }: NodeProps<ZoneNodeType>) {
  const selected = useSessionStore((s) => s.selectedNodes.includes(id));
  return (
    <div className={`zone-node zone-${zone.kind}${selected ? ' selected' : ''}`} data-testid={`zone-${zone.id}`}>
      <NodeResizer
        isVisible={selected}
        minWidth={200}
        minHeight={120}
        onResizeEnd={(_, box) =>
          useDesignStore.getState().updateZone(id, { position: { x: box.x, y: box.y }, size: { width: box.width, height: box.height } })
        }
      />
      <div className="zone-title">
        <span className="zone-name">{zone.name}</span>
        <span className="zone-kind">{zone.kind}</span>
        {zone.cidr && <span className="zone-cidr mono">{zone.cidr}</span>}
      </div>
    </div>
  );
});
