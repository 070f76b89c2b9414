/**
 * The design document: what a user saves, opens and sends to colleagues.
 * Human-writable: a component needs only its catalogue `type`; ids, labels
 * and positions are optional and filled in when the file is restored.
 */
import { z } from '../zod';
import { EmbeddedPack } from '../catalogue/packs';
import { Approval } from '../review/approval';
import { Comment } from '../review/comments';
import { Acknowledgement, ZonePolicy } from '../checks/schema';
import { NatAddress, RequestFields } from '../request/schema';

export const DESIGN_SCHEMA_VERSION = 2;

/** Ids users may write: short, no spaces, safe as keys and in exports. */
export const DesignId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'an id is 1-64 letters, digits, dots, dashes, colons or underscores'));

/** Beyond this a canvas point is a typo or an attack, not a drawing: it would render as nothing. */
export const MAX_COORDINATE = 1_000_000;
const Coordinate = z
  .number()
  .check(z.gte(-MAX_COORDINATE, 'a position lies within ±1000000'), z.lte(MAX_COORDINATE, 'a position lies within ±1000000'));
const Position = z.strictObject({ x: Coordinate, y: Coordinate });
const Extent = z.number().check(z.positive(), z.lte(MAX_COORDINATE, 'a size is at most 1000000'));
const Size = z.strictObject({ width: Extent, height: Extent });

export const ZoneKind = z.enum(['internet', 'dmz', 'internal', 'management', 'partner', 'cloud', 'other']);

export const Zone = z.strictObject({
  id: DesignId,
  name: z.string().check(z.minLength(1, 'a zone needs a name')),
  kind: z._default(ZoneKind, 'internal'),
  /** The zone's address space; informative, and a hint when an IP falls outside it. */
  cidr: z.optional(z.string()),
  position: z.optional(Position),
  size: z.optional(Size),
});

export const OptionValue = z.union([z.boolean(), z.string()]);

export const ComponentInstance = z.strictObject({
  id: DesignId,
  /** Catalogue component type id, e.g. `tarantella.server`. */
  type: z.string().check(z.minLength(1)),
  label: z.optional(z.string()),
  /** Host name. Components with the same host name share one host (co-location). */
  host: z.optional(z.string()),
  /** IPv4 or IPv6 address, or a CIDR for a group of hosts. */
  ip: z.optional(z.string()),
  /** The address after network address translation, when a firewall sees it translated. */
  nat: z.optional(NatAddress),
  zone: z.optional(DesignId),
  options: z._default(z.record(z.string(), OptionValue), {}),
  params: z._default(z.record(z.string(), z.number().check(z.int())), {}),
  /**
   * Scoping: for a role this component connects to, which instances serve it.
   * Absent means every instance filling the role does (all pairs).
   */
  servedBy: z._default(z.record(z.string(), z.array(DesignId)), {}),
  position: z.optional(Position),
});

/** A flow the user drew: to one of the listener's documented services, or to a custom port. */
const PortNumber = z.number().check(z.int(), z.gte(1), z.lte(65535));

export const UserFlow = z.strictObject({
  id: DesignId,
  from: DesignId,
  to: DesignId,
  /** A documented service of the listener (its id); ports then follow the listener's parameters. */
  service: z.optional(z.string()),
  protocol: z.optional(z.enum(['tcp', 'udp'])),
  ports: z.optional(
    z.strictObject({ from: PortNumber, to: PortNumber }).check(z.refine((p) => p.from <= p.to, 'a port range needs from <= to')),
  ),
  app: z.optional(z.string()),
  purpose: z.optional(z.string()),
});

export const DesignMeta = z.strictObject({
  title: z._default(z.string(), 'Untitled design'),
  owner: z.optional(z.string()),
  changeTicket: z.optional(z.string()),
  description: z.optional(z.string()),
});

export const Design = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(DESIGN_SCHEMA_VERSION),
  meta: z._default(DesignMeta, { title: 'Untitled design' }),
  zones: z._default(z.array(Zone), []),
  components: z._default(z.array(ComponentInstance), []),
  flows: z._default(z.array(UserFlow), []),
  /** Keys of derived flows the user switched off. */
  excluded: z._default(z.array(z.string()), []),
  /** Review sign-offs of the matrix (src/model/review/approval.ts). */
  approvals: z.optional(z.array(Approval)),
  /** Review comment threads on components, edges and matrix rows (src/model/review/comments.ts). */
  comments: z.optional(z.array(Comment)),
  /** Checks findings the user acknowledged, with the reason (src/model/checks/schema.ts). */
  acknowledgements: z.optional(z.array(Acknowledgement)),
  /** Zone pairs that may talk; absent means no zone policy is stated. */
  zonePolicy: z.optional(ZonePolicy),
  /** Firewall request fields: requester, application, per-flow justification... (src/model/request/schema.ts). */
  request: z.optional(RequestFields),
  /** Catalogue packs and custom components this design uses, embedded so it opens anywhere (src/model/catalogue/packs.ts). */
  packs: z.optional(z.array(EmbeddedPack).check(z.maxLength(64))),
});

/**
 * What a person may write: the same document with ids optional (the restore
 * step numbers them). Only `schemaVersion` and each component's `type` are required.
 */
export const DesignInput = z.extend(Design, {
  zones: z._default(z.array(z.extend(Zone, { id: z.optional(DesignId) })), []),
  components: z._default(z.array(z.extend(ComponentInstance, { id: z.optional(DesignId) })), []),
  flows: z._default(z.array(z.extend(UserFlow, { id: z.optional(DesignId) })), []),
});

export type Design = z.infer<typeof Design>;
export type DesignInput = z.infer<typeof DesignInput>;
export type Zone = z.infer<typeof Zone>;
export type ZoneKind = z.infer<typeof ZoneKind>;
export type ComponentInstance = z.infer<typeof ComponentInstance>;
export type UserFlow = z.infer<typeof UserFlow>;
export type DesignMeta = z.infer<typeof DesignMeta>;
export type OptionValue = z.infer<typeof OptionValue>;
