/**
 * The canvas's arrowheads: one closed arrow per edge colour, defined once.
 * Edges name them by id (a string marker), because React Flow builds its own
 * marker list by walking every edge and serialising each marker object
 * whenever the edges change: at 1000 components that was a few milliseconds
 * of every edit, for the same five arrows. Drawn as React Flow draws its
 * ArrowClosed marker, so nothing looks different.
 */
import { memo } from 'react';
import { COLOURS } from '../../model/theme';

const ARROW_COLOURS = [...new Set([COLOURS.edge, COLOURS.crossing, COLOURS.local, COLOURS.user, COLOURS.accent])];

/** The marker id for an edge drawn in `colour` (one of the theme's edge colours). */
export const arrowMarkerId = (colour: string): string => `portolan-arrow-${colour.replace(/[^0-9a-z]/gi, '')}`;
function Arrow({ id, colour }: { id: string; colour: string }) {
  return (
    <marker
      className="react-flow__arrowhead"
      id={id}
      markerWidth="16"
      markerHeight="16"
      viewBox="-10 -10 20 20"
      markerUnits="strokeWidth"
      orient="auto-start-reverse"
      refX="0"
      refY="0"
    >
      <polyline
        className="arrowclosed"
        style={{ strokeWidth: 1, stroke: colour, fill: colour }}
        strokeLinecap="round"
        strokeLinejoin="round"
        points="-5,-4 0,0 -5,4 -5,-4"
      />
    </marker>
  );
}

/** The same defs always: rendered once, whatever re-renders the canvas. */
export const ArrowMarkers = memo(function ArrowMarkers() {
  return (
    <svg className="react-flow__marker" aria-hidden="true">
      <defs>
        {ARROW_COLOURS.map((colour) => (
          <Arrow key={colour} id={arrowMarkerId(colour)} colour={colour} />
        ))}
      </defs>
    </svg>
  );
});
