/**
 * Findings: what the pre-flight checks say about a design. Each names the
 * rule that fired, what it points at (a component, an edge, a matrix row, a
 * zone), how to fix it and, where one exists, the document it rests on.
 */
import type { Catalogue, CatalogueComponent, CatalogueFlow } from '../catalogue/load';
import type { DerivedFlow } from '../derive';
import type { ComponentInstance, Design, OptionValue, Zone } from '../design/schema';
import type { MatrixRow } from '../matrix';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type FindingTarget =
  | { kind: 'component'; id: string }
  | { kind: 'edge'; from: string; to: string }
  | { kind: 'row'; rowId: string; from: string; to: string }
  | { kind: 'zone'; id: string };

export interface Finding {
  /** Stable while the design keeps what it points at: `<rule>:<target>[:<detail>]`. Acknowledgements name it. */
  id: string;
  rule: RuleId;
  severity: Severity;
  message: string;
  fix: string;
  target: FindingTarget;
  /** The vendor document and section, PCI DSS, or empty when the reason is in the message. */
  reference?: string;
  /** Set when the user acknowledged the finding: it is silenced but still listed. */
  acknowledged?: { reason: string };
}

export type RuleId =
  | 'missing-dependency'
  | 'idle-component'
  | 'port-clash'
  | 'cluster-port-mismatch'
  | 'membership-scheme-mismatch'
  | 'address-outside-zone'
  | 'host-two-addresses'
  | 'condition-not-met'
  | 'cleartext-across-zones'
  | 'wide-port-range'
  | 'any-address'
  | 'internet-reachable'
  | 'zone-policy'
  | 'local-only-crossing';

/** A placed component seen through its catalogue type, as the rules need it. */
export interface PlacedComponent {
  instance: ComponentInstance;
  type: CatalogueComponent;
  options: Record<string, OptionValue>;
  params: Record<string, number>;
  offset: number;
  /** Label, else the type's name, with the id when they differ: `"sf01" (Spotfire Server)`. */
  name: string;
}

/** Everything a rule reads. Built once per run; rules are pure functions of it. */
export interface CheckContext {
  design: Design;
  catalogue: Catalogue;
  flows: readonly DerivedFlow[];
  matrix: readonly MatrixRow[];
  placed: ReadonlyMap<string, PlacedComponent>;
  /** Derived flows by key, catalogue flows by id, zones by id: built once, read by several rules. */
  flowByKey: ReadonlyMap<string, DerivedFlow>;
  catalogueFlowById: ReadonlyMap<string, CatalogueFlow>;
  zoneById: ReadonlyMap<string, Zone>;
  /** How many placed components fill each role. */
  fillerCount: ReadonlyMap<string, number>;
}

export type Rule = (context: CheckContext) => Finding[];
