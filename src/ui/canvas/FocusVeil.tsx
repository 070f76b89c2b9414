/**
 * The veil that dims a focus's surroundings (focus.ts): a translucent sheet
 * over the whole diagram, in a composited layer of its own, with holes where
 * the focused component, its neighbours and their labels are, and the
 * focus's edges drawn again above it.
 *
 * Why a veil rather than fading each item: in software raster, whatever
 * changes how an item is drawn repaints the tiles it lies on, and a tile of
 * a large estate (dashed curves, text) costs 4–7 ms. Fading every item not
 * kept repainted every tile on screen, about 55 ms at 1000 components per
 * selection; raising the kept items above a veil still repainted every tile
 * their edges' bounds touch. Here nothing under the veil changes: moving the
 * focus redraws the veil alone (a rectangle with holes and a few curves),
 * and the compositor blends it over the diagram as it was.
 *
 * The selection's ring follows a click at once (`ringAt`: the selection
 * now); the holes and the edges drawn again follow the focus, which is a
 * frame behind it (deferred.ts, usePaintedSelection): the click's own frame
 * redraws the ring alone, a few small areas of the veil.
 *
 * React Flow's own stacking is switched off (`zIndexMode="manual"` in
 * Canvas.tsx), which would otherwise raise the selected component and every
 * edge touching a component in a zone above the rest, and repaint them.
 */
import { useStore, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { shallow } from 'zustand/shallow';
import { useShallow } from 'zustand/react/shallow';
import type { Rect } from '../../model/diagram';
import { useDesignStore } from '../../store/design-store';
import { derivedOf } from '../../store/derived';
import { nodeRect, useDiagramState } from './diagram-state';
import { EdgeLabelPortal } from './edge-labels';
import { edgeClasses, useEdgeShape, type FlowEdgeType } from './FlowEdge';
import type { Focus } from './focus';
import type { ViewNode } from './view-nodes';

/** Far past any design, so the sheet covers the pane at every pan and zoom without following the view. */
const FAR = 500_000;
const CLIP_ID = 'portolan-focus-holes';

const rectPath = ({ x, y, width, height }: Rect) => `M${x} ${y}h${width}v${height}h${-width}Z`;

export const FocusVeil = memo(function FocusVeil({
  focus,
  edges,
  ringAt,
}: {
  focus: Focus;
  edges: readonly FlowEdgeType[];
  ringAt: string | undefined;
}) {
  // The focus's components as React Flow has them: a new object only when one moves or is measured.
  const nodes = useStore(
    useCallback((s: ReactFlowState) => focus.nodes.map((id) => s.nodeLookup.get(id) as InternalNode<ViewNode> | undefined), [focus.nodes]),
    shallow,
  );
  const labels = useDiagramState(useShallow((s) => focus.edges.map((id) => s.labels.get(id))));
  const holes: Rect[] = [
    ...nodes.flatMap((node) => (node ? [nodeRect(node)] : [])),
    ...labels.flatMap((label) => (label ? [label.rect] : [])),
  ];
  const ringNode = useStore(
    useCallback((s: ReactFlowState) => (ringAt ? (s.nodeLookup.get(ringAt) as InternalNode<ViewNode> | undefined) : undefined), [ringAt]),
  );
  const ring = ringNode && ringNode.type === 'component' ? nodeRect(ringNode) : undefined;
  const sheet: Rect = { x: -FAR, y: -FAR, width: 2 * FAR, height: 2 * FAR };
  const outline = [sheet, ...holes].map(rectPath).join('');
  return (
    <EdgeLabelPortal>
      <svg className="focus-veil" aria-hidden="true" data-testid="focus-veil" data-focus={focus.selected}>
        <path className="focus-veil-sheet" fillRule="evenodd" d={outline} />
        {/* Clipped to the sheet, so that a label lies above its edge, as on the canvas. */}
        <defs>
          <clipPath id={CLIP_ID}>
            <path clipRule="evenodd" d={outline} />
          </clipPath>
        </defs>
        <g clipPath={`url(#${CLIP_ID})`}>
          {edges.map((edge) => (
            <FocusEdge key={edge.id} edge={edge} />
          ))}
        </g>
        {ring && <rect className="focus-ring" x={ring.x - 2} y={ring.y - 2} width={ring.width + 4} height={ring.height + 4} rx={9} />}
      </svg>
    </EdgeLabelPortal>
  );
});

/** An edge of the focus, drawn again above the veil as the canvas draws it (FlowEdge.tsx). */
const FocusEdge = memo(function FocusEdge({ edge }: { edge: FlowEdgeType }) {
  const pair = useDesignStore((s) => derivedOf(s.design).edgeById.get(edge.id));
  const { shape } = useEdgeShape(edge.id, edge.source, edge.target);
  if (!pair || !shape) return null;
  const marker = (id: string | undefined) => (typeof id === 'string' ? `url('#${id}')` : undefined);
  return (
    <g className={`focus-edge${edge.className ? ` ${edge.className}` : ''}`} data-edge-copy={edge.id}>
      <path
        d={shape.path}
        className={`react-flow__edge-path ${edgeClasses(pair)}${edge.selected ? ' selected' : ''}`}
        markerStart={marker(edge.markerStart as string | undefined)}
        markerEnd={marker(edge.markerEnd as string | undefined)}
      />
    </g>
  );
});
