/**
 * Auto-layout with dagre, respecting zones: each zone is a dagre cluster, so
 * its components are laid out together and the zone is sized to hold them.
 * The `tight-tree` ranker keeps 1000 components well under a second (the
 * default network-simplex ranker takes about 18 s there).
 */
import dagre from '@dagrejs/dagre';
import type { Design } from './design/schema';

export interface Size {
  width: number;
  height: number;
}

export interface LayoutResult {
  /** Component positions: relative to the zone's top-left when in a zone, else absolute. */
  components: Map<string, { x: number; y: number }>;
  zones: Map<string, { position: { x: number; y: number }; size: Size }>;
}

export const DEFAULT_NODE_SIZE: Size = { width: 220, height: 96 };
const ZONE_PADDING = 40;
const ZONE_HEADER = 36;

export function layoutDesign(
  design: Design,
  edges: readonly { from: string; to: string }[],
  sizes: ReadonlyMap<string, Size> = new Map(),
  ranker: 'tight-tree' | 'longest-path' = 'tight-tree',
): LayoutResult {
  const graph = new dagre.graphlib.Graph({ compound: true, multigraph: false });
  // Separations leave room for the padding and title each zone adds around its cluster.
  graph.setGraph({ rankdir: 'LR', ranker, nodesep: 2 * ZONE_PADDING + ZONE_HEADER, ranksep: 2 * ZONE_PADDING + 70, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  const zoneIds = new Set(design.zones.map((z) => z.id));
  for (const zone of design.zones) graph.setNode(zone.id, {});
  for (const component of design.components) {
    const size = sizes.get(component.id) ?? DEFAULT_NODE_SIZE;
    graph.setNode(component.id, { width: size.width, height: size.height });
    if (component.zone && zoneIds.has(component.zone)) graph.setParent(component.id, component.zone);
  }
  const present = new Set(design.components.map((c) => c.id));
  for (const { from, to } of edges) {
    if (from !== to && present.has(from) && present.has(to)) graph.setEdge(from, to);
  }
  dagre.layout(graph);

  const zones: LayoutResult['zones'] = new Map();
  for (const zone of design.zones) {
    const box = graph.node(zone.id);
    const members = design.components.filter((c) => c.zone === zone.id);
    if (!box || members.length === 0 || !Number.isFinite(box.width)) continue;
    // dagre's cluster box is tight around its members; pad it and leave room for the zone title.
    const left = box.x - box.width / 2 - ZONE_PADDING;
    const top = box.y - box.height / 2 - ZONE_PADDING - ZONE_HEADER;
    zones.set(zone.id, { position: { x: left, y: top }, size: { width: box.width + 2 * ZONE_PADDING, height: box.height + 2 * ZONE_PADDING + ZONE_HEADER } });
  }
  const components: LayoutResult['components'] = new Map();
  for (const component of design.components) {
    const box = graph.node(component.id);
    const size = sizes.get(component.id) ?? DEFAULT_NODE_SIZE;
    const absolute = { x: box.x - size.width / 2, y: box.y - size.height / 2 };
    const zone = component.zone ? zones.get(component.zone) : undefined;
    components.set(component.id, zone ? { x: absolute.x - zone.position.x, y: absolute.y - zone.position.y } : absolute);
  }
  // Empty zones keep their place, or go in a row below everything else.
  let nextEmptyX = 0;
  const bottom = Math.max(0, ...[...zones.values()].map((z) => z.position.y + z.size.height), ...[...components.values()].map((p) => p.y + DEFAULT_NODE_SIZE.height));
  for (const zone of design.zones) {
    if (zones.has(zone.id)) continue;
    const size = zone.size ?? { width: 320, height: 200 };
    zones.set(zone.id, { position: zone.position ?? { x: nextEmptyX, y: bottom + 60 }, size });
    nextEmptyX += size.width + 40;
  }
  return { components, zones };
}

/** The design with a layout applied. */
export function applyLayout(design: Design, layout: LayoutResult): Design {
  return {
    ...design,
    zones: design.zones.map((z) => {
      const placed = layout.zones.get(z.id);
      return placed ? { ...z, position: placed.position, size: placed.size } : z;
    }),
    components: design.components.map((c) => {
      const position = layout.components.get(c.id);
      return position ? { ...c, position } : c;
    }),
  };
}

/** The zone whose box contains an absolute canvas point; the smallest when zones overlap. */
export function zoneAt(design: Design, point: { x: number; y: number }): string | undefined {
  let best: { id: string; area: number } | undefined;
  for (const zone of design.zones) {
    if (!zone.position || !zone.size) continue;
    const { x, y } = zone.position;
    const { width, height } = zone.size;
    if (point.x >= x && point.x <= x + width && point.y >= y && point.y <= y + height) {
      const area = width * height;
      if (!best || area < best.area) best = { id: zone.id, area };
    }
  }
  return best?.id;
}

/** A component's absolute canvas position (zone offset added). */
export function absolutePosition(design: Design, componentId: string): { x: number; y: number } | undefined {
  const component = design.components.find((c) => c.id === componentId);
  if (!component?.position) return undefined;
  const zone = component.zone ? design.zones.find((z) => z.id === component.zone) : undefined;
  return zone?.position ? { x: component.position.x + zone.position.x, y: component.position.y + zone.position.y } : component.position;
}
