/**
 * The zone diagram, in plain SVG: dagre places the zones and routes one edge
 * per pair and direction, leaving room for each label; the drawing is scaled
 * to fit its area (never above 125 %), in whichever direction (left to right
 * or top to bottom) lets it be drawn larger.
 */
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ChangeKind } from '../../model/request/diff';
import { useDesignStore } from '../../store/design-store';
import { useEdgeChanges } from '../matrix/edge-changes';
import { layoutZones, type Point, type ZoneLayout } from '../../model/zones/layout';
import { pairServicesText, type ZonePair, type ZoneRef } from '../../model/zones/pairs';

const LABEL_FONT = 12;
const CHAR = LABEL_FONT * 0.61;
const MAX_RANGES = 4;
const flowsText = (n: number) => `${n} flow${n === 1 ? '' : 's'}`;

export function labelSize(pair: ZonePair) {
  const longest = Math.max(pairServicesText(pair, MAX_RANGES).length, flowsText(pair.flows).length);
  return { width: Math.round(longest * CHAR + 16), height: 38 };
}
export function boxSize(zone: ZoneRef) {
  return { width: Math.max(160, Math.min(260, zone.name.length * 9 + 32)), height: 60 };
}

/** The scale that fits a layout into an area, never above 125 % (an area too small gives 0). */
export const fitScale = (layout: ZoneLayout, width: number, height: number) =>
  Math.min(width / Math.max(layout.width, 1), height / Math.max(layout.height, 1), 1.25);

/** A smooth path through dagre's points: straight ends, quadratic bends through the midpoints. */
function pathThrough(points: readonly Point[]): string {
  if (points.length === 0) return '';
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!;
    const next = points[i + 1]!;
    d += ` Q${p.x},${p.y} ${(p.x + next.x) / 2},${(p.y + next.y) / 2}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${last.x},${last.y}`;
}

const truncate = (text: string, chars: number) => (text.length > chars ? `${text.slice(0, chars - 1)}…` : text);

function activate(run: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      run();
    }
  };
}

/** Both directions' layouts; the view draws whichever fits its area larger. */
export const zoneLayouts = (zones: readonly ZoneRef[], pairs: readonly ZonePair[]) =>
  (['LR', 'TB'] as const).map((direction) => layoutZones(zones, pairs, { direction, labelSize, boxSize }));

/** The layout that fits an area largest, and its scale. */
export function bestLayout(layouts: readonly ZoneLayout[], width: number, height: number): { layout: ZoneLayout; scale: number } {
  const layout = layouts.reduce((best, l) => (fitScale(l, width, height) > fitScale(best, width, height) ? l : best));
  return { layout, scale: Math.max(0, fitScale(layout, width, height)) };
}

/** Zone pairs with a flow added or changed since the baseline (or the compared file): `from zone>to zone` → kind. */
function useZonePairChanges(): ReadonlyMap<string, ChangeKind> {
  const edgeChanges = useEdgeChanges();
  const components = useDesignStore((s) => s.design.components);
  return useMemo(() => {
    const out = new Map<string, ChangeKind>();
    if (!edgeChanges) return out;
    const zoneOf = new Map(components.map((c) => [c.id, c.zone ?? '']));
    for (const [edge, kind] of edgeChanges) {
      const [from, to] = edge.split('>') as [string, string];
      const key = `${zoneOf.get(from) ?? ''}>${zoneOf.get(to) ?? ''}`;
      // An added flow outweighs a changed one on the same zone pair.
      if (out.get(key) !== 'added') out.set(key, kind);
    }
    return out;
  }, [edgeChanges, components]);
}

export function ZoneDiagram({
  zones,
  pairs,
  layouts,
  selected,
  onSelect,
}: {
  zones: ZoneRef[];
  pairs: ZonePair[];
  layouts: readonly ZoneLayout[];
  selected: string;
  onSelect(key: string): void;
}) {
  const area = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    const observer = new ResizeObserver(
      ([entry]) => entry && setSize({ width: entry.contentRect.width, height: entry.contentRect.height }),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const { layout, scale } = bestLayout(layouts, size.width, size.height);
  const inside = new Map(pairs.filter((p) => p.from === p.to).map((p) => [p.from, p]));
  const changes = useZonePairChanges();

  return (
    <div className="zone-diagram" ref={area}>
      {size.width > 0 && zones.length > 0 && (
        <svg
          data-scale={scale.toFixed(3)}
          width={layout.width * scale}
          height={layout.height * scale}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label="Zones and the flows between them"
          className={selected ? 'has-selection' : ''}
        >
          <defs>
            <marker
              id="zone-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth="13"
              markerHeight="13"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="#1f5fbf" />
            </marker>
            <marker
              id="zone-arrow-selected"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth="13"
              markerHeight="13"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="#0b3a80" />
            </marker>
          </defs>
          {layout.boxes.map((box) => {
            const own = inside.get(box.zone.id);
            const isSelected = own?.key === selected;
            const chars = Math.floor((box.width - 20) / 8.6);
            return (
              <g
                key={box.zone.id}
                className={`zone-box zone-kind-${box.zone.kind}${isSelected ? ' selected' : ''}${own ? ' clickable' : ''}`}
                transform={`translate(${box.x},${box.y})`}
                data-zone={box.zone.id}
                {...(own && {
                  role: 'button',
                  tabIndex: 0,
                  'aria-pressed': isSelected,
                  'aria-label': `Inside ${box.zone.name}: ${pairServicesText(own)}; ${flowsText(own.flows)}`,
                  onClick: () => onSelect(own.key),
                  onKeyDown: activate(() => onSelect(own.key)),
                })}
              >
                <title>{own ? `Inside ${box.zone.name}: ${pairServicesText(own)}` : box.zone.name}</title>
                <rect width={box.width} height={box.height} rx={10} />
                <text x={12} y={24} className="zone-box-name">
                  {truncate(box.zone.name, chars)}
                </text>
                <text x={12} y={45} className="zone-box-detail">
                  {box.zone.kind === 'unzoned' ? 'no zone' : box.zone.kind}
                  {own ? ` · ${flowsText(own.flows)} inside` : ''}
                </text>
              </g>
            );
          })}
          {layout.edges.map(({ pair, points, label }) => {
            const isSelected = pair.key === selected;
            const run = () => onSelect(pair.key);
            const text = pairServicesText(pair);
            return (
              <g
                key={pair.key}
                className={`zone-edge${isSelected ? ' selected' : ''}${changes.has(pair.key) ? ` diff-${changes.get(pair.key)}` : ''}`}
                role="button"
                tabIndex={0}
                aria-pressed={isSelected}
                aria-label={`${pair.from || 'Unzoned'} to ${pair.to || 'Unzoned'}: ${text}; ${flowsText(pair.flows)}`}
                data-pair={pair.key}
                onClick={run}
                onKeyDown={activate(run)}
              >
                <title>{text}</title>
                <path className="zone-edge-hit" d={pathThrough(points)} />
                <path
                  className="zone-edge-line"
                  d={pathThrough(points)}
                  style={{ strokeWidth: 1.6 + Math.min(3, Math.log2(pair.flows)) }}
                  markerEnd={`url(#${isSelected ? 'zone-arrow-selected' : 'zone-arrow'})`}
                />
                <g className="zone-edge-label" transform={`translate(${label.x - label.width / 2},${label.y - label.height / 2})`}>
                  <rect width={label.width} height={label.height} rx={6} />
                  <text x={8} y={15} className="zone-edge-services">
                    {pairServicesText(pair, MAX_RANGES)}
                  </text>
                  <text x={8} y={31} className="zone-edge-count">
                    {flowsText(pair.flows)}
                  </text>
                </g>
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
