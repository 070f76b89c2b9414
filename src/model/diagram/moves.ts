/**
 * A finished drag as one design change (one undo step), zones included:
 * dragged zones move (pushed clear of the zones they were dropped on, or
 * back where they were when no clear place is near), and each dragged
 * component joins the zone under the pointer (the grabbed one) or under its
 * centre (the others in a multi-selection).
 */
import type { Design, Zone } from '../design/schema';
import { updateComponents } from '../design/edit';
import { zoneAt } from '../placement';
import { rectsOverlap, type Point, type Rect } from './geometry';

export interface ComponentMove {
  /** Where React Flow left it: relative to its old zone when it had one. */
  position: Point;
  size: { width: number; height: number };
}

export interface Moves {
  zones: ReadonlyMap<string, Point>;
  components: ReadonlyMap<string, ComponentMove>;
  /** The grabbed component and the pointer where it was let go (canvas coordinates). */
  pointer?: { id: string; at: Point };
}

const zoneRect = (zone: Zone): Rect | undefined => (zone.position && zone.size ? { ...zone.position, ...zone.size } : undefined);

/** Gap kept between a pushed zone and its neighbours. */
const ZONE_GAP = 16;

/**
 * The nearest position for `moving` that overlaps none of `others`: the
 * smallest push out of each zone it lies on, repeated a few times. Undefined
 * (the drop is refused) when no clear place is found within one and a half
 * times its own size.
 */
export function pushClear(moving: Rect, others: readonly Rect[]): Point | undefined {
  let box = { ...moving };
  for (let round = 0; round < 8; round++) {
    const hit = others.find((o) => rectsOverlap(box, o));
    if (!hit) break;
    const pushes = [
      { x: hit.x - box.width - ZONE_GAP, y: box.y },
      { x: hit.x + hit.width + ZONE_GAP, y: box.y },
      { x: box.x, y: hit.y - box.height - ZONE_GAP },
      { x: box.x, y: hit.y + hit.height + ZONE_GAP },
    ];
    // The shortest push that does not land on another zone, else the shortest.
    pushes.sort((p, q) => Math.hypot(p.x - box.x, p.y - box.y) - Math.hypot(q.x - box.x, q.y - box.y));
    const clear = pushes.find((p) => !others.some((o) => rectsOverlap({ ...box, ...p }, o)));
    box = { ...box, ...(clear ?? pushes[0]!) };
  }
  // Pushed further than its own size, it would land somewhere the user never pointed at: refused.
  const far = Math.hypot(box.x - moving.x, box.y - moving.y) > 1.5 * Math.max(moving.width, moving.height);
  return far || others.some((o) => rectsOverlap(box, o)) ? undefined : { x: box.x, y: box.y };
}

export function applyMoves(design: Design, moves: Moves): Design {
  let next = design;
  if (moves.zones.size > 0) {
    const still = design.zones
      .filter((z) => !moves.zones.has(z.id))
      .map(zoneRect)
      .filter((r): r is Rect => r !== undefined);
    const placed: Rect[] = [];
    const zones = design.zones.map((zone) => {
      const target = moves.zones.get(zone.id);
      const rect = zoneRect(zone);
      if (!target || !rect) return target ? { ...zone, position: target } : zone;
      const position = pushClear({ ...rect, ...target }, [...still, ...placed]) ?? zone.position!;
      placed.push({ ...rect, ...position });
      return { ...zone, position };
    });
    next = { ...next, zones };
  }
  const patches = new Map<string, { position: Point; zone?: string }>();
  for (const [id, { position, size }] of moves.components) {
    const component = design.components.find((c) => c.id === id);
    if (!component) continue;
    const oldZone = component.zone ? next.zones.find((z) => z.id === component.zone) : undefined;
    const absolute = oldZone?.position ? { x: position.x + oldZone.position.x, y: position.y + oldZone.position.y } : position;
    const probe = moves.pointer?.id === id ? moves.pointer.at : { x: absolute.x + size.width / 2, y: absolute.y + size.height / 2 };
    const zoneId = zoneAt(next, probe);
    const newZone = zoneId ? next.zones.find((z) => z.id === zoneId) : undefined;
    const relative = newZone?.position ? { x: absolute.x - newZone.position.x, y: absolute.y - newZone.position.y } : absolute;
    patches.set(id, { position: relative, zone: zoneId });
  }
  return patches.size > 0 ? updateComponents(next, patches) : next;
}

/**
 * Where a new box goes: the first place in `view` (scanning rows from its
 * top-left) that lies on none of `taken`, with a margin; else just right of
 * everything taken.
 */
export function freeSpot(size: { width: number; height: number }, view: Rect, taken: readonly Rect[], margin = 24): Point {
  const step = 40;
  const fits = (x: number, y: number) =>
    !taken.some((t) => rectsOverlap({ x: x - margin, y: y - margin, width: size.width + 2 * margin, height: size.height + 2 * margin }, t));
  for (let y = view.y + margin; y + size.height <= view.y + view.height - margin; y += step) {
    for (let x = view.x + margin; x + size.width <= view.x + view.width - margin; x += step) if (fits(x, y)) return { x, y };
  }
  const right = Math.max(view.x + margin, ...taken.map((t) => t.x + t.width + 2 * margin));
  return { x: right, y: view.y + margin };
}
