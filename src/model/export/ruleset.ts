/**
 * The frame every rule-set format is written in: select the rules once
 * (`selectRules`: the same rows left out, with the same warnings, in every
 * format), let the format write its files per rule set, and collect the
 * warnings without repeats. A format only says how its files look.
 */
import { selectRules, type Enforcement, type RuleSet, type Selection } from './scope';
import { baseName, type ExportContext, type ExportFile, type ExportFormat, type ExportResult } from './types';

export interface RuleSetArgs<Shared> {
  context: ExportContext;
  selection: Selection;
  /** The design's base file name (`baseName`). */
  base: string;
  /** What `prepare` computed across every rule set (Azure's priorities, Capirca's tokens). */
  shared: Shared;
  /** Add to what the user is told; repeats are dropped. */
  warn(message: string): void;
}

export interface RuleSetSpec<Shared> {
  id: string;
  label: string;
  /** `host`: rules enforced on each machine, so traffic within a group of machines needs them (default `network`). */
  enforcement?: Enforcement;
  prepare?(args: Omit<RuleSetArgs<undefined>, 'shared'>): Shared;
  /** The files for one rule set (one for `all`, one per pair for `zone-pair`). */
  files(args: RuleSetArgs<Shared> & { set: RuleSet }): ExportFile[];
  /** Files common to every rule set (Capirca's definitions), written after them. */
  finish?(args: RuleSetArgs<Shared>): ExportFile[];
}

export function ruleSetExporter<Shared = undefined>(spec: RuleSetSpec<Shared>): ExportFormat {
  return {
    id: spec.id,
    label: spec.label,
    run(context: ExportContext): ExportResult {
      const base = baseName(context.design);
      const selection = selectRules({ ...context, base, enforcement: spec.enforcement ?? 'network' });
      const warnings = [...selection.warnings];
      const warn = (message: string) => void warnings.push(message);
      const shared = spec.prepare ? spec.prepare({ context, selection, base, warn }) : (undefined as Shared);
      const args: RuleSetArgs<Shared> = { context, selection, base, shared, warn };
      const files = selection.sets.flatMap((set) => spec.files({ ...args, set }));
      if (spec.finish) files.push(...spec.finish(args));
      return { files, warnings: [...new Set(warnings)] };
    },
  };
}
