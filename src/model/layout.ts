/**
 * Auto-layout with dagre, respecting zones, in two levels. Each zone's
 * components are laid out on their own with dagre (edges inside the zone,
 * labels given their size so dagre leaves room for them), left to right or
 * top to bottom, whichever keeps the zone more compact; dagre's routes and
 * label positions for those edges are returned, to be drawn until a
 * component moves. Then zones (and unzoned components) are packed as blocks
 * in columns ordered by trust in the direction traffic flows (Internet,
 * partner, DMZ, internal, data, management), the column height chosen so the
 * whole drawing suits a landscape screen. Zones therefore never overlap.
 * The `tight-tree` ranker keeps 1000 components well under a second.
 */
import dagre from '@dagrejs/dagre';
import type { Point } from './diagram/geometry';
import { unorderedPairId } from './diagram/pairs';
import type { Design, Zone } from './design/schema';
import type { LayoutResult, Size } from './placement';

export type { LayoutResult, Size } from './placement';

export type Ranker = 'tight-tree' | 'longest-path';

export const DEFAULT_NODE_SIZE: Size = { width: 220, height: 96 };
const ZONE_PADDING = 28;
const ZONE_HEADER = 34;
const EMPTY_ZONE: Size = { width: 320, height: 200 };
/** Between zone columns: room for the labels of the edges that cross. */
const COLUMN_GAP = 150;
const ROW_GAP = 56;
/** The shape the drawing aims for: the canvas at 1440×900 with the panels open, less the overlay row. */
const TARGET_ASPECT = 1.65;

export interface LayoutEdge {
  from: string;
  to: string;
  /** The label's size, so the layout leaves room for it. */
  label?: Size;
}

interface Box {
  id: string;
  size: Size;
}

interface Placed {
  positions: Map<string, Point>;
  routes: Map<string, { points: Point[]; label?: Point }>;
  size: Size;
}

/**
 * Lays out boxes with dagre; top-left corners and routes, with the drawing starting at (0, 0).
 * dagre's graph keeps nodes in plain objects, so a user's id such as `__proto__` or `constructor` would
 * reach the prototype: the graph only ever sees our own names (`n0`, `n1`, ...).
 */
function placeBoxes(boxes: readonly Box[], edges: readonly LayoutEdge[], ranker: Ranker, rankdir: 'LR' | 'TB'): Placed {
  const graph = new dagre.graphlib.Graph({ multigraph: false });
  const wide = rankdir === 'LR';
  graph.setGraph({ rankdir, ranker, nodesep: wide ? 36 : 70, ranksep: wide ? 70 : 50, edgesep: 14, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  const nameOf = new Map(boxes.map((box, i) => [box.id, `n${i}`]));
  const idOf = new Map([...nameOf].map(([id, name]) => [name, id]));
  for (const box of boxes) graph.setNode(nameOf.get(box.id)!, { width: box.size.width, height: box.size.height });
  for (const { from, to, label } of edges) {
    const a = nameOf.get(from);
    const b = nameOf.get(to);
    if (a !== undefined && b !== undefined && a !== b)
      graph.setEdge(a, b, { width: label?.width ?? 0, height: label?.height ?? 0, labelpos: 'c' });
  }
  dagre.layout(graph);
  const positions = new Map<string, Point>();
  let minX = Infinity;
  let minY = Infinity;
  for (const box of boxes) {
    const node = graph.node(nameOf.get(box.id)!);
    const p = { x: node.x - box.size.width / 2, y: node.y - box.size.height / 2 };
    positions.set(box.id, p);
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
  }
  if (!Number.isFinite(minX)) return { positions, routes: new Map(), size: { width: 0, height: 0 } };
  const shift = (p: Point) => ({ x: p.x - minX, y: p.y - minY });
  let width = 0;
  let height = 0;
  for (const box of boxes) {
    const p = shift(positions.get(box.id)!);
    positions.set(box.id, p);
    width = Math.max(width, p.x + box.size.width);
    height = Math.max(height, p.y + box.size.height);
  }
  const routes = new Map<string, { points: Point[]; label?: Point }>();
  for (const e of graph.edges()) {
    const edge = graph.edge(e);
    if (!edge.points) continue;
    // Routes run from the lesser id to the greater, as the canvas draws the pair's edge.
    const points = edge.points.map(shift);
    const from = idOf.get(e.v)!;
    const to = idOf.get(e.w)!;
    if (from > to) points.reverse();
    routes.set(unorderedPairId(from, to), {
      points,
      ...(edge.x !== undefined && edge.y !== undefined && { label: shift({ x: edge.x, y: edge.y }) }),
    });
  }
  return { positions, routes, size: { width, height } };
}

/** Trust order, lowest first: where traffic comes from to where it goes. */
export function trustRank(zone: Pick<Zone, 'kind' | 'name'>): number {
  switch (zone.kind) {
    case 'internet':
      return 0;
    case 'partner':
    case 'cloud':
      return 1;
    case 'dmz':
      return 2;
    case 'management':
      return 5;
    default:
      // Data tiers sit behind the application tiers that use them.
      return /\b(data|database|db|storage)\b/i.test(zone.name) ? 4 : 3;
  }
}

/**
 * Packs blocks in columns, in the order given, top to bottom then left to
 * right (so trust rises along the way traffic goes); a new column starts
 * when the column would pass `limit`. Tries several limits and keeps the packing whose box
 * suits the target aspect best (largest scale when fitted to it).
 */
function packColumns(blocks: readonly (Box & { rank: number })[]): Map<string, Point> {
  const tallest = Math.max(...blocks.map((b) => b.size.height));
  const total = blocks.reduce((sum, b) => sum + b.size.height + ROW_GAP, 0);
  let best: { score: number; placed: Map<string, Point> } | undefined;
  for (let step = 0; step <= 12; step++) {
    const limit = tallest + ((total - tallest) * step) / 12;
    const placed = new Map<string, Point>();
    let x = 0;
    let y = 0;
    let columnWidth = 0;
    let width = 0;
    let height = 0;
    for (const block of blocks) {
      if (y > 0 && y + block.size.height > limit) {
        x += columnWidth + COLUMN_GAP;
        y = 0;
        columnWidth = 0;
      }
      placed.set(block.id, { x, y });
      columnWidth = Math.max(columnWidth, block.size.width);
      width = Math.max(width, x + block.size.width);
      height = Math.max(height, y + block.size.height);
      y += block.size.height + ROW_GAP;
    }
    const score = Math.min(TARGET_ASPECT / width, 1 / height);
    if (!best || score > best.score + 1e-9) best = { score, placed };
  }
  return best?.placed ?? new Map();
}

export function layoutDesign(
  design: Design,
  edges: readonly LayoutEdge[],
  sizes: ReadonlyMap<string, Size> = new Map(),
  ranker: Ranker = 'tight-tree',
): LayoutResult {
  const sizeOf = (id: string) => sizes.get(id) ?? DEFAULT_NODE_SIZE;
  const zoneIds = new Set(design.zones.map((z) => z.id));
  const zoneOf = new Map(design.components.map((c) => [c.id, c.zone && zoneIds.has(c.zone) ? c.zone : undefined]));
  const components: LayoutResult['components'] = new Map();
  const zones: LayoutResult['zones'] = new Map();
  const innerRoutes = new Map<string, { zone: string; points: Point[]; label?: Point }>();

  // Level 1: inside each zone, whichever direction keeps the zone compact.
  for (const zone of design.zones) {
    const members = design.components.filter((c) => zoneOf.get(c.id) === zone.id);
    if (members.length === 0) {
      zones.set(zone.id, { position: { x: 0, y: 0 }, size: zone.size ?? EMPTY_ZONE });
      continue;
    }
    const inside = edges.filter((e) => zoneOf.get(e.from) === zone.id && zoneOf.get(e.to) === zone.id);
    const boxes = members.map((m) => ({ id: m.id, size: sizeOf(m.id) }));
    const options = (['LR', 'TB'] as const).map((dir) => placeBoxes(boxes, inside, ranker, dir));
    const cost = (p: Placed) =>
      Math.max(p.size.width / TARGET_ASPECT, p.size.height) * 1.15 + Math.min(p.size.width / TARGET_ASPECT, p.size.height);
    const placed = cost(options[1]!) < cost(options[0]!) ? options[1]! : options[0]!;
    const offset = { x: ZONE_PADDING, y: ZONE_PADDING + ZONE_HEADER };
    for (const member of members) {
      const p = placed.positions.get(member.id)!;
      components.set(member.id, { x: p.x + offset.x, y: p.y + offset.y });
    }
    for (const [id, route] of placed.routes) {
      const move = (p: Point) => ({ x: p.x + offset.x, y: p.y + offset.y });
      innerRoutes.set(id, { zone: zone.id, points: route.points.map(move), ...(route.label && { label: move(route.label) }) });
    }
    zones.set(zone.id, {
      position: { x: 0, y: 0 },
      size: { width: Math.max(placed.size.width + 2 * ZONE_PADDING, 240), height: placed.size.height + 2 * ZONE_PADDING + ZONE_HEADER },
    });
  }

  // Level 2: zones and unzoned components as blocks, in trust order, packed in columns.
  const ranked = [
    ...design.zones.map((z, i) => ({ id: z.id, size: zones.get(z.id)!.size, rank: trustRank(z), order: i })),
    ...design.components
      .filter((c) => !zoneOf.get(c.id))
      .map((c, i) => ({ id: c.id, size: sizeOf(c.id), rank: 3, order: design.zones.length + i })),
  ].sort((a, b) => a.rank - b.rank || a.order - b.order);
  const placed = packColumns(ranked);
  for (const zone of design.zones) {
    const z = zones.get(zone.id)!;
    zones.set(zone.id, { ...z, position: placed.get(zone.id)! });
  }
  for (const component of design.components) {
    if (!zoneOf.get(component.id)) components.set(component.id, placed.get(component.id)!);
  }
  const routes: NonNullable<LayoutResult['routes']> = new Map();
  for (const [id, route] of innerRoutes) {
    const at = zones.get(route.zone)!.position;
    const move = (p: Point) => ({ x: p.x + at.x, y: p.y + at.y });
    routes.set(id, { points: route.points.map(move), ...(route.label && { label: move(route.label) }) });
  }
  return { components, zones, routes };
}
