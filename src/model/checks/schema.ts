/**
 * What the checks add to a design file: acknowledgements (a finding the
 * user has looked at, with the reason it stands) and the zone policy (which
 * zone may open connections to which). Kept apart from the design schema so
 * the design format names them in two lines.
 */
import { z } from '../zod';

/** A zone id as the design writes it (the same pattern as `DesignId`, repeated to keep this module free of the design schema). */
const ZoneRef = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'a zone id is 1-64 letters, digits, dots, dashes, colons or underscores'));

export const Acknowledgement = z.strictObject({
  /** The finding's id, as `portolan check --json` and the Checks panel show it. */
  finding: z.string().check(z.minLength(1), z.maxLength(600)),
  /** Why the finding stands: the safeguard, the exception, the ticket. */
  reason: z.string().check(z.trim(), z.minLength(1, 'an acknowledgement needs a reason'), z.maxLength(2000)),
});

/** Zone pairs that may talk: `from` opens connections to `to`. Flows inside one zone are always allowed. */
export const ZonePolicy = z.strictObject({
  allow: z._default(z.array(z.strictObject({ from: ZoneRef, to: ZoneRef })), []),
});

export type Acknowledgement = z.infer<typeof Acknowledgement>;
export type ZonePolicy = z.infer<typeof ZonePolicy>;
