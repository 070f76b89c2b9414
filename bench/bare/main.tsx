/**
 * The benchmark's baseline: React Flow as its documentation shows it, with
 * nothing of Portolan. Plain memoised nodes of the same size, zones as
 * parent group nodes, default edges, controlled state with
 * `useNodesState`/`useEdgesState`, every node mounted (React Flow's
 * default), `fitView` on load. The harness writes the same nodes and edges
 * as the Portolan design draws into localStorage (`bench.graph`), and the
 * canvas size Portolan's canvas has into the URL (`?w=880&h=560`), with
 * the view Portolan fitted the design to (`&x=..&y=..&zoom=..`, else
 * `fitView`), so every page opens on the same view and the same nodes are
 * dragged and the same region is seen at 100 %.
 *
 * `&cull=1` turns on `onlyRenderVisibleElements`, React Flow's own culling
 * (only nodes and edges in view are mounted), as Portolan culls: the second
 * baseline, so no ratio compares culled with unculled drawing only.
 */
import '@xyflow/react/dist/style.css';
import { Handle, Position, ReactFlow, useEdgesState, useNodesState, type Edge, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { createRoot } from 'react-dom/client';

export interface BareGraph {
  nodes: { id: string; parentId?: string; zone?: boolean; label: string; x: number; y: number; width?: number; height?: number }[];
  edges: { id: string; source: string; target: string }[];
}

type BoxNode = Node<{ label: string }, 'box'>;

const Box = memo(function Box({ data }: NodeProps<BoxNode>) {
  return (
    <div
      style={{
        width: 220,
        height: 96,
        boxSizing: 'border-box',
        padding: 8,
        background: '#fff',
        border: '1px solid #999',
        borderRadius: 8,
        fontSize: 12,
        overflow: 'hidden',
      }}
    >
      <Handle type="target" position={Position.Left} />
      {data.label}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

const nodeTypes = { box: Box };

const graph = JSON.parse(localStorage.getItem('bench.graph') ?? '{"nodes":[],"edges":[]}') as BareGraph;
const initialNodes: Node[] = graph.nodes.map((n) =>
  n.zone
    ? {
        id: n.id,
        type: 'group',
        position: { x: n.x, y: n.y },
        style: { width: n.width, height: n.height },
        data: { label: n.label },
        zIndex: -1,
      }
    : { id: n.id, type: 'box', position: { x: n.x, y: n.y }, data: { label: n.label }, ...(n.parentId && { parentId: n.parentId }) },
);
const initialEdges: Edge[] = graph.edges;

const params = new URLSearchParams(location.search);
const cull = params.get('cull') === '1';
const fitted = params.has('zoom')
  ? { x: Number(params.get('x') ?? 0), y: Number(params.get('y') ?? 0), zoom: Number(params.get('zoom')) }
  : undefined;

function Flow() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView={!fitted}
      {...(fitted && { defaultViewport: fitted })}
      onlyRenderVisibleElements={cull}
      minZoom={0.05}
      maxZoom={2.5}
    />
  );
}

const size = { width: Number(params.get('w') ?? 0) || '100vw', height: Number(params.get('h') ?? 0) || '100vh' };
createRoot(document.getElementById('root')!).render(
  <div data-testid="canvas" style={size}>
    <Flow />
  </div>,
);
