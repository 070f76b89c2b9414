/// <reference lib="webworker" />
/** Runs dagre off the main thread, so the page stays responsive while a large design is laid out. */
import { layoutDesign } from '../../model/layout';

export type LayoutRequest = { id: number; args: Parameters<typeof layoutDesign> };

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, args } = event.data;
  try {
    self.postMessage({ id, result: layoutDesign(...args) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
