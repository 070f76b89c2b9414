/**
 * The catalogue format: what a vendor's port document says, as data.
 *
 * One file per product (plus shared infrastructure) under `catalogue/`. Every
 * flow and every listener-only service carries a citation: the seed document
 * and the section heading it stands under. Where the scraped page lost a cell,
 * the entry says so in `gap` instead of guessing silently.
 */
import { z } from '../zod';

const NonEmpty = z.string().check(z.minLength(1));

/** Lower-case, dot- and dash-separated identifier such as `tarantella.server`. */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'an id is lower-case letters, digits, dots and dashes'));

export const PortNumber = z.number().check(z.int(), z.gte(1), z.lte(65535));

/** A port written in the document, or one computed from a parameter of the listener (Switch port + 1). */
export const PortRef = z.union([
  PortNumber,
  z.strictObject({ param: Id, add: z._default(z.number().check(z.int()), 0) }),
]);

/**
 * The port forms the documents use. Parameters named here are the listener's
 * (the Switch's port, the Netlet's array size), except that a WSO2 port offset
 * is applied by the component type (see `portOffsetParam`).
 */
export const PortSpec = z.discriminatedUnion('kind', [
  /** One or more separate ports: `443`, `135 and 445`, `5228, 5229, 5230`. */
  z.strictObject({ kind: z.literal('ports'), ports: z.array(PortRef).check(z.minLength(1)) }),
  /** An inclusive range: `5900-5930`, `1024/udp to 65535/udp`. */
  z.strictObject({ kind: z.literal('range'), from: PortRef, to: PortRef }),
  /** `6010/tcp and above`: a range whose size is a parameter of the listener. */
  z.strictObject({ kind: z.literal('openRange'), from: PortRef, countParam: Id }),
  /** One port per member: `4000, 4002, ...` is first 4000, step 2, count from a parameter. */
  z.strictObject({ kind: z.literal('perMember'), first: PortRef, step: z.number().check(z.int(), z.gte(1)), countParam: Id }),
  /** The document gives no number ("Varies", "device dependent", a random port). */
  z.strictObject({ kind: z.literal('unspecified'), note: z.string().check(z.minLength(1)) }),
]);

export const Protocol = z.enum(['tcp', 'udp']);

/** A seed document's file name, e.g. `000_a45857cbf3bda30e.txt`. */
export const SeedFile = z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'doc is a seed file name such as 000_a45857cbf3bda30e.txt'));

/**
 * Where an entry comes from. The built-in catalogue cites a seed document
 * (`doc`); a catalogue pack may cite a web page instead (`url`: an RFC, the
 * IANA registry, a vendor page). A custom component defined in the editor
 * without a reference has neither: its `section` then says so.
 */
export const Citation = z
  .strictObject({
    /** File name of the seed document. */
    doc: z.optional(SeedFile),
    /** A public web page (packs only). */
    url: z.optional(
      z
        .string()
        .check(
          z.maxLength(2000),
          z.regex(/^https?:\/\/[^\s]+$/, 'url is a web address starting with https:// or http://, without spaces'),
        ),
    ),
    /** The section heading (or table/list heading) the row stands under, as written. */
    section: NonEmpty,
    /** Optional short verbatim phrase from the row, to find it again. */
    quote: z.optional(NonEmpty),
  })
  .check(
    z.refine((cite) => cite.doc === undefined || cite.url === undefined, {
      message: 'a citation names a seed document (doc) or a web page (url), not both',
    }),
  );

/** A flow or service applies only when every condition holds. */
export const Condition = z.strictObject({
  /** Whose option: the initiator's (`from`) or the listener's (`to`). Services always use `to`. */
  side: z.enum(['from', 'to']),
  option: Id,
  /** The option value that switches the flow on. */
  is: z.union([z.boolean(), z.string()]),
});

const Connection = {
  protocols: z.array(Protocol).check(z.minLength(1)),
  ports: PortSpec,
  /** Application protocol as the document names it (HTTPS, TDS, WebSocket Secure, LDAP...). */
  app: z.optional(NonEmpty),
  purpose: NonEmpty,
  when: z._default(z.array(Condition), []),
  /** False for ports the document calls internal or says need no firewall rule. */
  firewall: z._default(z.boolean(), true),
  cite: Citation,
  /** The same row standing again under other sections (WSO2 repeats its mobile ports per product). */
  alsoCited: z._default(z.array(Citation), []),
  /** What the scraped document lost here and what was (or was not) inferred. */
  gap: z.optional(NonEmpty),
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
  segment: z.optional(SegmentKind),
  /** `same-type`: only between instances of one component type (the members of one WSO2 product's cluster). */
  peers: z.optional(z.literal('same-type')),
});

export const OptionDef = z.discriminatedUnion('type', [
  z.strictObject({
    id: Id,
    type: z.literal('boolean'),
    label: NonEmpty,
    default: z.boolean(),
    help: z.optional(z.string()),
  }),
  z.strictObject({
    id: Id,
    type: z.literal('choice'),
    label: NonEmpty,
    choices: z.array(z.strictObject({ value: Id, label: NonEmpty })).check(z.minLength(2)),
    default: Id,
    help: z.optional(z.string()),
  }),
]);

export const ParamDef = z.strictObject({
  id: Id,
  label: NonEmpty,
  default: z.number().check(z.int()),
  min: z.number().check(z.int()),
  max: z.number().check(z.int()),
  help: z.optional(z.string()),
});

/** A documented address for an endpoint on the Internet (Google DNS, Apple's APNs block). */
export const ExternalAddress = z.strictObject({
  cidrs: z._default(z.array(NonEmpty), []),
  /** An autonomous system whose announced prefixes are meant (FCM: AS15169). */
  asn: z.optional(z.number().check(z.int(), z.positive())),
  note: z.optional(z.string()),
  cite: Citation,
});

export const ComponentType = z.strictObject({
  id: Id,
  /** The name the vendor uses. */
  name: NonEmpty,
  /** Short text for the palette: what this component is. */
  description: z.optional(z.string()),
  /** Roles this component fills: flows name roles, not component types. */
  roles: z.array(Id).check(z.minLength(1)),
  kind: z.enum(['server', 'client', 'database', 'directory', 'network', 'external']),
  options: z._default(z.array(OptionDef), []),
  params: z._default(z.array(ParamDef), []),
  /** WSO2 Carbon: every port this component listens on shifts by this parameter. */
  portOffsetParam: z.optional(Id),
  services: z._default(z.array(Service), []),
  external: z.optional(ExternalAddress),
});

/**
 * A role that flows name. `services` are listener-only ports that every
 * component filling the role offers (WSO2's Carbon ports, common to all its
 * products), so they are written once.
 */
export const RoleDef = z.strictObject({
  id: Id,
  name: NonEmpty,
  services: z._default(z.array(Service), []),
});

export const ProductFile = z.strictObject({
  $schema: z.optional(z.string()),
  product: z.strictObject({
    id: Id,
    name: NonEmpty,
    vendor: NonEmpty,
    /** Short tag drawn on nodes, e.g. `TTA`. */
    tag: z.string().check(z.minLength(1), z.maxLength(4)),
    colour: z.string().check(z.regex(/^#[0-9a-f]{6}$/)),
    /** Seed documents this file draws on (file name and title). */
    documents: z._default(z.array(z.strictObject({ doc: SeedFile, title: NonEmpty })), []),
  }),
  roles: z._default(z.array(RoleDef), []),
  components: z._default(z.array(ComponentType), []),
  flows: z._default(z.array(Flow), []),
  /** Things the document states that are not a port between two roles, or that the scrape lost. */
  gaps: z._default(z.array(z.strictObject({ text: NonEmpty, cite: Citation })), []),
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
