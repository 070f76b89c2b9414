/**
 * Mounting a large design in chunks. Opening 2000 components (a file, an
 * example, the autosave) arrives as one design change; mounting every node
 * at once was one task of a second or more, during which the page could not
 * answer. Instead, when a change brings more new components than an edit
 * would, they join the canvas a chunk per frame, in design order, with the
 * chunk sized from the last frame's cost so each stays near TARGET_MS.
 * Zones always come at once (components are their children), and a change
 * that adds a few components (an edit, a paste) shows them at once.
 */
import type { ViewNode } from './view-nodes';

/** Up to this many new components show at once: what an edit or a paste adds. */
export const AT_ONCE = 150;
/** The work a frame of revealing aims at: short enough to answer input between chunks. */
const TARGET_MS = 40;
const MIN_CHUNK = 50;
const MAX_CHUNK = 800;

export class Reveal {
  private active = false;
  private chunk = AT_ONCE;
  private frame: number | undefined;
  private startedAt = 0;

  /**
   * The nodes to give React Flow now: all of `next`, or, while revealing,
   * those already on the canvas (`current`) and one chunk of new components.
   * `again` is called on the next frame while components are left to show.
   */
  limit(next: readonly ViewNode[], current: readonly ViewNode[], again: () => void): ViewNode[] {
    const mounted = new Set(current.map((n) => n.id));
    let waiting = 0;
    for (const node of next) if (node.type === 'component' && !mounted.has(node.id)) waiting++;
    if (waiting <= (this.active ? 0 : AT_ONCE)) {
      this.stop();
      return [...next];
    }
    // The last chunk's frame (render, commit, paint) took this long: scale the next chunk to the target.
    if (this.active) {
      const elapsed = Math.max(1, performance.now() - this.startedAt);
      this.chunk = Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, (this.chunk * TARGET_MS) / elapsed)));
    }
    let budget = this.chunk;
    const shown = next.filter((node) => node.type !== 'component' || mounted.has(node.id) || budget-- > 0);
    this.active = true;
    this.startedAt = performance.now();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      again();
    });
    return shown;
  }

  /** Whether components are still waiting to be shown (a fit waits for them). */
  get revealing(): boolean {
    return this.active;
  }

  stop(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.active = false;
    this.chunk = AT_ONCE;
  }
}
