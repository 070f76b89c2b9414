/**
 * Auto-layout through a Web Worker (created on first use), falling back to
 * the main thread where there are no workers. Either way dagre is loaded
 * only when a layout is asked for.
 */
import type { layoutDesign } from '../../model/layout';
import type { LayoutResult } from '../../model/placement';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: LayoutResult) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | undefined {
  if (worker || typeof Worker === 'undefined') return worker;
  worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; result?: LayoutResult; error?: string }>) => {
    const entry = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (!entry) return;
    if (event.data.result) entry.resolve(event.data.result);
    else entry.reject(new Error(event.data.error ?? 'layout failed'));
  };
  return worker;
}

export function runLayout(...args: Parameters<typeof layoutDesign>): Promise<LayoutResult> {
  const target = getWorker();
  if (!target) return import('../../model/layout').then((layout) => layout.layoutDesign(...args));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.postMessage({ id, args });
  });
}
