/**
 * Where the zone view draws its boxes and edges: dagre over the zones (one
 * node each) and the zone pairs (one edge per pair and direction), with each
 * label given its size so dagre leaves room for it and places it. Pure, so
 * the same layout is tested in Node.
 */
import dagre from '@dagrejs/dagre';
import type { ZonePair, ZoneRef } from './pairs';

export interface Point {
  x: number;
  y: number;
}
export interface ZoneBox extends Point {
  zone: ZoneRef;
  width: number;
  height: number;
}
export interface ZoneEdge {
  pair: ZonePair;
  points: Point[];
  /** Label centre and size. */
  label: Point & { width: number; height: number };
}
export interface ZoneLayout {
  boxes: ZoneBox[];
  edges: ZoneEdge[];
  width: number;
  height: number;
}

export interface ZoneLayoutOptions {
  /** Label size for a pair's label lines. */
  labelSize(pair: ZonePair): { width: number; height: number };
  boxSize(zone: ZoneRef): { width: number; height: number };
  direction?: 'LR' | 'TB';
}

const MARGIN = 16;
const OUTSIDE = new Set<ZoneRef['kind']>(['internet', 'partner', 'cloud']);

export function layoutZones(zones: readonly ZoneRef[], pairs: readonly ZonePair[], options: ZoneLayoutOptions): ZoneLayout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({
    rankdir: options.direction ?? 'LR',
    nodesep: 28,
    ranksep: 44,
    edgesep: 16,
    marginx: MARGIN,
    marginy: MARGIN,
    ranker: 'network-simplex',
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const zone of zones) graph.setNode(nodeId(zone.id), { ...options.boxSize(zone) });
  const crossing = pairs.filter((p) => p.from !== p.to);
  for (const pair of crossing) {
    const size = options.labelSize(pair);
    graph.setEdge(nodeId(pair.from), nodeId(pair.to), { width: size.width, height: size.height, labelpos: 'c', minlen: 1 }, pair.key);
  }
  // Untrusted zones come first: invisible edges put the outside zones (Internet, partners, cloud) before
  // the DMZ and the DMZ before the rest; the real edges order everything else.
  const tiers = [
    zones.filter((z) => OUTSIDE.has(z.kind)),
    zones.filter((z) => z.kind === 'dmz'),
    zones.filter((z) => !OUTSIDE.has(z.kind) && z.kind !== 'dmz'),
  ].filter((t) => t.length > 0);
  for (let t = 0; t + 1 < tiers.length; t++) {
    for (const a of tiers[t]!)
      for (const b of tiers[t + 1]!)
        graph.setEdge(nodeId(a.id), nodeId(b.id), { width: 0, height: 0, minlen: 1, weight: 0 }, `order:${a.id}>${b.id}`);
  }
  dagre.layout(graph);
  const boxes = zones.map((zone) => {
    const node = graph.node(nodeId(zone.id));
    return { zone, x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width, height: node.height };
  });
  const edges = crossing.map((pair) => {
    const edge = graph.edge(nodeId(pair.from), nodeId(pair.to), pair.key) as {
      points: Point[];
      x: number;
      y: number;
      width: number;
      height: number;
    };
    return {
      pair,
      points: edge.points.map((p) => ({ x: p.x, y: p.y })),
      label: { x: edge.x, y: edge.y, width: edge.width, height: edge.height },
    };
  });
  const { width = 0, height = 0 } = graph.graph();
  return { boxes, edges, width, height };
}

// Dagre keys nodes by string; the Unzoned pseudo-zone's id is the empty string.
const nodeId = (zoneId: string) => `z:${zoneId}`;
