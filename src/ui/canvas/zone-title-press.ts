/**
 * A zone's title takes a press even where an edge crosses it.
 *
 * Edges are drawn above zones (a zone is the ground its components stand on),
 * and each edge has a 16 px band around its line that takes clicks. Where an
 * edge crossed a zone's title, a press there selected the edge: the zone could
 * be moved or selected only by a part of its title no edge crossed, and in a
 * busy design that part was small or none. A mouse press on an edge over a
 * zone's title is now the title's: it is handed to the title, where React
 * Flow's drag of the zone starts, and the click that ends it selects the zone
 * rather than the edge. The edge stays selectable everywhere else along it,
 * and by its label.
 */
import { useEffect, type RefObject } from 'react';
import { useSessionStore } from '../../store/session-store';
import { adding } from './canvas-handlers';

/** How far a press may move and still be a click (React Flow's own drag threshold is 1 px). */
const CLICK_SLOP = 3;

/** The title of a zone under the point, beneath whatever is drawn above it. */
function zoneTitleAt(x: number, y: number): HTMLElement | undefined {
  for (const element of document.elementsFromPoint(x, y)) {
    const title = element.closest<HTMLElement>('.zone-title');
    if (title) return title;
    // A component or an edge's label above the title keeps the press.
    if (element.closest('.react-flow__node-component, .edge-label, .edge-label-cue')) return undefined;
  }
  return undefined;
}

export function useZoneTitlesAboveEdges(canvas: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = canvas.current;
    if (!root) return;
    const onMouseDown = (event: MouseEvent) => {
      // Only the user's own presses on an edge (the title's own press, handed on below, is not trusted).
      if (event.button !== 0 || !event.isTrusted || !(event.target instanceof Element) || !event.target.closest('.react-flow__edge'))
        return;
      const title = zoneTitleAt(event.clientX, event.clientY);
      const zone = title?.closest<HTMLElement>('.react-flow__node-zone')?.dataset.id;
      if (!title || !zone) return;
      // Neither the edge nor the pane hears of the press: the title does.
      event.stopPropagation();
      const { clientX, clientY, screenX, screenY, shiftKey, ctrlKey, metaKey, altKey } = event;
      title.dispatchEvent(
        new MouseEvent('mousedown', {
          bubbles: true,
          cancelable: true,
          view: window,
          button: 0,
          buttons: 1,
          clientX,
          clientY,
          screenX,
          screenY,
          shiftKey,
          ctrlKey,
          metaKey,
          altKey,
        }),
      );
      // The click that ends the press would go to the edge (or, after a drag, to the canvas): a click
      // selects the zone, as one on its title does; a drag's end selects nothing more.
      const onClick = (click: MouseEvent) => {
        click.stopPropagation();
        click.preventDefault();
        if (Math.hypot(click.clientX - clientX, click.clientY - clientY) <= CLICK_SLOP)
          useSessionStore.getState().pickNode(zone, adding(click));
      };
      window.addEventListener('click', onClick, { capture: true, once: true });
      window.addEventListener('mouseup', () => setTimeout(() => window.removeEventListener('click', onClick, { capture: true }), 0), {
        capture: true,
        once: true,
      });
    };
    root.addEventListener('mousedown', onMouseDown, { capture: true });
    return () => root.removeEventListener('mousedown', onMouseDown, { capture: true });
  }, [canvas]);
}
