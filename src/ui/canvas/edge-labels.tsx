/**
 * Edge labels are HTML, drawn in React Flow's edge label layer. React Flow's
 * own `EdgeLabelRenderer` finds that layer with a store selector that runs
 * `querySelector` on every store update, once per mounted edge: with a
 * thousand edges on screen that is a thousand DOM queries per drag frame.
 * The canvas finds the layer once and hands it down here instead.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export const EdgeLabelLayer = createContext<HTMLElement | null>(null);

/** The layer inside a canvas element (React Flow renders it with its viewport, on first commit). */
export const findEdgeLabelLayer = (canvas: HTMLElement | null): HTMLElement | null =>
  canvas?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null;

export function EdgeLabelPortal({ children }: { children: ReactNode }) {
  const layer = useContext(EdgeLabelLayer);
  return layer ? createPortal(children, layer) : null;
}
