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
import { z } from 'zod';
import { checkAddress } from '../address';
import { ColumnProfile } from './profiles';

/** A calendar date as forms and spreadsheets write it. */
export const IsoDate = z.iso.date('write a date as YYYY-MM-DD');

/** One line of a form: short enough for a rule file header and a cell. */
const FormText = z.string().max(200, 'keep this to 200 characters');

export const FlowRequestType = z.enum(['new', 'change', 'removal']);
export const FlowLifetime = z.enum(['permanent', 'temporary']);
export const FlowStatus = z.enum(['proposed', 'approved', 'implemented']);

/** Per flow; every field optional: an absent field means its default (see `flowRequestOf`). */
export const FlowRequest = z.strictObject({
  /** Stored only when the user edited the pre-filled text. */
  justification: z.string().max(2000, 'keep a justification to 2000 characters').optional(),
  type: FlowRequestType.optional(),
  lifetime: FlowLifetime.optional(),
  /** For a temporary flow: the day it must be closed again. */
  expires: IsoDate.optional(),
  status: FlowStatus.optional(),
  notes: z.string().max(4000, 'keep notes to 4000 characters').optional(),
  /** When the flow was last reviewed (PCI DSS 1.2.7: every six months). */
  reviewed: IsoDate.optional(),
});

/** What a baseline keeps of each row: enough to say what was open, and to compare. */
export const BaselineRow = z.strictObject({
  id: z.string().max(600),
  ref: z.string().max(12),
  source: z.string().max(300),
  sourceAddress: z.string().max(300),
  destination: z.string().max(300),
  destinationAddress: z.string().max(300),
  protocol: z.string().max(8),
  port: z.string().max(300),
  purpose: z.string().max(2000),
});

export const Baseline = z.strictObject({
  /** When the rows were marked implemented (YYYY-MM-DD). */
  date: z.iso.date(),
  rows: z.array(BaselineRow).max(100_000),
});

/** Design level: the request as a whole. The change ticket and owner stay in `meta`. */
export const RequestFields = z.strictObject({
  requester: FormText.optional(),
  application: FormText.optional(),
  applicationOwner: FormText.optional(),
  environment: FormText.optional(),
  dueDate: IsoDate.optional(),
  approver: FormText.optional(),
  /** Per derived flow key. */
  flows: z.record(z.string().max(400), FlowRequest).default({}),
  /** Column profiles for the CSV and the workbook (see `profiles.ts`). */
  profiles: z.array(ColumnProfile).max(50).optional(),
  /** The matrix as last implemented ("Mark as implemented"): change requests are diffs against it. */
  baseline: Baseline.optional(),
});

/** A component's translated (NAT) address: an IP or CIDR, checked like its own address. */
export const NatAddress = z.string().superRefine((value, context) => {
  const check = checkAddress(value);
  if (!check.ok) context.addIssue({ code: 'custom', message: check.message });
});

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
