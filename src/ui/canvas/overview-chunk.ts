/**
 * The overview's zone-to-zone arrows live in their own chunk: a small design
 * never draws them. A large estate opens in the overview, so its open starts
 * fetching them (loadDesign) while it derives, rather than the first render
 * asking for them and the picture waiting a round trip.
 */
let loading: Promise<typeof import('../zoneview/OverviewZoneEdges')> | undefined;

export const loadOverviewZoneEdges = () => (loading ??= import('../zoneview/OverviewZoneEdges'));
