/**
 * One edge per component pair, drawn between the sides that face each other
 * (or along the route the auto-layout chose, until a component moves), with
 * an arrowhead at each listening end. The label goes where the label layout
 * put it (label-layout.ts, run off the drag path); a label that fits nowhere
 * is a small cue on the edge, and shows on hover or selection. Style says
 * what kind of flow it is (see Legend): conditional flows dashed,
 * zone-crossing flows bold, host-local flows grey and dotted, flows switched
 * off faint.
 */
import { BaseEdge, useStore, type Edge, type EdgeProps, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useMemo } from 'react';
import { edgeShape, pairLabelLines, centreOf } from '../../model/diagram';
import { useDesignStore } from '../../store/design-store';
import { derivedOf } from '../../store/derived';
import { useOpenCount } from '../../store/comments';
import { CommentBadge } from '../comments/CommentsButton';
import { liveRoute, nodeRect, useDiagramState } from './diagram-state';
import { EdgeLabelPortal } from './edge-labels';
import type { ViewNode } from './view-nodes';
import { shifted, useDragAtEnds } from './component-drag';
import { selectDrawnEdge } from './canvas-handlers';

export type FlowEdgeType = Edge<Record<string, never>, 'flow'>;

export function edgeClasses(pair: {
  conditional: boolean;
  crossesZones: boolean;
  local: boolean;
  allExcluded: boolean;
  internalOnly: boolean;
  hasUserFlow: boolean;
}): string {
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

/** An edge's two ends as React Flow has them, and whether either moves. */
interface Ends {
  a: InternalNode<ViewNode> | undefined;
  b: InternalNode<ViewNode> | undefined;
  moving: boolean;
}
/**
 * React Flow gives a node a new object whenever anything of it changes; an edge reads only where the
 * node is and how big (nodeRect). So an end that was hidden, or selected, is the same end: entering
 * the overview hides the components out of view while the edges drawn to them stay for a frame
 * (leave-detail.ts), and none of them is drawn again for it.
 */
export const sameEnd = (p: InternalNode<ViewNode> | undefined, q: InternalNode<ViewNode> | undefined) =>
  p === q ||
  (p !== undefined &&
    q !== undefined &&
    p.data === q.data &&
    p.internals.positionAbsolute.x === q.internals.positionAbsolute.x &&
    p.internals.positionAbsolute.y === q.internals.positionAbsolute.y &&
    p.measured.width === q.measured.width &&
    p.measured.height === q.measured.height &&
    p.initialWidth === q.initialWidth &&
    p.initialHeight === q.initialHeight &&
    p.width === q.width &&
    p.height === q.height);
const sameEnds = (x: Ends, y: Ends) => sameEnd(x.a, y.a) && sameEnd(x.b, y.b) && x.moving === y.moving;

/**
 * Where an edge runs, from its two ends as React Flow has them and the layout's route; and whether
 * either end moves. Shared by the edge and its copy above a focus's veil (FocusVeil.tsx).
 */
export function useEdgeShape(id: string, source: string, target: string) {
  // One subscription for both ends and the drag (each mounted edge's selectors run on every store
  // change, every drag frame): React Flow keeps an end's object while it does not change.
  const { a, b, moving } = useStore(
    useCallback(
      (s: ReactFlowState): Ends => ({
        // As React Flow's useInternalNode reads them (its nodes are the canvas's ViewNodes).
        a: s.nodeLookup.get(source) as InternalNode<ViewNode> | undefined,
        b: s.nodeLookup.get(target) as InternalNode<ViewNode> | undefined,
        moving: moves(s, source) || moves(s, target),
      }),
      [source, target],
    ),
    sameEnds,
  );
  // An end dragged outside React Flow (component-drag.ts): only the dragged component's edges see each move.
  const drag = useDragAtEnds(source, target);
  const route = useDiagramState((s) => s.routes.get(id));
  const detour = useDiagramState((s) => s.detours.get(id));
  const shape = useMemo(() => {
    if (!a || !b) return undefined;
    const ra = shifted(nodeRect(a), source, drag);
    const rb = shifted(nodeRect(b), target, drag);
    const live = liveRoute(route, ra, rb) ?? liveRoute(detour, ra, rb);
    // Not spread: that would read `candidates`, which only a label drawn at the edge's middle needs.
    return Object.assign(edgeShape(ra, rb, live?.points, live?.labelAt), { ra, rb });
  }, [a, b, route, detour, drag, source, target]);
  return { shape, moving: moving || drag !== undefined };
}

export const FlowEdge = memo(function FlowEdge({ id, source, target, selected, markerStart, markerEnd }: EdgeProps<FlowEdgeType>) {
  const edge = useDesignStore((s) => derivedOf(s.design).edgeById.get(id));
  // A moving edge gets its own compositing layer (canvas.css), so a drag repaints it alone.
  const { shape, moving } = useEdgeShape(id, source, target);
  const label = useDiagramState((s) => s.labels.get(id));
  const hidden = useDiagramState((s) => s.hidden.has(id));
  const hovered = useDiagramState((s) => s.hovered === id);
  const comments = useOpenCount('edge', id);
  if (!edge || !shape) return null;
  const classes = edgeClasses(edge);
  const state = `${selected ? ' selected' : ''}${moving ? ' moving' : ''}`;
  const full = pairLabelLines(edge, (p) => p.fullLabel, centreOf(shape.ra), centreOf(shape.rb));
  const title = full.join('\n');
  const select = () => selectDrawnEdge(id);
  // Selected or hovered, the label shows in full at its place (or the edge's middle), above the rest.
  const open = selected || hovered;
  const at = label && !moving ? label.rect : undefined;
  let content;
  if (open && !moving) {
    const centre = at ? { x: at.x + at.width / 2, y: at.y + at.height / 2 } : shape.candidates[0]!;
    content = (
      <button
        type="button"
        className={`edge-label open ${classes}${state}`}
        style={{ transform: `translate(${centre.x}px, ${centre.y}px) translate(-50%, -50%)` }}
        onClick={select}
        data-edge={id}
        data-testid={`edge-${id}`}
        aria-label={`Flows ${title}`}
      >
        {full.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </button>
    );
  } else if (at) {
    content = (
      <button
        type="button"
        className={`edge-label ${classes}${state}`}
        style={{ transform: `translate(${at.x}px, ${at.y}px)`, width: at.width, height: at.height }}
        onClick={select}
        title={title}
        data-edge={id}
        data-testid={`edge-${id}`}
        aria-label={`Flows ${title}`}
      >
        {label!.lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </button>
    );
  } else if (hidden && !moving) {
    const centre = shape.candidates[0]!;
    content = (
      <button
        type="button"
        className={`edge-label-cue ${classes}`}
        style={{ transform: `translate(${centre.x}px, ${centre.y}px) translate(-50%, -50%)` }}
        onClick={select}
        title={title}
        data-edge={id}
        data-testid={`edge-${id}`}
        aria-label={`Flows ${title} (label hidden for room: hover or select)`}
      >
        ⋯
      </button>
    );
  }
  return (
    <>
      {/* The edge's accessible description: its ports (React Flow's aria-label names only its two ends). */}
      <desc>{title}</desc>
      <BaseEdge
        id={id}
        path={shape.path}
        className={`${classes}${state}`}
        markerStart={markerStart}
        markerEnd={markerEnd}
        interactionWidth={16}
      />
      {content && (
        <EdgeLabelPortal>
          {content}
          {comments > 0 && !moving && (
            <CommentBadge count={comments} what="this edge" at={at && !open ? { x: at.x + at.width, y: at.y } : shape.candidates[0]!} />
          )}
        </EdgeLabelPortal>
      )}
    </>
  );
});
