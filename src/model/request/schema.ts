/**
 * What a firewall change process asks for beyond source, destination and
 * port (AlgoSec FireFlow, Tufin SecureChange, ServiceNow forms; PCI DSS 4.0
 * 1.2.5 and 1.2.7): who asks, for which application, and per flow why, for
 * how long, and how far it has got. Kept apart from the design schema so the
 * design gains one optional field (`request`) and components one (`nat`).
 *
 * Flow fields are keyed by the derived flow's stable key
 * (`<catalogue flow id>:<from>><to>` or `user:<flow id>`), so they survive
 * every re-derivation: an option switched off and on again finds them again.
 */
import { z } from '../zod';
import { checkAddress } from '../address';
import { ColumnProfile } from './profiles';

/** A calendar date as forms and spreadsheets write it. */
export const IsoDate = z.iso.date('write a date as YYYY-MM-DD');

/** One line of a form: short enough for a rule file header and a cell. */
const FormText = z.string().check(z.maxLength(200, 'keep this to 200 characters'));

export const FlowRequestType = z.enum(['new', 'change', 'removal']);
export const FlowLifetime = z.enum(['permanent', 'temporary']);
export const FlowStatus = z.enum(['proposed', 'approved', 'implemented']);

/** Per flow; every field optional: an absent field means its default (see `flowRequestOf`). */
export const FlowRequest = z.strictObject({
  /** Stored only when the user edited the pre-filled text. */
  justification: z.optional(z.string().check(z.maxLength(2000, 'keep a justification to 2000 characters'))),
  type: z.optional(FlowRequestType),
  lifetime: z.optional(FlowLifetime),
  /** For a temporary flow: the day it must be closed again. */
  expires: z.optional(IsoDate),
  status: z.optional(FlowStatus),
  notes: z.optional(z.string().check(z.maxLength(4000, 'keep notes to 4000 characters'))),
  /** When the flow was last reviewed (PCI DSS 1.2.7: every six months). */
  reviewed: z.optional(IsoDate),
});

const text = (max: number) => z.string().check(z.maxLength(max));

/** What a baseline keeps of each row: enough to say what was open, and to compare. */
export const BaselineRow = z.strictObject({
  id: text(600),
  ref: text(12),
  source: text(300),
  sourceAddress: text(300),
  destination: text(300),
  destinationAddress: text(300),
  protocol: text(8),
  port: text(300),
  purpose: text(2000),
});

export const Baseline = z.strictObject({
  /** When the rows were marked implemented (YYYY-MM-DD). */
  date: z.iso.date(),
  rows: z.array(BaselineRow).check(z.maxLength(100_000)),
});

/** Design level: the request as a whole. The change ticket and owner stay in `meta`. */
export const RequestFields = z.strictObject({
  requester: z.optional(FormText),
  application: z.optional(FormText),
  applicationOwner: z.optional(FormText),
  environment: z.optional(FormText),
  dueDate: z.optional(IsoDate),
  approver: z.optional(FormText),
  /** Per derived flow key. */
  flows: z._default(z.record(text(400), FlowRequest), {}),
  /** Column profiles for the CSV and the workbook (see `profiles.ts`). */
  profiles: z.optional(z.array(ColumnProfile).check(z.maxLength(50))),
  /** The matrix as last implemented ("Mark as implemented"): change requests are diffs against it. */
  baseline: z.optional(Baseline),
});

/** A component's translated (NAT) address: an IP or CIDR, checked like its own address. */
export const NatAddress = z.string().check(
  z.superRefine((value, context) => {
    const check = checkAddress(value);
    if (!check.ok) context.addIssue({ code: 'custom', message: check.message });
  }),
);

export type FlowRequestType = z.infer<typeof FlowRequestType>;
export type FlowLifetime = z.infer<typeof FlowLifetime>;
export type FlowStatus = z.infer<typeof FlowStatus>;
export type FlowRequest = z.infer<typeof FlowRequest>;
export type RequestFields = z.infer<typeof RequestFields>;

/** The design-level fields as the form lists them, with their labels. */
export const REQUEST_FIELD_LABELS = [
  ['requester', 'Requester'],
  ['application', 'Application'],
  ['applicationOwner', 'Application owner'],
  ['environment', 'Environment'],
  ['dueDate', 'Due date'],
  ['approver', 'Approver'],
] as const satisfies readonly (readonly [keyof Omit<RequestFields, 'flows'>, string])[];
export type BaselineRow = z.infer<typeof BaselineRow>;
export type Baseline = z.infer<typeof Baseline>;
