/**
 * The design document: what a user saves, opens and sends to colleagues.
 * Human-writable: a component needs only its catalogue `type`; ids, labels
 * and positions are optional and filled in when the file is restored.
 */
import { z } from 'zod';
import { EmbeddedPack } from '../catalogue/packs';
import { Approval } from '../review/approval';
import { Comment } from '../review/comments';
import { Acknowledgement, ZonePolicy } from '../checks/schema';
import { NatAddress, RequestFields } from '../request/schema';

export const DESIGN_SCHEMA_VERSION = 2;

/** Ids users may write: short, no spaces, safe as keys and in exports. */
export const DesignId = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'an id is 1-64 letters, digits, dots, dashes, colons or underscores');

/** Beyond this a canvas point is a typo or an attack, not a drawing: it would render as nothing. */
export const MAX_COORDINATE = 1_000_000;
const Coordinate = z
  .number()
  .finite()
  .min(-MAX_COORDINATE, 'a position lies within ±1000000')
  .max(MAX_COORDINATE, 'a position lies within ±1000000');
const Position = z.strictObject({ x: Coordinate, y: Coordinate });
const Extent = z.number().finite().positive().max(MAX_COORDINATE, 'a size is at most 1000000');
const Size = z.strictObject({ width: Extent, height: Extent });

export const ZoneKind = z.enum(['internet', 'dmz', 'internal', 'management', 'partner', 'cloud', 'other']);

export const Zone = z.strictObject({
  id: DesignId,
  name: z.string().min(1, 'a zone needs a name'),
  kind: ZoneKind.default('internal'),
  /** The zone's address space; informative, and a hint when an IP falls outside it. */
  cidr: z.string().optional(),
  position: Position.optional(),
  size: Size.optional(),
});

export const OptionValue = z.union([z.boolean(), z.string()]);

export const ComponentInstance = z.strictObject({
  id: DesignId,
  /** Catalogue component type id, e.g. `tarantella.server`. */
  type: z.string().min(1),
  label: z.string().optional(),
  /** Host name. Components with the same host name share one host (co-location). */
  host: z.string().optional(),
  /** IPv4 or IPv6 address, or a CIDR for a group of hosts. */
  ip: z.string().optional(),
  /** The address after network address translation, when a firewall sees it translated. */
  nat: NatAddress.optional(),
  zone: DesignId.optional(),
  options: z.record(z.string(), OptionValue).default({}),
  params: z.record(z.string(), z.number().int()).default({}),
  /**
   * Scoping: for a role this component connects to, which instances serve it.
   * Absent means every instance filling the role does (all pairs).
   */
  servedBy: z.record(z.string(), z.array(DesignId)).default({}),
  position: Position.optional(),
});

/** A flow the user drew: to one of the listener's documented services, or to a custom port. */
export const UserFlow = z.strictObject({
  id: DesignId,
  from: DesignId,
  to: DesignId,
  /** A documented service of the listener (its id); ports then follow the listener's parameters. */
  service: z.string().optional(),
  protocol: z.enum(['tcp', 'udp']).optional(),
  ports: z
    .strictObject({ from: z.number().int().min(1).max(65535), to: z.number().int().min(1).max(65535) })
    .refine((p) => p.from <= p.to, 'a port range needs from <= to')
    .optional(),
  app: z.string().optional(),
  purpose: z.string().optional(),
});

export const DesignMeta = z.strictObject({
  title: z.string().default('Untitled design'),
  owner: z.string().optional(),
  changeTicket: z.string().optional(),
  description: z.string().optional(),
});

export const Design = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(DESIGN_SCHEMA_VERSION),
  meta: DesignMeta.default({ title: 'Untitled design' }),
  zones: z.array(Zone).default([]),
  components: z.array(ComponentInstance).default([]),
  flows: z.array(UserFlow).default([]),
  /** Keys of derived flows the user switched off. */
  excluded: z.array(z.string()).default([]),
  /** Review sign-offs of the matrix (src/model/review/approval.ts). */
  approvals: z.array(Approval).optional(),
  /** Review comment threads on components, edges and matrix rows (src/model/review/comments.ts). */
  comments: z.array(Comment).optional(),
  /** Checks findings the user acknowledged, with the reason (src/model/checks/schema.ts). */
  acknowledgements: z.array(Acknowledgement).optional(),
  /** Zone pairs that may talk; absent means no zone policy is stated. */
  zonePolicy: ZonePolicy.optional(),
  /** Firewall request fields: requester, application, per-flow justification... (src/model/request/schema.ts). */
  request: RequestFields.optional(),
  /** Catalogue packs and custom components this design uses, embedded so it opens anywhere (src/model/catalogue/packs.ts). */
  packs: z.array(EmbeddedPack).max(64).optional(),
});

/**
 * What a person may write: the same document with ids optional (the restore
 * step numbers them). Only `schemaVersion` and each component's `type` are required.
 */
export const DesignInput = Design.extend({
  zones: z.array(Zone.extend({ id: DesignId.optional() })).default([]),
  components: z.array(ComponentInstance.extend({ id: DesignId.optional() })).default([]),
  flows: z.array(UserFlow.extend({ id: DesignId.optional() })).default([]),
});

export type Design = z.infer<typeof Design>;
export type DesignInput = z.infer<typeof DesignInput>;
export type Zone = z.infer<typeof Zone>;
export type ZoneKind = z.infer<typeof ZoneKind>;
export type ComponentInstance = z.infer<typeof ComponentInstance>;
export type UserFlow = z.infer<typeof UserFlow>;
export type DesignMeta = z.infer<typeof DesignMeta>;
export type OptionValue = z.infer<typeof OptionValue>;
