/**
 * A splitter between a panel and the canvas: drag it to resize the panel,
 * drag it nearly shut (or double-click, or press Enter) to collapse it, and
 * press the arrow keys to resize from the keyboard. A collapsed panel leaves
 * the splitter with a button to open it again.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useSessionStore, type PanelName } from '../../store/session-store';
import { clampPanel, PANEL_LIMITS } from './limits';

/**
 * Per panel: its name, which way a drag grows it (the palette sits left of its splitter, so dragging
 * right grows it; the inspector sits right, the matrix below), the key that grows it, and the arrows
 * its toggle shows when open and when collapsed.
 */
const SIDES: Record<PanelName, { title: string; axis: 'x' | 'y'; sign: 1 | -1; grow: string; arrows: string }> = {
  palette: { title: 'palette', axis: 'x', sign: 1, grow: 'ArrowRight', arrows: '‹›' },
  inspector: { title: 'inspector', axis: 'x', sign: -1, grow: 'ArrowLeft', arrows: '›‹' },
  matrix: { title: 'flow matrix', axis: 'y', sign: -1, grow: 'ArrowUp', arrows: '⌄⌃' },
};
const SHRINK: Record<string, string> = { ArrowRight: 'ArrowLeft', ArrowLeft: 'ArrowRight', ArrowUp: 'ArrowDown' };

export function Splitter({ panel }: { panel: PanelName }) {
  const state = useSessionStore((s) => s.panels[panel]);
  const setPanel = useSessionStore((s) => s.setPanel);
  const drag = useRef<{ start: number; size: number } | undefined>(undefined);
  const { title, axis, sign, grow, arrows } = SIDES[panel];
  const vertical = axis === 'x';
  const toggle = () => setPanel(panel, { collapsed: !state.collapsed });

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || (event.target as HTMLElement).closest('button')) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { start: axis === 'x' ? event.clientX : event.clientY, size: state.collapsed ? 0 : state.size };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const moved = ((axis === 'x' ? event.clientX : event.clientY) - drag.current.start) * sign;
    const wanted = drag.current.size + moved;
    // Dragged past half the panel's smallest size, it collapses; dragged out again, it opens.
    if (wanted < PANEL_LIMITS[panel].min / 2) setPanel(panel, { collapsed: true });
    else setPanel(panel, { collapsed: false, size: clampPanel(panel, wanted, window.innerWidth, window.innerHeight) });
  };
  const onPointerUp = () => {
    drag.current = undefined;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 64 : 16;
    if (event.key === 'Enter') toggle();
    else if (event.key === grow || event.key === SHRINK[grow]) {
      const size = clampPanel(panel, state.size + (event.key === grow ? step : -step), window.innerWidth, window.innerHeight);
      setPanel(panel, { size, collapsed: false });
    } else return;
    event.preventDefault();
  };

  return (
    <div
      className={`splitter ${vertical ? 'splitter-vertical' : 'splitter-horizontal'} splitter-${panel}${state.collapsed ? ' collapsed' : ''}`}
      role="separator"
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-label={`Resize the ${title}`}
      aria-valuenow={state.collapsed ? 0 : Math.round(state.size)}
      aria-valuemin={0}
      aria-valuemax={PANEL_LIMITS[panel].max}
      tabIndex={0}
      data-testid={`splitter-${panel}`}
      title={`Drag to resize the ${title}; double-click or Enter to ${state.collapsed ? 'open' : 'collapse'} it`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={toggle}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="splitter-toggle"
        onClick={toggle}
        tabIndex={-1}
        aria-label={`${state.collapsed ? 'Open' : 'Collapse'} the ${title}`}
      >
        {arrows[state.collapsed ? 1 : 0]}
      </button>
    </div>
  );
}
