/**
 * `portolan check DESIGN [--json] [--fail-on error|warning]`: the pre-flight
 * checks of the Checks panel, for pipelines. Exit 0 when no open finding is
 * at or above the chosen level (default error), 3 when one is; acknowledged
 * findings never fail the run. 1 is a design that cannot be read, 2 bad arguments.
 */
import { escapeText } from './escape';
import { parseArgs } from 'node:util';
import { countFindings, failsAt, runChecks, ruleTitle, staleAcknowledgements, type Severity } from '../model/checks';
import type { Design } from '../model/design/schema';
import type { CliIo } from './io';
import { CATALOGUE_OPTION, catalogueOf } from './packs';

export const CHECK_USAGE =
  '  portolan check DESIGN [--json] [--fail-on error|warning|info] [--catalogue FILE]...\n                                               pre-flight checks; exit 3 when a finding at that level is open';

/** Exit code when the checks find something at the chosen level. */
export const FINDINGS_EXIT = 3;

export class CheckUsageError extends Error {}

export async function checkCommand(
  args: readonly string[],
  io: CliIo,
  load: (path: string, io: CliIo, packs?: readonly string[]) => Promise<Design | undefined>,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'fail-on': { type: 'string', default: 'error' }, ...CATALOGUE_OPTION },
  });
  const level = values['fail-on'];
  if (level !== 'error' && level !== 'warning' && level !== 'info')
    throw new CheckUsageError(`--fail-on takes error, warning or info (got "${level}")`);
  if (positionals.length !== 1)
    throw new CheckUsageError(
      positionals.length === 0 ? 'check needs a design file' : `check takes one design file (got ${positionals.length} arguments)`,
    );
  const design = await load(positionals[0]!, io, values.catalogue);
  if (!design) return 1;
  const findings = runChecks(design, catalogueOf(design));
  const counts = countFindings(findings);
  const stale = staleAcknowledgements(design, findings);
  if (values.json) {
    io.out(`${JSON.stringify({ design: positionals[0], counts, findings, staleAcknowledgements: stale }, null, 2)}\n`);
  } else {
    // Labels come from the file: control characters are shown escaped, never sent to the terminal.
    const clean = (s: string) => escapeText(s.replace(/[\r\n\t]+/g, ' '));
    for (const f of findings) {
      const status = f.acknowledged ? ` (acknowledged: ${clean(f.acknowledged.reason)})` : '';
      io.out(
        `${f.severity.toUpperCase()} ${ruleTitle(f.rule)}${status}\n  ${clean(f.message)}\n  fix: ${clean(f.fix)}\n${f.reference ? `  reference: ${clean(f.reference)}\n` : ''}  id: ${f.id}\n`,
      );
    }
    for (const id of stale) io.out(`NOTE an acknowledgement matches no finding any more: ${id}\n`);
    io.out(
      `${positionals[0]}: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info, ${counts.acknowledged} acknowledged.\n`,
    );
  }
  return failsAt(findings, level as Severity) ? FINDINGS_EXIT : 0;
}
