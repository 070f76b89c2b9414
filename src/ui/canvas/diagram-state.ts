/**
 * What the canvas computes about the picture, outside the design and its
 * undo history: the routes the last auto-layout chose (kept while their two
 * components stay where the layout put them), where each edge label goes,
 * which labels did not fit, and the edge under the pointer.
 */
import type { InternalNode } from '@xyflow/react';
import { create } from 'zustand';
import type { Point, Rect } from '../../model/diagram';
import { estimatedHeight } from './ComponentNode';
import type { ViewNode } from './view-nodes';

export interface Route {
  /** From the edge's first component (`a`) to its second, in canvas coordinates. */
  points: Point[];
  /** Where the layout left room for the label. */
  labelAt?: Point;
  /** The two components' top-left corners when the route was made: the route holds while they stay. */
  a: Point;
  b: Point;
}

export interface PlacedLabel {
  rect: Rect;
  lines: string[];
}

interface DiagramState {
  routes: ReadonlyMap<string, Route>;
  /** Ways around components for edges with no layout route (label-layout.ts), held the same way. */
  detours: ReadonlyMap<string, Route>;
  labels: ReadonlyMap<string, PlacedLabel>;
  /** Edges whose label fits nowhere: drawn with a cue, the label shown on hover or selection. */
  hidden: ReadonlySet<string>;
  hovered: string | undefined;
}

export const useDiagramState = create<DiagramState>()(() => ({
  routes: new Map(),
  detours: new Map(),
  labels: new Map(),
  hidden: new Set(),
  hovered: undefined,
}));

export const COMPONENT_WIDTH = 220;

/** A component's box in canvas coordinates: measured when it has been drawn, else from what it shows. */
export function nodeRect(node: InternalNode<ViewNode>): Rect {
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.initialWidth ?? node.width ?? COMPONENT_WIDTH;
  const height =
    node.measured.height ?? node.initialHeight ?? node.height ?? ('instance' in node.data ? estimatedHeight(node.data.instance, true) : 96);
  return { x, y, width, height };
}

/** The route of an edge, if its components are still where the layout put them. */
export function liveRoute(route: Route | undefined, a: Rect, b: Rect): Route | undefined {
  if (!route) return undefined;
  const near = (p: Point, r: Rect) => Math.abs(p.x - r.x) < 0.5 && Math.abs(p.y - r.y) < 0.5;
  return near(route.a, a) && near(route.b, b) ? route : undefined;
}
