/**
 * The catalogue format: what a vendor's port document says, as data.
 *
 * One file per product (plus shared infrastructure) under `catalogue/`. Every
 * flow and every listener-only service carries a citation: the seed document
 * and the section heading it stands under. Where the scraped page lost a cell,
 * the entry says so in `gap` instead of guessing silently.
 */
import { z } from 'zod';

/** Lower-case, dot- and dash-separated identifier such as `tarantella.server`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'an id is lower-case letters, digits, dots and dashes');

export const PortNumber = z.number().int().min(1).max(65535);

/** A port written in the document, or one computed from a parameter of the listener (Switch port + 1). */
export const PortRef = z.union([
  PortNumber,
  z.strictObject({ param: Id, add: z.number().int().default(0) }),
]);

/**
 * The port forms the documents use. Parameters named here are the listener's
 * (the Switch's port, the Netlet's array size), except that a WSO2 port offset
 * is applied by the component type (see `portOffsetParam`).
 */
export const PortSpec = z.discriminatedUnion('kind', [
  /** One or more separate ports: `443`, `135 and 445`, `5228, 5229, 5230`. */
  z.strictObject({ kind: z.literal('ports'), ports: z.array(PortRef).min(1) }),
  /** An inclusive range: `5900-5930`, `1024/udp to 65535/udp`. */
  z.strictObject({ kind: z.literal('range'), from: PortRef, to: PortRef }),
  /** `6010/tcp and above`: a range whose size is a parameter of the listener. */
  z.strictObject({ kind: z.literal('openRange'), from: PortRef, countParam: Id }),
  /** One port per member: `4000, 4002, ...` is first 4000, step 2, count from a parameter. */
  z.strictObject({ kind: z.literal('perMember'), first: PortRef, step: z.number().int().min(1), countParam: Id }),
  /** The document gives no number ("Varies", "device dependent", a random port). */
  z.strictObject({ kind: z.literal('unspecified'), note: z.string().min(1) }),
]);

export const Protocol = z.enum(['tcp', 'udp']);

/** A seed document's file name, e.g. `000_a45857cbf3bda30e.txt`. */
export const SeedFile = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'doc is a seed file name such as 000_a45857cbf3bda30e.txt');

/**
 * Where an entry comes from. The built-in catalogue cites a seed document
 * (`doc`); a catalogue pack may cite a web page instead (`url`: an RFC, the
 * IANA registry, a vendor page). A custom component defined in the editor
 * without a reference has neither: its `section` then says so.
 */
export const Citation = z
  .strictObject({
    /** File name of the seed document. */
    doc: SeedFile.optional(),
    /** A public web page (packs only). */
    url: z
      .string()
      .max(2000)
      .regex(/^https?:\/\/[^\s]+$/, 'url is a web address starting with https:// or http://, without spaces')
      .optional(),
    /** The section heading (or table/list heading) the row stands under, as written. */
    section: z.string().min(1),
    /** Optional short verbatim phrase from the row, to find it again. */
    quote: z.string().min(1).optional(),
  })
  .refine((cite) => cite.doc === undefined || cite.url === undefined, { message: 'a citation names a seed document (doc) or a web page (url), not both' });

/** A flow or service applies only when every condition holds. */
export const Condition = z.strictObject({
  /** Whose option: the initiator's (`from`) or the listener's (`to`). Services always use `to`. */
  side: z.enum(['from', 'to']),
  option: Id,
  /** The option value that switches the flow on. */
  is: z.union([z.boolean(), z.string()]),
});

const Connection = {
  protocols: z.array(Protocol).min(1),
  ports: PortSpec,
  /** Application protocol as the document names it (HTTPS, TDS, WebSocket Secure, LDAP...). */
  app: z.string().min(1).optional(),
  purpose: z.string().min(1),
  when: z.array(Condition).default([]),
  /** False for ports the document calls internal or says need no firewall rule. */
  firewall: z.boolean().default(true),
  cite: Citation,
  /** The same row standing again under other sections (WSO2 repeats its mobile ports per product). */
  alsoCited: z.array(Citation).default([]),
  /** What the scraped document lost here and what was (or was not) inferred. */
  gap: z.string().min(1).optional(),
};

/** A port a component listens on without the document naming who connects. */
export const Service = z.strictObject({ id: Id, ...Connection });

/**
 * Broadcast or multicast discovery that stays on its network segment: derived
 * only between components on one segment (see `src/model/segment.ts`), never
 * into or out of an Internet zone, and marked local-segment traffic.
 */
export const SegmentKind = z.enum(['broadcast', 'multicast']);

/** A documented connection from a component filling one role to one filling another. */
export const Flow = z.strictObject({
  id: Id,
  from: Id,
  to: Id,
  ...Connection,
  segment: SegmentKind.optional(),
  /** `same-type`: only between instances of one component type (the members of one WSO2 product's cluster). */
  peers: z.literal('same-type').optional(),
});

export const OptionDef = z.discriminatedUnion('type', [
  z.strictObject({
    id: Id,
    type: z.literal('boolean'),
    label: z.string().min(1),
    default: z.boolean(),
    help: z.string().optional(),
  }),
  z.strictObject({
    id: Id,
    type: z.literal('choice'),
    label: z.string().min(1),
    choices: z.array(z.strictObject({ value: Id, label: z.string().min(1) })).min(2),
    default: Id,
    help: z.string().optional(),
  }),
]);

export const ParamDef = z.strictObject({
  id: Id,
  label: z.string().min(1),
  default: z.number().int(),
  min: z.number().int(),
  max: z.number().int(),
  help: z.string().optional(),
});

/** A documented address for an endpoint on the Internet (Google DNS, Apple's APNs block). */
export const ExternalAddress = z.strictObject({
  cidrs: z.array(z.string().min(1)).default([]),
  /** An autonomous system whose announced prefixes are meant (FCM: AS15169). */
  asn: z.number().int().positive().optional(),
  note: z.string().optional(),
  cite: Citation,
});

export const ComponentType = z.strictObject({
  id: Id,
  /** The name the vendor uses. */
  name: z.string().min(1),
  /** Short text for the palette: what this component is. */
  description: z.string().optional(),
  /** Roles this component fills: flows name roles, not component types. */
  roles: z.array(Id).min(1),
  kind: z.enum(['server', 'client', 'database', 'directory', 'network', 'external']),
  options: z.array(OptionDef).default([]),
  params: z.array(ParamDef).default([]),
  /** WSO2 Carbon: every port this component listens on shifts by this parameter. */
  portOffsetParam: Id.optional(),
  services: z.array(Service).default([]),
  external: ExternalAddress.optional(),
});

/**
 * A role that flows name. `services` are listener-only ports that every
 * component filling the role offers (WSO2's Carbon ports, common to all its
 * products), so they are written once.
 */
export const RoleDef = z.strictObject({
  id: Id,
  name: z.string().min(1),
  services: z.array(Service).default([]),
});

export const ProductFile = z.strictObject({
  $schema: z.string().optional(),
  product: z.strictObject({
    id: Id,
    name: z.string().min(1),
    vendor: z.string().min(1),
    /** Short tag drawn on nodes, e.g. `TTA`. */
    tag: z.string().min(1).max(4),
    colour: z.string().regex(/^#[0-9a-f]{6}$/),
    /** Seed documents this file draws on (file name and title). */
    documents: z.array(z.strictObject({ doc: SeedFile, title: z.string().min(1) })).default([]),
  }),
  roles: z.array(RoleDef).default([]),
  components: z.array(ComponentType).default([]),
  flows: z.array(Flow).default([]),
  /** Things the document states that are not a port between two roles, or that the scrape lost. */
  gaps: z.array(z.strictObject({ text: z.string().min(1), cite: Citation })).default([]),
});

export type PortRef = z.infer<typeof PortRef>;
export type PortSpec = z.infer<typeof PortSpec>;
export type Protocol = z.infer<typeof Protocol>;
export type SegmentKind = z.infer<typeof SegmentKind>;
export type Citation = z.infer<typeof Citation>;
export type Condition = z.infer<typeof Condition>;
export type Service = z.infer<typeof Service>;
export type Flow = z.infer<typeof Flow>;
export type OptionDef = z.infer<typeof OptionDef>;
export type ParamDef = z.infer<typeof ParamDef>;
export type ComponentType = z.infer<typeof ComponentType>;
export type RoleDef = z.infer<typeof RoleDef>;
export type ProductFile = z.infer<typeof ProductFile>;
