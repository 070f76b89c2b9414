/**
 * When a large estate is drawn as its overview. No imports: the benchmark
 * reads these in Node to know which of its estates open in the overview.
 */

/**
 * Below this zoom no text on the canvas is readable (12 px type is under 5 px):
 * nodes are drawn without their details and edges on one canvas (OverviewEdges).
 */
export const OVERVIEW_ZOOM = 0.4;
/** Small designs keep every detail at any zoom: the overview is a cost saving for large estates only. */
export const OVERVIEW_MIN_COMPONENTS = 150;
