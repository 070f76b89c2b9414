/**
 * The canvas's dot grid, drawn as a CSS background on one div rather than
 * React Flow's <Background> (an SVG pattern). Chromium lays an SVG root out
 * again whenever the canvas around it is laid out (a node's text changed, the
 * inspector grew) and then repaints all of it, and a repaint of the whole
 * background re-rasters everything drawn over it: every edge in view. At 1000
 * components that made a label edit or an option change cost a full raster
 * of the canvas (tens of milliseconds in software raster). A div's
 * background repaints only when the view moves. Same look: a dot of the
 * pattern colour, one zoomed pixel wide, every 24 zoomed pixels.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';

/** Grid spacing in canvas units. */
export const GRID_GAP = 24;

const selectTransform = (s: ReactFlowState) => s.transform;

export const DotGrid = memo(function DotGrid() {
  const [x, y, zoom] = useStore(selectTransform);
  const gap = GRID_GAP * zoom;
  const radius = zoom / 2;
  return (
    <div
      className="dot-grid"
      aria-hidden="true"
      style={{
        backgroundImage: `radial-gradient(circle, var(--grid-dot) ${radius * 0.5}px, transparent ${radius + 0.25}px)`,
        backgroundSize: `${gap}px ${gap}px`,
        // React Flow's pattern puts a dot centre at (x - gap/2 + radius) modulo the gap; a tile's centre is half a gap in.
        backgroundPosition: `${x + radius}px ${y + radius}px`,
      }}
    />
  );
});
