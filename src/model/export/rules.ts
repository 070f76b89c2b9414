/**
 * What a rule set is made of: the rules \`selectRules\` (scope.ts) makes from
 * matrix rows, their ends and notes, and the selection every rule-set format
 * writes from.
 */
import type { Protocol } from '../catalogue/schema';
import type { MatrixRow } from '../matrix';
import type { RuleAddress } from './addresses';

export interface RuleEnd {
  zone: string;
  zoneId: string;
  /** `component (host)` for every component behind these addresses. */
  names: string[];
  /** A documented Internet service (APNs, Google DNS): no rule can be installed on it, only towards it. */
  external: boolean;
  /** Host names given in the design (may be empty: a component without one). */
  hosts: string[];
  /** Identifies the address set: rules with equal keys have equal addresses. */
  key: string;
  addresses: RuleAddress[];
}

/** Why a rule exists: one matrix row's purpose and the document that states it. */
export interface RuleNote {
  ref: string;
  purpose: string;
  reference: string;
  product: string;
  app: string;
  condition: string;
  /** `local segment (broadcast)`, `within group 10.20.0.0/16`; empty for an ordinary row. */
  scope: string;
}

export interface Rule {
  /** The first matrix reference it carries (R001): unique across rules. */
  id: string;
  refs: string[];
  source: RuleEnd;
  destination: RuleEnd;
  protocol: Protocol;
  from: number;
  to: number;
  notes: RuleNote[];
  /** Some address in it is a placeholder. */
  placeholder: boolean;
}

export interface RuleSet {
  /** `''` for one rule set; `dmz-to-internal` for a zone pair. */
  name: string;
  /** File name without extension: the design's base name, plus the pair. */
  stem: string;
  /** `DMZ -> Internal`, or `all zones`. */
  title: string;
  rules: Rule[];
}

export interface Placeholder {
  host: string;
  address: string;
  /** `host:<name in lower case>`, or `component:<id>` for a component without a host name. */
  key: string;
}

export interface Selection {
  sets: RuleSet[];
  /** Every rule across the sets, in matrix order. */
  rules: Rule[];
  /** The rows in scope (firewall-relevant, crossing when asked), whether or not they became rules. */
  rows: MatrixRow[];
  placeholders: Placeholder[];
  /** Per matrix reference: why the row is not a rule, or which placeholder it uses. */
  rowNotes: Map<string, string[]>;
  /** What scope the rules cover, in words, for file headers. */
  scopeText: string;
  warnings: string[];
}

/** Where a format's rules are enforced: on each host (they keep traffic within a group), or on a network firewall between hosts. */
export type Enforcement = 'host' | 'network';
