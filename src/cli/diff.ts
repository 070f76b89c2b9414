/**
 * `portolan diff OLD NEW [--format csv|xlsx] [--profile NAME|FILE] [-o FILE]`:
 * the change request between two designs. Exit 0 when the firewall-relevant
 * matrices are the same, 1 when they differ (so it fits a pipeline, like
 * diff(1)), 2 for bad arguments or a design that cannot be opened.
 */
import { parseArgs } from 'node:util';
import { bundledCatalogue } from '../model/catalogue/bundled';
import { restoreDesign } from '../model/design/restore';
import { changeCsv, changeRequest, changeWorkbook, hasChanges } from '../model/export/change';
import { buildMatrix } from '../model/matrix';
import { requestRows } from '../model/request/rows';
import { loadServiceNames } from '../model/request/services';
import type { CliIo } from './io';
import { CATALOGUE_OPTION, catalogueOf, PackFileError, readPacks, reportPackError } from './packs';
import { resolveProfile } from './profile';

export class DiffUsageError extends Error {}

export async function diffCommand(args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await diff(args, io);
  } catch (error) {
    if (
      error instanceof DiffUsageError ||
      (error instanceof Error && error.name === 'ProfileError') ||
      (error instanceof TypeError && 'code' in error)
    )
      throw error;
    // Exit 1 means "differs": trouble is 2, as with diff(1).
    if (error instanceof PackFileError) {
      reportPackError(error, io, 20);
      return 2;
    }
    io.err(`portolan: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

async function diff(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'csv' },
      profile: { type: 'string' },
      output: { type: 'string', short: 'o' },
      ...CATALOGUE_OPTION,
    },
  });
  if (positionals.length !== 2) throw new DiffUsageError('diff takes two design files: OLD NEW');
  if (values.format !== 'csv' && values.format !== 'xlsx') throw new DiffUsageError(`diff writes csv or xlsx, not "${values.format}"`);
  if (values.format === 'xlsx' && !values.output) throw new DiffUsageError('an xlsx change request is binary: name an output file with -o');
  const packs = await readPacks(values.catalogue, io);
  const names = await loadServiceNames();
  const designs = [];
  for (const path of positionals) {
    const result = restoreDesign(await io.readFile(path!), bundledCatalogue(), path, { packs });
    if (!result.ok) {
      io.err(
        `portolan: ${result.problem.message}\n${result.problem.details
          .slice(1, 21)
          .map((d) => `  - ${d}\n`)
          .join('')}`,
      );
      return 2;
    }
    designs.push(result.design);
  }
  const [before, after] = designs as [NonNullable<(typeof designs)[0]>, NonNullable<(typeof designs)[0]>];
  const rowsOf = (design: typeof before) => requestRows(design, buildMatrix(design, catalogueOf(design)), { serviceNames: names });
  const request = changeRequest(rowsOf(before), rowsOf(after));
  const profile = await resolveProfile(values.profile, after, io);
  const { diff } = request;
  io.err(`portolan: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.size} changed, ${diff.same} unchanged\n`);
  const data =
    values.format === 'xlsx' ? await changeWorkbook(request, after, new Date().toISOString(), profile) : changeCsv(request, profile);
  if (values.output) await io.writeFile(values.output, data);
  else io.out(data as string);
  return hasChanges(diff) ? 1 : 0;
}
