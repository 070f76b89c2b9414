/**
 * Edits to a design as pure functions: each takes a design and returns a new
 * one, sharing everything it did not change (so undo history stays small and
 * React can skip what did not change). The store wraps these in actions.
 */
import type { Catalogue } from '../catalogue/load';
import type { ComponentInstance, Design, UserFlow, Zone } from './schema';
import { DESIGN_SCHEMA_VERSION, MAX_COORDINATE } from './schema';
import { spelledHost } from './checks';

export function emptyDesign(title = 'Untitled design'): Design {
  return { schemaVersion: DESIGN_SCHEMA_VERSION, meta: { title }, zones: [], components: [], flows: [], excluded: [] };
}

/** A fresh id with the prefix, unused in the design. */
export function freshId(design: Design, prefix: string): string {
  const used = new Set([...design.zones.map((z) => z.id), ...design.components.map((c) => c.id), ...design.flows.map((f) => f.id)]);
  let n = used.size + 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function addComponent(
  design: Design,
  instance: Omit<ComponentInstance, 'id' | 'options' | 'params' | 'servedBy'> & Partial<ComponentInstance>,
): { design: Design; id: string } {
  const id = instance.id ?? freshId(design, 'c');
  const component: ComponentInstance = plainHost(onCanvas({ options: {}, params: {}, servedBy: {}, ...instance, id }));
  return { design: { ...design, components: [...design.components, component] }, id };
}

export function updateComponent(design: Design, id: string, patch: Partial<Omit<ComponentInstance, 'id'>>): Design {
  return {
    ...design,
    components: design.components.map((c) => (c.id === id ? plainHost(onCanvas(withoutUndefined({ ...c, ...patch }))) : c)),
  };
}

/** Several components at once (a multi-node drag is one step). */
export function updateComponents(design: Design, patches: ReadonlyMap<string, Partial<Omit<ComponentInstance, 'id'>>>): Design {
  return {
    ...design,
    components: design.components.map((c) => {
      const p = patches.get(c.id);
      return p ? plainHost(onCanvas(withoutUndefined({ ...c, ...p }))) : c;
    }),
  };
}

/** Removes components and zones, and everything that referred to them. */
export function removeItems(design: Design, ids: ReadonlySet<string>): Design {
  const zones = design.zones.filter((z) => !ids.has(z.id));
  const removedZones = new Set(design.zones.filter((z) => ids.has(z.id)).map((z) => z.id));
  const components = design.components
    .filter((c) => !ids.has(c.id))
    .map((c) => {
      const servedBy = Object.fromEntries(Object.entries(c.servedBy).map(([role, list]) => [role, list.filter((x) => !ids.has(x))]));
      if (c.zone && removedZones.has(c.zone)) {
        const zone = design.zones.find((z) => z.id === c.zone)!;
        const { zone: _zone, ...rest } = c;
        // Leaving a deleted zone keeps the component where it stood on the canvas.
        return onCanvas({
          ...rest,
          servedBy,
          ...(c.position && zone.position && { position: { x: c.position.x + zone.position.x, y: c.position.y + zone.position.y } }),
        });
      }
      return { ...c, servedBy };
    });
  const flows = design.flows.filter((f) => !ids.has(f.id) && !ids.has(f.from) && !ids.has(f.to));
  return { ...design, zones, components, flows };
}

export function addZone(design: Design, zone: Omit<Zone, 'id'> & { id?: string }): { design: Design; id: string } {
  const id = zone.id ?? freshId(design, 'zone-');
  return { design: { ...design, zones: [...design.zones, onCanvas({ ...zone, id })] }, id };
}

export function updateZone(design: Design, id: string, patch: Partial<Omit<Zone, 'id'>>): Design {
  return { ...design, zones: design.zones.map((z) => (z.id === id ? onCanvas(withoutUndefined({ ...z, ...patch })) : z)) };
}

export function addUserFlow(design: Design, flow: Omit<UserFlow, 'id'> & { id?: string }): { design: Design; id: string } {
  const id = flow.id ?? freshId(design, 'f');
  return { design: { ...design, flows: [...design.flows, { ...flow, id }] }, id };
}

export function setExcluded(design: Design, keys: readonly string[], excluded: boolean): Design {
  const set = new Set(design.excluded);
  for (const key of keys) {
    if (excluded) set.add(key);
    else set.delete(key);
  }
  return { ...design, excluded: [...set].sort() };
}

/** Copies of components (Ctrl+D), offset so they do not hide the originals. */
export function duplicateComponents(design: Design, ids: readonly string[], idPrefix = 'c'): { design: Design; ids: string[] } {
  let next = design;
  const created: string[] = [];
  for (const id of ids) {
    const original = design.components.find((c) => c.id === id);
    if (!original) continue;
    const { id: _id, ...copy } = original;
    const result = addComponent(next, {
      ...copy,
      id: freshId(next, idPrefix),
      ...(copy.label && { label: `${copy.label} (copy)` }),
      ...(copy.position && { position: { x: copy.position.x + 40, y: copy.position.y + 40 } }),
    });
    next = result.design;
    created.push(result.id);
  }
  return { design: next, ids: created };
}

/** Instances that could serve a role for an initiator (for the "served by" choice). */
export function candidatesFor(design: Pick<Design, 'components'>, catalogue: Catalogue, role: string): ComponentInstance[] {
  return design.components.filter((c) => catalogue.components.get(c.type)?.roles.includes(role));
}

const clamp = (n: number, min: number) => Math.min(MAX_COORDINATE, Math.max(min, Number.isFinite(n) ? n : 0));

/**
 * Keeps a position and size on the canvas restore accepts (±1e6): a drag or
 * resize that goes further is clamped there, so the editor never saves a
 * design it would refuse to open.
 */
function onCanvas<T extends { position?: { x: number; y: number } | undefined; size?: { width: number; height: number } | undefined }>(
  item: T,
): T {
  const { position, size } = item;
  const inside = (p: { x: number; y: number }) => clamp(p.x, -MAX_COORDINATE) === p.x && clamp(p.y, -MAX_COORDINATE) === p.y;
  const positive = (s: { width: number; height: number }) => clamp(s.width, 1) === s.width && clamp(s.height, 1) === s.height;
  if ((!position || inside(position)) && (!size || positive(size))) return item;
  return {
    ...item,
    ...(position && { position: { x: clamp(position.x, -MAX_COORDINATE), y: clamp(position.y, -MAX_COORDINATE) } }),
    ...(size && { size: { width: clamp(size.width, 1), height: clamp(size.height, 1) } }),
  };
}

/**
 * Host names as the editor stores them: NFC, without invisible characters. A
 * host typed with a zero-width space would otherwise be a look-alike of
 * another, which restore refuses, and the editor never makes a design that
 * restore refuses.
 */
function plainHost(component: ComponentInstance): ComponentInstance {
  if (component.host === undefined) return component;
  const host = spelledHost(component.host);
  return host === component.host ? component : { ...component, host };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
