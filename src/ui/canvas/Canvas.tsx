/**
 * The canvas: zones and components from the design, edges derived from the
 * catalogue. React Flow holds the view nodes (with their measured sizes and
 * drag positions); the design changes only when a drag ends, a node is
 * dropped, connected or deleted, so a drag is one undo step.
 */
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  MarkerType,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type Edge,
  type NodeChange,
  type NodePositionChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import type { Design } from '../../model/design/schema';
import { useDesignStore } from '../../store/design-store';
import { useDerived } from '../../store/derived';
import { useSessionStore } from '../../store/session-store';
import { commitMoves, deleteSelection, placeComponent } from '../commands';
import { ComponentNode } from './ComponentNode';
import { FlowEdge, type FlowEdgeType } from './FlowEdge';
import { Legend } from './Legend';
import { viewNodes, type ViewNode } from './view-nodes';
import { ZoneNode } from './ZoneNode';

export const PALETTE_MIME = 'application/x-portolan-component';

const nodeTypes = { component: ComponentNode, zone: ZoneNode };

function markerColour(pair: { crossesZones: boolean; local: boolean; hasUserFlow: boolean }): string {
  if (pair.local) return '#8a94a3';
  if (pair.crossesZones) return '#1f5fbf';
  return pair.hasUserFlow ? '#7a3fb5' : '#4b5563';
}
const edgeTypes = { flow: FlowEdge };

/** Keeps React Flow's own state (measured size, selection, drag) for nodes whose source is unchanged. */
function mergeNodes(next: ViewNode[], previous: ViewNode[], selected: ReadonlySet<string>): ViewNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return next.map((node) => {
    const old = byId.get(node.id);
    const isSelected = selected.has(node.id);
    if (old && old.data === node.data && old.position === node.position && old.parentId === node.parentId && !!old.selected === isSelected) return old;
    return { ...node, ...(old?.measured && { measured: old.measured }), selected: isSelected } as ViewNode;
  });
}

export function Canvas() {
  const design = useDesignStore((s) => s.design);
  const { pairs } = useDerived();
  const selectedNodes = useSessionStore((s) => s.selectedNodes);
  const selectedEdge = useSessionStore((s) => s.selectedEdge);
  const renderAll = useSessionStore((s) => s.renderAll);
  const { screenToFlowPosition, fitView } = useReactFlow();
  const fitRequest = useSessionStore((s) => s.fitRequest);
  // Fit after a design is loaded, once React Flow has measured its nodes.
  useEffect(() => {
    if (fitRequest === 0) return;
    const timer = setTimeout(() => void fitView({ padding: 0.08, maxZoom: 1.2 }), 60);
    return () => clearTimeout(timer);
  }, [fitRequest, fitView]);

  // View nodes follow the design; rebuilt during render when the design changes (no extra effect pass).
  const [view, setView] = useState<{ design: Design | undefined; selected: string[]; nodes: ViewNode[] }>({ design: undefined, selected: [], nodes: [] });
  let nodes = view.nodes;
  if (view.design !== design || view.selected !== selectedNodes) {
    nodes = mergeNodes(viewNodes(design), view.nodes, new Set(selectedNodes));
    setView({ design, selected: selectedNodes, nodes });
  }

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
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: pair.id === selectedEdge ? '#1f5fbf' : markerColour(pair) },
      ariaLabel: `Flows from ${pair.from} to ${pair.to}: ${pair.label}`,
    }));
  }, [pairs, selectedEdge]);

  const onNodesChange = useCallback((changes: NodeChange<ViewNode>[]) => {
    setView((current) => {
      const nodesNow = applyNodeChanges(changes, current.nodes);
      const finished = changes.filter((c): c is NodePositionChange => c.type === 'position' && c.dragging === false);
      if (finished.length > 0) {
        const byId = new Map(nodesNow.map((n) => [n.id, n]));
        const moves = new Map<string, { position: { x: number; y: number }; size: { width: number; height: number } }>();
        const zoneMoves: [string, { x: number; y: number }][] = [];
        for (const change of finished) {
          const node = byId.get(change.id);
          if (!node) continue;
          if (node.type === 'zone') zoneMoves.push([node.id, node.position]);
          else moves.set(node.id, { position: node.position, size: { width: node.measured?.width ?? 220, height: node.measured?.height ?? 96 } });
        }
        // Commit after React Flow's own update, as one design change.
        queueMicrotask(() => {
          const store = useDesignStore.getState();
          for (const [id, position] of zoneMoves) store.updateZone(id, { position });
          commitMoves(moves);
        });
      }
      return { ...current, nodes: nodesNow };
    });
  }, []);

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
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
      <ReactFlow<ViewNode, Edge>
        nodes={nodes}
        edges={edges as Edge[]}
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
        <MiniMap pannable zoomable nodeStrokeWidth={2} />
        <Legend />
      </ReactFlow>
    </div>
  );
}
