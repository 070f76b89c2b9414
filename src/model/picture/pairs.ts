/**
 * The edges of a picture: one per component pair and direction, as on the
 * canvas, labelled with what it carries. Consecutive ports read as one range
 * (`tcp 5701–5703`), so an array's member ports make one short label.
 */
import type { DerivedFlow } from '../derive';
import type { Protocol } from '../catalogue/schema';
import { direction, directionsOf, directionText, portListText } from '../diagram';
import type { EdgeFlags } from '../theme';

export interface PicturePair extends EdgeFlags {
  from: string;
  to: string;
  label: string;
  flows: readonly DerivedFlow[];
}

/** Port ranges per protocol, overlapping or adjacent ones merged: `tcp 80, 443, 5701–5703 · udp 53`. */
export function collapsedPorts(ports: readonly { protocol: string; from: number; to: number }[], limit = PICTURE_PORTS): string {
  return portListText(
    ports.map(({ protocol, from, to }) => ({ protocol: protocol as Protocol, range: { from, to } })),
    limit,
  ).short;
}

/** Ranges a picture's edge label shows before it summarises. */
const PICTURE_PORTS = 8;

export function picturePairs(flows: readonly DerivedFlow[]): PicturePair[] {
  return [...directionsOf(flows).values()].map((list) => {
    const d = direction(list);
    return {
      from: d.from,
      to: d.to,
      flows: d.flows,
      label: directionText(d, portListText(d.ports, PICTURE_PORTS).short),
      conditional: d.conditional,
      crossesZones: d.crossesZones,
      local: d.local,
      allExcluded: d.allExcluded,
      internalOnly: d.internalOnly,
      hasUserFlow: d.hasUserFlow,
    };
  });
}
