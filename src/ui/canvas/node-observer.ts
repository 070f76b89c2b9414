/**
 * React Flow watches every drawn node with one ResizeObserver and stops watching it in an effect
 * once the node is gone. By then the browser has already queued a last entry for the removed
 * element, of size 0. For a node that went because it was hidden (every component, entering the
 * overview), React Flow takes that entry as a change: it clears the node's handles, places every
 * node again and updates its store, which runs every selector once more; 5 ms of the frame that
 * enters the overview at 2000 components. Nothing is lost by dropping those entries: a hidden
 * node has no size to measure, and it is given its handles again when it is shown (view-nodes.ts).
 *
 * Imported for its effect, before React Flow makes its observer; only entries for React Flow's
 * nodes that are no longer in the document are dropped.
 */
const Native = globalThis.ResizeObserver as typeof ResizeObserver | undefined;

const gone = (entry: ResizeObserverEntry) => !entry.target.isConnected && entry.target.classList.contains('react-flow__node');

if (Native)
  globalThis.ResizeObserver = class extends Native {
    constructor(callback: ResizeObserverCallback) {
      super((entries, observer) => {
        const kept = entries.some(gone) ? entries.filter((entry) => !gone(entry)) : entries;
        if (kept.length > 0) callback(kept, observer);
      });
    }
  };

export {};
