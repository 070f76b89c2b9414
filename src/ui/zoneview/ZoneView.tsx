/**
 * The zone view: each zone one box, one edge per zone pair and direction
 * labelled with the services that cross and how many flows, and beside it
 * the zone-to-zone matrix. Selecting an edge, a zone or a cell sets the flow
 * matrix's zone-pair filter, so the matrix lists exactly those flows; the
 * filter is the selection, so choosing a pair in the matrix's own filter
 * highlights it here too. Loaded on first use (it brings dagre).
 */
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { zoneMatrix } from '../../model/zones/pairs';
import { useDesignStore } from '../../store/design-store';
import { useDerived } from '../../store/derived';
import { useSessionStore } from '../../store/session-store';
import { bestLayout, ZoneDiagram, zoneLayouts } from './ZoneDiagram';
import { ZoneMatrix } from './ZoneMatrix';
import './zoneview.css';

export function ZoneView() {
  const design = useDesignStore((s) => s.design);
  const { flows } = useDerived();
  const selected = useSessionStore((s) => s.filter.zonePair);
  const selectZonePair = useSessionStore((s) => s.selectZonePair);
  // A move changes the design too; the aggregation is cheap enough (one pass over the flows) not to mind.
  const matrix = useMemo(() => zoneMatrix(design, flows), [design, flows]);
  const names = useMemo(() => new Map(matrix.zones.map((z) => [z.id, z.name])), [matrix]);
  const select = (key: string) => selectZonePair(key === selected ? undefined : key);
  const chosen = matrix.pairs.find((p) => p.key === selected);
  const layouts = useMemo(() => zoneLayouts(matrix.zones, matrix.pairs), [matrix]);
  const view = useRef<HTMLDivElement>(null);
  const stacked = useStackedWhenLarger(view, layouts);

  return (
    <div className={`zone-view${stacked ? ' stacked' : ''}`} data-testid="zone-view" ref={view}>
      <div className="zone-view-diagram">
        <p className="zone-view-hint">
          {chosen ? (
            <>
              <strong>
                {chosen.from === chosen.to ? `Inside ${names.get(chosen.from)}` : `${names.get(chosen.from)} → ${names.get(chosen.to)}`}
              </strong>{' '}
              · {chosen.flows} flow{chosen.flows === 1 ? '' : 's'} listed in the flow matrix{' '}
              <button type="button" onClick={() => selectZonePair(undefined)}>
                Show all flows
              </button>
            </>
          ) : matrix.zones.length === 0 ? (
            'No zones yet: add zones and place components in them.'
          ) : (
            'One box per zone, one arrow per direction. Click an arrow, a zone or a cell to list its flows in the flow matrix.'
          )}
        </p>
        <ZoneDiagram zones={matrix.zones} pairs={matrix.pairs} layouts={layouts} selected={selected} onSelect={select} />
      </div>
      <ZoneMatrix matrix={matrix} selected={selected} onSelect={select} />
    </div>
  );
}

const HINT_HEIGHT = 36;

/**
 * Side by side or stacked: the diagram goes beside the zone matrix or above
 * it, whichever lets it be drawn larger in the room the matrix leaves.
 */
function useStackedWhenLarger(ref: RefObject<HTMLDivElement | null>, layouts: ReturnType<typeof zoneLayouts>): boolean {
  const [value, setValue] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const decide = () => {
      const table = element.querySelector('.zone-matrix');
      const width = element.clientWidth;
      const height = element.clientHeight;
      const matrixWidth = (table?.scrollWidth ?? 0) + 24;
      const matrixHeight = (table?.scrollHeight ?? 0) + 16;
      const side = bestLayout(layouts, width - Math.min(matrixWidth, width * 0.56), height - HINT_HEIGHT).scale;
      const below = bestLayout(layouts, width, height - HINT_HEIGHT - Math.min(matrixHeight, height * 0.6)).scale;
      setValue(below > side * 1.05);
    };
    decide();
    const observer = new ResizeObserver(decide);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, layouts]);
  return value;
}
