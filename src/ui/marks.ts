/** User-timing marks the editor sets, for profiles and the benchmark (bench/run.ts). */

/** Set each time an auto-layout's result replaces the design. */
export const AUTO_LAYOUT_MARK = 'portolan:auto-layout applied';
