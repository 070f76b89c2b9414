/**
 * The canvas: zones and components from the design, edges derived from the
 * catalogue. React Flow holds the view nodes (with their measured sizes and
 * drag positions); the design changes only when a drag ends, a node is
 * dropped, connected or deleted, so a drag is one undo step. Zoomed out past
 * readable text (the overview), nodes are drawn without details and edges on
 * one canvas, which keeps thousands of them cheap to draw and to drag.
 */
import { useEdgeChanges } from '../matrix/edge-changes';
import {
  Background,
  Controls,
  ReactFlow,
  MarkerType,
  getViewportForBounds,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type Edge,
  type NodeChange,
  type NodePositionChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { COLOURS, edgeStyle } from '../../model/theme';
import { useDesignStore } from '../../store/design-store';
import { useDerived } from '../../store/derived';
import { useSessionStore } from '../../store/session-store';
import { commitMoves, deleteSelection, placeComponent } from '../commands';
import { ComponentNode } from './ComponentNode';
import { FlowEdge, type FlowEdgeType } from './FlowEdge';
import { EdgeLabelLayer, findEdgeLabelLayer } from './edge-labels';
import { Legend } from './Legend';
import { MiniMap } from './MiniMap';
import { Overview } from './overview';
import { designBounds, viewNodes, type ViewNode } from './view-nodes';
import { ZoneNode } from './ZoneNode';
import './canvas.css';

export const PALETTE_MIME = 'application/x-portolan-component';

const nodeTypes = { component: ComponentNode, zone: ZoneNode };
// The overview's zone-to-zone arrows, loaded when a large estate is first zoomed out.
const OverviewZoneEdges = lazy(() => import('../zoneview/OverviewZoneEdges').then((m) => ({ default: m.OverviewZoneEdges })));

const edgeTypes = { flow: FlowEdge };

/** Keeps React Flow's own state (measured size, selection, drag) for nodes whose source is unchanged. */
function mergeNodes(next: ViewNode[], previous: readonly ViewNode[], selected: ReadonlySet<string>): ViewNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  let same = next.length === previous.length;
  const merged = next.map((node, i) => {
    const old = byId.get(node.id);
    const isSelected = selected.has(node.id);
    if (old && old.data === node.data && old.position === node.position && old.parentId === node.parentId && !!old.selected === isSelected) {
      if (previous[i] !== old) same = false;
      return old;
    }
    same = false;
    return { ...node, ...(old?.measured && { measured: old.measured }), selected: isSelected } as ViewNode;
  });
  return same ? (previous as ViewNode[]) : merged;
}

/**
 * Below this zoom no text on the canvas is readable (12 px type is under 5 px):
 * nodes are drawn without their details and edges on one canvas (OverviewEdges).
 */
export const OVERVIEW_ZOOM = 0.4;
/** Small designs keep every detail at any zoom: the overview is a cost saving for large estates only. */
export const OVERVIEW_MIN_COMPONENTS = 150;
const isLarge = () => useDesignStore.getState().design.components.length > OVERVIEW_MIN_COMPONENTS;
const NO_EDGES: Edge[] = [];
const FIT_PADDING = 0.08;
const FIT_MAX_ZOOM = 1.2;

export function Canvas() {
  const design = useDesignStore((s) => s.design);
  const { pairs } = useDerived();
  const selectedNodes = useSessionStore((s) => s.selectedNodes);
  const selectedEdge = useSessionStore((s) => s.selectedEdge);
  const renderAll = useSessionStore((s) => s.renderAll);
  const zoomedOut = useStore((s) => s.transform[2] < OVERVIEW_ZOOM);
  const large = useDesignStore((s) => s.design.components.length > OVERVIEW_MIN_COMPONENTS);
  // A picture is taken of the full drawing, never of the overview.
  const overview = zoomedOut && large && !renderAll;
  const { screenToFlowPosition, fitView, setNodes, setViewport, getNode } = useReactFlow<ViewNode, Edge>();
  const store = useStoreApi<ViewNode, Edge>();
  const fitRequest = useSessionStore((s) => s.fitRequest);
  // Fit after a design is loaded, once React Flow has measured its nodes.
  useEffect(() => {
    if (fitRequest === 0) return;
    const timer = setTimeout(() => void fitView({ padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM }), 60);
    return () => clearTimeout(timer);
  }, [fitRequest, fitView]);

  // React Flow owns the view nodes (uncontrolled), so a drag frame never round-trips through React
  // state here; they follow the design and the selection, synced before paint whenever either changes.
  // A loaded design opens already (nearly) fitted, from its own coordinates, so nothing is drawn
  // first at the old viewport; the fit above then corrects for measured sizes.
  const [initialNodes] = useState(() => mergeNodes(viewNodes(design), [], new Set(selectedNodes)));
  const synced = useRef({ design, selectedNodes, fitRequest });
  useLayoutEffect(() => {
    const last = synced.current;
    if (last.design === design && last.selectedNodes === selectedNodes && last.fitRequest === fitRequest) return;
    synced.current = { design, selectedNodes, fitRequest };
    if (last.fitRequest !== fitRequest) {
      const { width, height, minZoom } = store.getState();
      const bounds = designBounds(design);
      if (bounds && width > 0 && height > 0) void setViewport(getViewportForBounds(bounds, width, height, minZoom, FIT_MAX_ZOOM, FIT_PADDING));
    }
    const selected = new Set(selectedNodes);
    setNodes((current) => mergeNodes(viewNodes(design), current, selected));
  }, [design, selectedNodes, fitRequest, setNodes, setViewport, store]);

  // Zooming out into the overview: React Flow's edges go at once, in the same store update as the
  // zoom, so it never mounts every edge in view for one frame before the overview takes over.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const crossed = state.transform[2] < OVERVIEW_ZOOM && previous.transform[2] >= OVERVIEW_ZOOM;
        if (crossed && isLarge() && state.edges.length > 0 && !useSessionStore.getState().renderAll) state.setEdges([]);
      }),
    [store],
  );

  const edgeChanges = useEdgeChanges();
  const edges = useMemo<FlowEdgeType[]>(() => {
    const reverse = new Set(pairs.map((p) => p.id));
    return pairs.map((pair) => ({
      id: pair.id,
      source: pair.from,
      target: pair.to,
      type: 'flow',
      selected: pair.id === selectedEdge,
      data: { twoWay: reverse.has(`${pair.to}>${pair.from}`) },
      // React Flow draws markers inside the diagram's own SVG, so pictures keep their arrows.
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: pair.id === selectedEdge ? COLOURS.accent : edgeStyle(pair).stroke },
      ariaLabel: `Flows from ${pair.from} to ${pair.to}: ${pair.label}`,
      ...(edgeChanges?.has(pair.id) && { className: `diff-${edgeChanges.get(pair.id)}` }),
    }));
  }, [pairs, selectedEdge, edgeChanges]);

  // React Flow applies every change itself; a finished drag becomes one design change.
  const onNodesChange = useCallback(
    (changes: NodeChange<ViewNode>[]) => {
      const finished = changes.filter((c): c is NodePositionChange => c.type === 'position' && c.dragging === false);
      if (finished.length === 0) return;
      const moves = new Map<string, { position: { x: number; y: number }; size: { width: number; height: number } }>();
      const zoneMoves: [string, { x: number; y: number }][] = [];
      for (const change of finished) {
        const node = getNode(change.id);
        if (!node) continue;
        const position = change.position ?? node.position;
        if (node.type === 'zone') zoneMoves.push([node.id, position]);
        else moves.set(node.id, { position, size: { width: node.measured?.width ?? 220, height: node.measured?.height ?? 96 } });
      }
      // Commit after React Flow's own update, as one design change.
      queueMicrotask(() => {
        const store = useDesignStore.getState();
        for (const [id, position] of zoneMoves) store.updateZone(id, { position });
        commitMoves(moves);
      });
    },
    [getNode],
  );

  const onSelectionChange = useCallback(({ nodes: n, edges: e }: OnSelectionChangeParams) => {
    const session = useSessionStore.getState();
    const ids = n.map((node) => node.id);
    if (e.length > 0 && ids.length === 0) {
      if (session.selectedEdge !== e[0]!.id) session.selectEdge(e[0]!.id);
    } else if (ids.join() !== session.selectedNodes.join()) {
      if (ids.length > 0 || e.length === 0) session.selectNodes(ids);
    }
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    if (connection.source === connection.target) return;
    const from = connection.source;
    const to = connection.target;
    const isComponent = (id: string) => useDesignStore.getState().design.components.some((c) => c.id === id);
    if (isComponent(from) && isComponent(to)) useSessionStore.getState().openDialog({ kind: 'connect', from, to });
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(PALETTE_MIME)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  // React Flow's edge label layer, found once when the canvas mounts (see edge-labels.tsx).
  const [labelLayer, setLabelLayer] = useState<HTMLElement | null>(null);
  const canvasRef = useCallback((element: HTMLDivElement | null) => setLabelLayer(findEdgeLabelLayer(element)), []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_MIME);
      if (!type) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      placeComponent(type, { x: point.x - 110, y: point.y - 40 });
    },
    [screenToFlowPosition],
  );

  return (
    <div className={`canvas${overview ? ' overview' : ''}`} onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas" ref={canvasRef}>
      <EdgeLabelLayer.Provider value={labelLayer}>
        <Overview.Provider value={overview}>
          <ReactFlow<ViewNode, Edge>
            defaultNodes={initialNodes}
            edges={overview ? NO_EDGES : (edges as Edge[])}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onSelectionChange={onSelectionChange}
            onConnect={onConnect}
            onBeforeDelete={async () => {
              deleteSelection();
              return false;
            }}
            onPaneClick={() => useSessionStore.getState().clearSelection()}
            deleteKeyCode={['Delete', 'Backspace']}
            multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
            onlyRenderVisibleElements={!renderAll}
            minZoom={0.05}
            maxZoom={2.5}
            defaultViewport={{ x: 40, y: 40, zoom: 1 }}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={24} />
            <Controls showInteractive={false} />
            <MiniMap />
            {overview && (
              <Suspense fallback={null}>
                <OverviewZoneEdges pairs={pairs} selectedEdge={selectedEdge} />
              </Suspense>
            )}
            <Legend />
          </ReactFlow>
        </Overview.Provider>
      </EdgeLabelLayer.Provider>
    </div>
  );
}
