/**
 * The overview's zone-to-zone arrows live in their own chunk: a small design
 * never draws them. A large estate opens in the overview, so its open starts
 * fetching them (loadDesign) while it derives, rather than the first render
 * asking for them and the picture waiting a round trip. Once fetched, the
 * canvas renders them directly (overviewChunk), not through React.lazy: a
 * lazy component suspends on its first render even when its module is
 * there, and the overview's boxes and arrows then came a render, a commit
 * and a frame after everything else.
 */
export type OverviewChunk = typeof import('../zoneview/OverviewZoneEdges');

let loading: Promise<OverviewChunk> | undefined;
let loaded: OverviewChunk | undefined;

export const loadOverviewZoneEdges = (): Promise<OverviewChunk> =>
  (loading ??= import('../zoneview/OverviewZoneEdges').then((chunk) => (loaded = chunk)));

/** The chunk, if it has arrived. */
export const overviewChunk = (): OverviewChunk | undefined => loaded;
