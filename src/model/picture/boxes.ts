/**
 * Zones and component boxes of a picture, placed where the canvas has them
 * (a component's position is relative to its zone), with their text laid
 * out from font metrics. Which ones are drawn follows the scope: the whole
 * design, what is in the current view, or the selection.
 */
import type { Catalogue } from '../catalogue/load';
import type { Design, ZoneKind } from '../design/schema';
import { productColour } from '../theme';
import { cleanText, fitText, textWidth, wrapText, type Font } from './text';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type PictureScope =
  | { kind: 'design' }
  /** The canvas view, in canvas coordinates. */
  | { kind: 'view'; rect: Rect }
  /** Selected components and zones (a zone brings its members). */
  | { kind: 'selection'; ids: readonly string[] };

export interface ZoneBox extends Rect {
  id: string;
  name: string;
  kind: ZoneKind;
  cidr?: string;
}

export interface ComponentBox extends Rect {
  id: string;
  /** The label as the user wrote it (cleaned), or the type name: every picture carries it in full. */
  name: string;
  nameLines: string[];
  typeLine?: string;
  addressLines: string[];
  tag: string;
  tagWidth: number;
  product: string;
  colour: string;
}

export const COMPONENT_WIDTH = 220;
export const FONTS = {
  name: { size: 12, bold: true },
  small: { size: 11 },
  tag: { size: 10, bold: true },
  zone: { size: 13, bold: true },
  label: { size: 10.5, mono: true },
} satisfies Record<string, Font>;
const PAD = { left: 5 + 8, right: 8, top: 7, bottom: 8 };
const LINE = { name: 15, small: 14 };
const ZONE_PADDING = 32;
const ZONE_HEADER = 36;

/** A component's box and text, at a given absolute position. */
export function componentBox(design: Design['components'][number], catalogue: Catalogue, at: { x: number; y: number }): ComponentBox {
  const type = catalogue.components.get(design.type);
  const product = type ? catalogue.products.get(type.product) : undefined;
  const label = cleanText(design.label ?? '').trim();
  const name = label || type?.name || cleanText(design.type);
  const tag = cleanText(product?.tag ?? '?');
  const tagWidth = Math.max(30, textWidth(tag, FONTS.tag) + 8);
  const inner = COMPONENT_WIDTH - PAD.left - PAD.right;
  const nameLines = wrapText(name, inner - tagWidth - 6, FONTS.name, 3);
  const typeLine = label && type ? fitText(cleanText(type.name), inner, FONTS.small) : undefined;
  const host = cleanText(design.host ?? '').trim();
  const ip = cleanText(design.ip ?? '').trim();
  const both = [host, ip].filter(Boolean).join('  ·  ');
  const addressLines = !both
    ? []
    : textWidth(both, FONTS.small) <= inner
      ? [both]
      : [host, ip].filter(Boolean).map((t) => fitText(t, inner, FONTS.small));
  const height = PAD.top + nameLines.length * LINE.name + (typeLine ? LINE.small : 0) + addressLines.length * LINE.small + PAD.bottom;
  return {
    id: design.id,
    name,
    nameLines,
    ...(typeLine && { typeLine }),
    addressLines,
    tag,
    tagWidth,
    product: product?.name ?? 'Unknown product',
    colour: productColour(product),
    x: at.x,
    y: at.y,
    width: COMPONENT_WIDTH,
    height,
  };
}

export const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every zone and component in scope, in absolute canvas coordinates. Components without a position are left out (lay the design out first). */
export function placeBoxes(design: Design, catalogue: Catalogue, scope: PictureScope): { zones: ZoneBox[]; components: ComponentBox[] } {
  const zoneById = new Map(design.zones.map((z) => [z.id, z]));
  const all: ComponentBox[] = [];
  for (const component of design.components) {
    if (!component.position) continue;
    const zone = component.zone ? zoneById.get(component.zone) : undefined;
    const origin = zone?.position ?? { x: 0, y: 0 };
    all.push(componentBox(component, catalogue, { x: origin.x + component.position.x, y: origin.y + component.position.y }));
  }
  const zoneOf = new Map(design.components.map((c) => [c.id, c.zone]));
  const members = new Map<string, ComponentBox[]>();
  for (const box of all) {
    const zone = zoneOf.get(box.id);
    if (zone && zoneById.has(zone)) members.set(zone, [...(members.get(zone) ?? []), box]);
  }
  const zones: ZoneBox[] = [];
  for (const zone of design.zones) {
    const inside = members.get(zone.id) ?? [];
    let rect: Rect | undefined;
    if (zone.position && zone.size) rect = { ...zone.position, ...zone.size };
    else if (inside.length > 0) {
      const x = Math.min(...inside.map((b) => b.x)) - ZONE_PADDING;
      const y = Math.min(...inside.map((b) => b.y)) - ZONE_PADDING - ZONE_HEADER;
      rect = {
        x,
        y,
        width: Math.max(...inside.map((b) => b.x + b.width)) + ZONE_PADDING - x,
        height: Math.max(...inside.map((b) => b.y + b.height)) + ZONE_PADDING - y,
      };
    }
    // A zone is at least as big as what is drawn in it (boxes here may be taller than the canvas measured).
    if (rect && inside.length > 0) {
      rect.width = Math.max(rect.width, Math.max(...inside.map((b) => b.x + b.width)) + 8 - rect.x);
      rect.height = Math.max(rect.height, Math.max(...inside.map((b) => b.y + b.height)) + 8 - rect.y);
    }
    if (rect)
      zones.push({ id: zone.id, name: cleanText(zone.name), kind: zone.kind, ...(zone.cidr && { cidr: cleanText(zone.cidr) }), ...rect });
  }
  if (scope.kind === 'design') return { zones, components: all };
  let components: ComponentBox[];
  if (scope.kind === 'view') components = all.filter((b) => intersects(b, scope.rect));
  else {
    const ids = new Set(scope.ids);
    components = all.filter((b) => ids.has(b.id) || ids.has(zoneOf.get(b.id) ?? ''));
  }
  const kept = new Set(components.map((b) => zoneOf.get(b.id)));
  const picked = scope.kind === 'selection' ? new Set(scope.ids) : new Set<string>();
  return {
    zones: zones.filter((z) => kept.has(z.id) || picked.has(z.id) || (scope.kind === 'view' && intersects(z, scope.rect))),
    components,
  };
}
