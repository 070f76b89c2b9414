/**
 * How flows, zones and products look, in one place: the canvas, the
 * overview, the legend and every picture (SVG, PNG, draw.io) read this.
 * styles.css mirrors the edge colours, dashes and widths as CSS variables
 * (`--edge-*`); test/picture/theme.test.ts keeps the two equal.
 */

/** What an edge says about the flows it carries (see FlowPair). */
export interface EdgeFlags {
  conditional: boolean;
  crossesZones: boolean;
  local: boolean;
  allExcluded: boolean;
  internalOnly: boolean;
  hasUserFlow: boolean;
}

export interface EdgeStyle {
  stroke: string;
  width: number;
  /** SVG stroke-dasharray, absent for a solid line. */
  dash?: string;
  opacity: number;
}

export const COLOURS = {
  text: '#1d2430',
  muted: '#5f6b7a',
  border: '#d5d9e0',
  panel: '#ffffff',
  accent: '#1f5fbf',
  edge: '#4b5563',
  crossing: '#1f5fbf',
  local: '#8a94a3',
  user: '#7a3fb5',
} as const;

export const EDGE_WIDTH = { normal: 1.5, crossing: 2.6, local: 1.2, selected: 3 } as const;
export const EDGE_DASH = { conditional: '7 4', local: '2 3' } as const;
export const EDGE_OPACITY = { internal: 0.55, excluded: 0.2 } as const;

/** The one rule for an edge's look; the CSS classes in styles.css follow the same precedence. */
export function edgeStyle(flags: EdgeFlags, selected = false): EdgeStyle {
  if (selected) return { stroke: COLOURS.accent, width: EDGE_WIDTH.selected, opacity: 1 };
  const stroke = flags.local ? COLOURS.local : flags.hasUserFlow ? COLOURS.user : flags.crossesZones ? COLOURS.crossing : COLOURS.edge;
  const width = flags.local ? EDGE_WIDTH.local : flags.crossesZones ? EDGE_WIDTH.crossing : EDGE_WIDTH.normal;
  const dash = flags.local ? EDGE_DASH.local : flags.conditional ? EDGE_DASH.conditional : undefined;
  const opacity = flags.allExcluded ? EDGE_OPACITY.excluded : flags.internalOnly ? EDGE_OPACITY.internal : 1;
  return { stroke, width, ...(dash && { dash }), opacity };
}

export type EdgeKind = 'documented' | 'conditional' | 'crossing' | 'local' | 'internal' | 'user' | 'excluded';

const NONE: EdgeFlags = {
  conditional: false,
  crossesZones: false,
  local: false,
  allExcluded: false,
  internalOnly: false,
  hasUserFlow: false,
};

/** The legend, in order: each kind with the flags that produce its look. */
export const EDGE_KINDS: readonly { kind: EdgeKind; label: string; flags: EdgeFlags }[] = [
  { kind: 'documented', label: 'Documented flow', flags: NONE },
  { kind: 'conditional', label: 'Depends on an option', flags: { ...NONE, conditional: true } },
  { kind: 'crossing', label: 'Crosses zones', flags: { ...NONE, crossesZones: true } },
  { kind: 'local', label: 'Local to one host (not in the matrix)', flags: { ...NONE, local: true } },
  { kind: 'internal', label: 'No firewall rule needed', flags: { ...NONE, internalOnly: true } },
  { kind: 'user', label: 'Drawn by you', flags: { ...NONE, hasUserFlow: true } },
  { kind: 'excluded', label: 'Switched off', flags: { ...NONE, allExcluded: true } },
];

/** Which legend kinds an edge shows (for a legend of only what is drawn). */
export function edgeKinds(flags: EdgeFlags): EdgeKind[] {
  const kinds: EdgeKind[] = [];
  if (flags.conditional) kinds.push('conditional');
  if (flags.crossesZones) kinds.push('crossing');
  if (flags.local) kinds.push('local');
  if (flags.internalOnly) kinds.push('internal');
  if (flags.hasUserFlow) kinds.push('user');
  if (flags.allExcluded) kinds.push('excluded');
  return kinds.length > 0 ? kinds : ['documented'];
}

export type ZoneKindName = 'internet' | 'dmz' | 'internal' | 'management' | 'partner' | 'cloud' | 'other';

/** Zone fill (with its opacity) and border per kind; styles.css `.zone-*` mirrors these. */
export const ZONE_STYLES: Readonly<Record<ZoneKindName, { fill: string; fillOpacity: number; border: string }>> = {
  internet: { fill: '#c83c3c', fillOpacity: 0.06, border: '#d08a8a' },
  dmz: { fill: '#dca028', fillOpacity: 0.08, border: '#d6b25e' },
  internal: { fill: '#3c8c5a', fillOpacity: 0.06, border: '#86b897' },
  management: { fill: '#6e50aa', fillOpacity: 0.06, border: '#a491c9' },
  partner: { fill: '#788caa', fillOpacity: 0.06, border: '#9aa5b4' },
  cloud: { fill: '#788caa', fillOpacity: 0.06, border: '#9aa5b4' },
  other: { fill: '#788caa', fillOpacity: 0.06, border: '#9aa5b4' },
};

/** A product's colour from the catalogue, or grey for an unknown type. */
export const UNKNOWN_PRODUCT_COLOUR = '#666666';
export function productColour(product: { colour: string } | undefined): string {
  return product && /^#[0-9a-fA-F]{3,8}$/.test(product.colour) ? product.colour : UNKNOWN_PRODUCT_COLOUR;
}

/** The CSS custom properties styles.css declares for edges, as theme values. */
export function edgeCssVariables(): Record<string, string> {
  return {
    '--edge': COLOURS.edge,
    '--crossing': COLOURS.crossing,
    '--local': COLOURS.local,
    '--edge-user': COLOURS.user,
    '--edge-width': String(EDGE_WIDTH.normal),
    '--edge-width-crossing': String(EDGE_WIDTH.crossing),
    '--edge-width-local': String(EDGE_WIDTH.local),
    '--edge-width-selected': String(EDGE_WIDTH.selected),
    '--edge-dash-conditional': EDGE_DASH.conditional,
    '--edge-dash-local': EDGE_DASH.local,
    '--edge-opacity-internal': String(EDGE_OPACITY.internal),
    '--edge-opacity-excluded': String(EDGE_OPACITY.excluded),
  };
}
