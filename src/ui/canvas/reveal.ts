/**
 * Which components React Flow draws as nodes, and when. Every component is
 * always a React Flow node; the ones not drawn are `hidden` (no DOM at all):
 *
 * - In the overview of a large estate every component is hidden: the
 *   overview draws them as boxes on one canvas (OverviewBoxes.tsx), so
 *   thousands of them cost no DOM to load, pan or drag.
 * - When a change brings more components into view than an edit would
 *   (opening a file at 100 %, leaving the overview), they are shown a chunk
 *   per task, in design order, the chunk sized from the last one's cost so
 *   each task stays near TARGET_MS; the browser paints and answers input in
 *   between. Mounting 2000 nodes at once was one task of a second or more.
 *   A task, not a frame: waiting for frames would add idle time per chunk.
 *   The components in view come first: React Flow culls the others
 *   (onlyRenderVisibleElements), so leaving the overview draws the few in
 *   view in its first task, where revealing all 2000 in design order drew
 *   them over many. The culled ones then follow CULLED_PER_TASK a task: they
 *   draw nothing, but each shown node is a new node React Flow builds.
 */
import type { ViewNode } from './view-nodes';

/** Up to this many components are shown at once: what an edit or a paste adds. */
export const AT_ONCE = 150;
/** The work a task of revealing aims at: short enough to answer input between chunks. */
const TARGET_MS = 40;
const MIN_CHUNK = 100;
/** Components out of view shown per task, once those in view are: about 15 ms of React Flow's node building. */
const CULLED_PER_TASK = 400;
const MAX_CHUNK = 800;

/** One hidden copy per node object, so an unchanged hidden node stays the same object. */
const hiddenCopies = new WeakMap<ViewNode, ViewNode>();
function hide(node: ViewNode): ViewNode {
  let copy = hiddenCopies.get(node);
  if (!copy) hiddenCopies.set(node, (copy = { ...node, hidden: true } as ViewNode));
  return copy;
}

export class Reveal {
  private active = false;
  private chunk = AT_ONCE;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private startedAt = 0;
  /** How long the last chunk took, from its planning to the next task: set only by the timer, so a second plan in one task adapts nothing. */
  private measured: number | undefined;

  /**
   * The nodes to give React Flow now: `next` with components hidden in the
   * overview, or, while revealing, those not yet shown. `current` is what
   * React Flow holds; `again` is called in a next task while some wait;
   * `drawn` tells whether a shown component would be drawn (in view);
   * `kept` whether a component not yet shown is to be shown at all (one
   * shown stays shown until the overview); `rehearsed`, components shown in
   * the overview all the same (rehearsal.ts).
   */
  limit(
    next: readonly ViewNode[],
    current: readonly ViewNode[],
    overview: boolean,
    again: () => void,
    drawn: (node: ViewNode) => boolean = () => true,
    kept: (node: ViewNode) => boolean = () => true,
    rehearsed?: ReadonlySet<string>,
  ): ViewNode[] {
    if (overview) {
      this.stop();
      return next.map((node) => (node.type === 'component' && !rehearsed?.has(node.id) ? hide(node) : node));
    }
    const shown = new Set<string>();
    for (const node of current) if (!node.hidden) shown.add(node.id);
    let waiting = 0;
    const parked = (node: ViewNode) => node.type === 'component' && !shown.has(node.id) && !kept(node);
    const waits = (node: ViewNode) => node.type === 'component' && !shown.has(node.id) && kept(node);
    let drawnWaiting = 0;
    for (const node of next)
      if (waits(node)) {
        waiting++;
        if (drawn(node)) drawnWaiting++;
      }
    if (waiting <= (this.active ? 0 : AT_ONCE)) {
      this.stop();
      return next.map((node) => (parked(node) ? hide(node) : node));
    }
    // The last chunk (its render and commit, and any frame painted before this task) took this long.
    if (this.measured !== undefined) {
      this.chunk = Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, (this.chunk * TARGET_MS) / Math.max(1, this.measured))));
      this.measured = undefined;
    }
    // Those in view a chunk at a time; the culled ones only once none in view waits.
    let budget = this.chunk;
    let culled = drawnWaiting > 0 ? 0 : CULLED_PER_TASK;
    const limited = next.map((node) => {
      if (parked(node)) return hide(node);
      if (!waits(node)) return node;
      if (drawnWaiting > 0) return drawn(node) && budget-- > 0 ? node : hide(node);
      return culled-- > 0 ? node : hide(node);
    });
    this.active = true;
    this.startedAt = performance.now();
    this.cancel();
    if (drawnWaiting > 0)
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.measured = performance.now() - this.startedAt;
        again();
      }, 0);
    // A culled chunk after the next frame: nothing of it shows, and it must not share a frame with
    // the next (nor with the edges joining in view, edge-reveal.ts).
    else
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        this.timer = setTimeout(() => {
          this.timer = undefined;
          again();
        }, 0);
      });
    return limited;
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.timer = undefined;
    this.frame = undefined;
  }

  /** Whether components are still waiting to be shown (a fit waits for them). */
  get revealing(): boolean {
    return this.active;
  }

  /** Called when a reveal ends (labels wait for it: Canvas.tsx). */
  onDone: (() => void) | undefined;

  stop(): void {
    this.cancel();
    if (this.active) this.onDone?.();
    this.active = false;
    this.chunk = AT_ONCE;
    this.measured = undefined;
  }
}

/** A part of the canvas, in canvas coordinates. */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Whether a component of `nodes` lies in `view` (so React Flow would draw
 * it), from its own position within its zone and its known size; with no
 * view (not sized yet, or everything drawn for a picture) every one does.
 */
export function inView(nodes: readonly ViewNode[], view: ViewRect | undefined): (node: ViewNode) => boolean {
  if (!view) return () => true;
  const zones = new Map<string, { x: number; y: number }>();
  for (const node of nodes) if (node.type === 'zone') zones.set(node.id, node.position);
  return (node) => {
    const parent = node.parentId ? zones.get(node.parentId) : undefined;
    const x = node.position.x + (parent?.x ?? 0);
    const y = node.position.y + (parent?.y ?? 0);
    const width = node.measured?.width ?? node.initialWidth ?? 220;
    const height = node.measured?.height ?? node.initialHeight ?? 96;
    return x < view.x + view.width && view.x < x + width && y < view.y + view.height && view.y < y + height;
  };
}
