/**
 * Presentation steps: a design told one product, or one zone pair, at a
 * time. Each step names the flows it shows; the editor highlights them and
 * filters the flow matrix to them.
 */
import type { DerivedFlow } from '../derive';
import type { Design } from '../design/schema';
import { isFirewallVisible, UNZONED_ID, UNZONED_NAME, zonePairs } from './pairs';

export type PresentationBy = 'product' | 'zone-pair';

export interface PresentationStep {
  /** A product id, or a zone pair key (`from>to`). */
  id: string;
  title: string;
  /** The flows of the step (their keys), local and switched-off ones left out. */
  flowKeys: string[];
  /** The component ids at either end of those flows. */
  components: string[];
}

function step(id: string, title: string, flows: readonly DerivedFlow[]): PresentationStep {
  return { id, title, flowKeys: flows.map((f) => f.key), components: [...new Set(flows.flatMap((f) => [f.from, f.to]))] };
}

/** One step per product with a flow, in order of first appearance; `productName` turns ids into names. */
export function productSteps(flows: readonly DerivedFlow[], productName: (id: string) => string): PresentationStep[] {
  const byProduct = new Map<string, DerivedFlow[]>();
  for (const flow of flows) {
    if (!isFirewallVisible(flow)) continue;
    const list = byProduct.get(flow.product);
    if (list) list.push(flow);
    else byProduct.set(flow.product, [flow]);
  }
  return [...byProduct].map(([id, list]) => step(id, productName(id), list));
}

/** One step per ordered zone pair with a flow, in trust order (the zone-to-zone matrix's order). */
export function zonePairSteps(design: Design, flows: readonly DerivedFlow[]): PresentationStep[] {
  const name = new Map(design.zones.map((z) => [z.id, z.name]));
  const zoneName = (id: string) => (id === UNZONED_ID ? UNZONED_NAME : (name.get(id) ?? id));
  const zoneOf = new Map(design.components.map((c) => [c.id, c.zone ?? UNZONED_ID]));
  return zonePairs(design, flows).map((pair) => {
    const list = flows.filter(
      (f) => isFirewallVisible(f) && (zoneOf.get(f.from) ?? UNZONED_ID) === pair.from && (zoneOf.get(f.to) ?? UNZONED_ID) === pair.to,
    );
    const title = pair.from === pair.to ? `Inside ${zoneName(pair.from)}` : `${zoneName(pair.from)} → ${zoneName(pair.to)}`;
    return step(pair.key, title, list);
  });
}
