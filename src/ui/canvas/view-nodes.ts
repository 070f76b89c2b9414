/**
 * React Flow nodes from the design. Zones come first (React Flow requires a
 * parent before its children); a component in a zone is its child, so it
 * moves with it. Node objects are reused while their source is unchanged,
 * which keeps React Flow's memoised nodes from re-rendering.
 */
import { Position, type Node } from '@xyflow/react';
import { estimatedHeight } from './ComponentNode';
import { designCatalogue } from '../../store/design-store';
import type { Catalogue } from '../../model/catalogue/load';
import type { ComponentInstance, Design, Zone } from '../../model/design/schema';

export type ComponentNodeType = Node<{ instance: ComponentInstance }, 'component'>;
export type ZoneNodeType = Node<{ zone: Zone }, 'zone'>;
export type ViewNode = ComponentNodeType | ZoneNodeType;

export const DEFAULT_ZONE_SIZE = { width: 420, height: 300 };

const componentCache = new WeakMap<ComponentInstance, ComponentNodeType>();
const zoneCache = new WeakMap<Zone, ZoneNodeType>();

/** The last design's nodes, as one list: the switch out of the overview and each move of the node window ask again for the same design (2041 lookups, 2–5 ms of the switch's frame). */
let last: { design: Design; nodes: readonly ViewNode[] } | undefined;

export function viewNodes(design: Design, positionOverride?: ReadonlyMap<string, { x: number; y: number }>): readonly ViewNode[] {
  if (!positionOverride && last?.design === design) return last.nodes;
  const zones = new Set(design.zones.map((z) => z.id));
  const nodes: ViewNode[] = [];
  for (const zone of design.zones) {
    let node = zoneCache.get(zone);
    if (!node) {
      const size = zone.size ?? DEFAULT_ZONE_SIZE;
      node = {
        id: zone.id,
        type: 'zone',
        position: zone.position ?? { x: 0, y: 0 },
        width: size.width,
        height: size.height,
        style: { width: size.width, height: size.height },
        // Drawn at exactly this size, with no handles: handed over as measured, so its first
        // measurement changes nothing. Unmeasured, the zones' first measurement was a change of
        // size that made React Flow place and adopt every node of the design again while it opened.
        measured: { width: size.width, height: size.height },
        handles: [],
        data: { zone },
        zIndex: -1,
        dragHandle: '.zone-title',
        ariaLabel: `Zone ${zone.name}`,
      };
      zoneCache.set(zone, node);
    }
    nodes.push(withOverride(node, positionOverride));
  }
  for (const instance of design.components) {
    let node = componentCache.get(instance);
    if (!node) {
      const inZone = instance.zone !== undefined && zones.has(instance.zone);
      node = {
        id: instance.id,
        type: 'component',
        position: instance.position ?? { x: 0, y: 0 },
        data: { instance },
        ...(inZone && { parentId: instance.zone }),
        // Its box and handles before it is ever drawn (culled, or only seen in the overview), so its
        // edges are routed and culled right at every zoom without waiting for a measurement.
        ...knownBox(instance),
      };
      componentCache.set(instance, node);
    }
    nodes.push(withOverride(node, positionOverride));
  }
  if (!positionOverride) last = { design, nodes };
  return nodes;
}

/**
 * A component's size and handles as drawn (ComponentNode's estimate is exact for what it shows),
 * handed to React Flow as already measured: a node drawn for the first time (leaving the
 * overview) then changes nothing when the browser measures it, where a measured size of its own
 * was a dimension change that re-adopted all the nodes and re-rendered every edge, per batch.
 * Should the drawing differ, the measurement still corrects it.
 */
function knownBox(instance: ComponentInstance): Pick<ComponentNodeType, 'initialWidth' | 'initialHeight' | 'measured' | 'handles'> {
  const width = 220;
  const height = estimatedHeight(instance, designCatalogue().components.has(instance.type));
  return {
    initialWidth: width,
    initialHeight: height,
    measured: { width, height },
    handles: [
      { type: 'target', position: Position.Left, x: 0, y: height / 2, width: 1, height: 1 },
      { type: 'source', position: Position.Right, x: width, y: height / 2, width: 1, height: 1 },
    ],
  };
}

function withOverride<T extends ViewNode>(node: T, override?: ReadonlyMap<string, { x: number; y: number }>): T {
  const position = override?.get(node.id);
  return position ? { ...node, position } : node;
}

/**
 * The box around everything the design draws, in canvas coordinates, before
 * React Flow has measured anything: zones as sized, components at their
 * default size. Lets a loaded design open already fitted.
 */
export function designBounds(
  design: Design,
  nodeSize = { width: 220, height: 96 },
): { x: number; y: number; width: number; height: number } | undefined {
  const zones = new Map(design.zones.map((z) => [z.id, z]));
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const add = (x: number, y: number, width: number, height: number) => {
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + width);
    bottom = Math.max(bottom, y + height);
  };
  for (const zone of design.zones) {
    const size = zone.size ?? DEFAULT_ZONE_SIZE;
    add(zone.position?.x ?? 0, zone.position?.y ?? 0, size.width, size.height);
  }
  for (const component of design.components) {
    const zone = component.zone ? zones.get(component.zone) : undefined;
    const x = (component.position?.x ?? 0) + (zone?.position?.x ?? 0);
    const y = (component.position?.y ?? 0) + (zone?.position?.y ?? 0);
    add(x, y, nodeSize.width, nodeSize.height);
  }
  return Number.isFinite(left) ? { x: left, y: top, width: right - left, height: bottom - top } : undefined;
}

/** Colours by type, per catalogue: the overview and the mini map ask once per component per frame. */
const colours = new WeakMap<Catalogue, Map<string, string>>();

/**
 * A component type's product colour (grey for a type no catalogue or pack defines). A loop over
 * thousands of components passes the catalogue it fetched once (each fetch allocates).
 */
export function productColour(type: string, catalogue: Catalogue = designCatalogue()): string {
  let byType = colours.get(catalogue);
  if (!byType) colours.set(catalogue, (byType = new Map()));
  let colour = byType.get(type);
  if (colour === undefined) {
    const component = catalogue.components.get(type);
    colour = (component && catalogue.products.get(component.product)?.colour) ?? '#9aa5b4';
    byType.set(type, colour);
  }
  return colour;
}

/** Each components list's instances by id (ComponentNode reads its own, live, from the design). */
const instanceIndexes = new WeakMap<readonly ComponentInstance[], ReadonlyMap<string, ComponentInstance>>();
export function instanceById(components: readonly ComponentInstance[]): ReadonlyMap<string, ComponentInstance> {
  let index = instanceIndexes.get(components);
  if (!index) instanceIndexes.set(components, (index = new Map(components.map((c) => [c.id, c]))));
  return index;
}

/**
 * Whether React Flow may keep its node for this one: the same data, or a
 * component whose instance changed only in what the node draws from the
 * design itself (its label, address, options: ComponentNode reads its
 * instance live), so an option change or a rename hands React Flow no new
 * node list, and React Flow re-adopts no node and re-runs no selector of
 * every node and edge for it. The type (product colour) and the estimated
 * box (an unmeasured node's size) must hold.
 */
function sameData(old: ViewNode, node: ViewNode): boolean {
  if (old.data === node.data) return true;
  if (old.type !== 'component' || node.type !== 'component') return false;
  return (
    old.data.instance.id === node.data.instance.id &&
    old.data.instance.type === node.data.instance.type &&
    old.initialHeight === node.initialHeight
  );
}

/** Keeps React Flow's own state (measured size, selection, drag) for nodes whose source is unchanged. */
export function mergeNodes(next: readonly ViewNode[], previous: readonly ViewNode[], selected: ReadonlySet<string>): ViewNode[] {
  // Most often the lists are in the same order: a node's previous self is at its own index, and the
  // map of all 2000 (built on every sync, every crossing of the overview) is made only when one is not.
  let byId: Map<string, ViewNode> | undefined;
  const previousOf = (node: ViewNode, i: number) =>
    previous[i]?.id === node.id ? previous[i] : (byId ??= new Map(previous.map((n) => [n.id, n]))).get(node.id);
  let same = next.length === previous.length;
  const merged = next.map((node, i) => {
    const old = previousOf(node, i);
    const isSelected = selected.has(node.id);
    if (
      old &&
      sameData(old, node) &&
      old.position === node.position &&
      old.parentId === node.parentId &&
      !!old.selected === isSelected &&
      !!old.hidden === !!node.hidden
    ) {
      if (previous[i] !== old) same = false;
      return old;
    }
    same = false;
    return { ...node, ...(old?.measured && { measured: old.measured }), selected: isSelected } as ViewNode;
  });
  return same ? (previous as ViewNode[]) : merged;
}

/**
 * The design's nodes with those being dragged as React Flow holds them (a
 * zone or several components it drags, or a component dragged outside it
 * whose place it was told as the view panned along: component-drag.ts).
 * Their positions are React Flow's until the drop writes them to the design,
 * and a node list handed over meanwhile (the components near the view follow
 * a view that pans along with the drag) must not put them back where the
 * drag began. Only while a drag lasts: the drop's own list is the design's.
 */
export function draggedAsTheyAre(next: readonly ViewNode[], current: readonly ViewNode[]): readonly ViewNode[] {
  let dragged: Map<string, ViewNode> | undefined;
  for (const node of current) if (node.dragging) (dragged ??= new Map()).set(node.id, node);
  if (!dragged) return next;
  const held = dragged;
  return next.map((node) => {
    const own = held.get(node.id);
    return own && own.parentId === node.parentId ? { ...node, position: own.position, dragging: true } : node;
  });
}
