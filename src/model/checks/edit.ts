/** Pure edits for what the checks keep in the design: acknowledgements and the zone policy. */
import type { Design } from '../design/schema';
import type { ZonePolicy } from './schema';

/** Acknowledges a finding with a reason, replaces the reason, or (reason undefined) withdraws it. */
export function acknowledge(design: Design, finding: string, reason: string | undefined): Design {
  const others = (design.acknowledgements ?? []).filter((a) => a.finding !== finding);
  const text = reason?.trim();
  const acknowledgements = text ? [...others, { finding, reason: text }] : others;
  const { acknowledgements: _, ...rest } = design;
  return acknowledgements.length > 0 ? { ...rest, acknowledgements } : rest;
}

/** Sets the zone policy, or (undefined) removes it: no policy means no zone-policy findings. */
export function setZonePolicy(design: Design, policy: ZonePolicy | undefined): Design {
  const { zonePolicy: _, ...rest } = design;
  return policy ? { ...rest, zonePolicy: policy } : rest;
}
