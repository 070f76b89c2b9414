/**
 * Where things are on the canvas, without computing a layout: a layout's
 * result applied to a design, the zone under a point, a component's absolute
 * position. Separate from layout.ts so the editor can use these without
 * loading dagre, which it loads only when something is laid out.
 */
import type { Design } from './design/schema';

export interface Size {
  width: number;
  height: number;
}

export interface LayoutResult {
  /** Component positions: relative to the zone's top-left when in a zone, else absolute. */
  components: Map<string, { x: number; y: number }>;
  zones: Map<string, { position: { x: number; y: number }; size: Size }>;
  /**
   * The layout's route for an edge between two components (`a~b`, from the lesser id), absolute,
   * with where it left room for the label: drawn until either component moves.
   */
  routes?: Map<string, { points: { x: number; y: number }[]; label?: { x: number; y: number } }>;
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
