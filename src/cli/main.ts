/**
 * The `portolan` command line. `run` takes the arguments and an IO object and
 * returns the exit code, so tests drive it in-process; `bin/portolan.mjs`
 * wires it to the real process.
 */
import { parseArgs } from 'node:util';
import { bundledCatalogue } from '../model/catalogue/bundled';
import { catalogueListing, type ListingRow } from '../model/catalogue/listing';
import { restoreDesign } from '../model/design/restore';
import { deriveFlows } from '../model/derive';
import { exportFormat, exportFormats, type ExportScope } from '../model/export/formats';
import { buildMatrix } from '../model/matrix';
import type { CliIo } from './io';
import { DiffUsageError, diffCommand } from './diff';
import { ProfileError, resolveProfile } from './profile';

const FORMATS = exportFormats.map((f) => f.id).join(', ');
const SCOPES: readonly ExportScope[] = ['all', 'crossing', 'zone-pair'];

export const USAGE = `Usage:
  portolan catalogue [--json] [--components]   list every documented flow and service (or component type)
  portolan validate DESIGN                     check a design file and summarise it
  portolan export DESIGN --format FORMAT [--scope all|crossing|zone-pair] [-o FILE|DIR]
                 [--bom] [--include-internal] [--placeholder-addresses] [--profile NAME|FILE]
                                               write the flow matrix or rule sets
                                               (--profile: csv and xlsx columns: full, compact, zone-pairs,
                                               a profile saved in the design, or a .json file)
  portolan diff OLD NEW [--format csv|xlsx] [--profile NAME|FILE] [-o FILE]
                                               the change request between two designs (rows to Add and Remove);
                                               exit 0 when nothing differs, 1 when something does, 2 on error
  formats: ${FORMATS}
  portolan --help`;

export class UsageError extends Error {}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'catalogue':
        return catalogueCommand(rest, io);
      case 'validate':
        return await validateCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case 'diff':
        return await diffCommand(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ProfileError || error instanceof DiffUsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`portolan: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    io.err(`portolan: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function catalogueCommand(args: readonly string[], io: CliIo): number {
  const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean' }, components: { type: 'boolean' } } });
  const catalogue = bundledCatalogue();
  if (values.components) {
    const types = [...catalogue.components.values()].map((c) => ({ id: c.id, product: catalogue.products.get(c.product)!.name, name: c.name }));
    io.out(values.json ? `${JSON.stringify(types, null, 2)}\n` : table(['id', 'product', 'name'], types.map((t) => [t.id, t.product, t.name])));
    return 0;
  }
  const rows = catalogueListing(catalogue);
  if (values.json) {
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const columns: (keyof ListingRow)[] = ['product', 'kind', 'from', 'to', 'protocol', 'port', 'purpose', 'document', 'section', 'condition', 'firewall'];
  io.out(table(columns, rows.map((r) => columns.map((c) => (c === 'firewall' ? (r.firewall ? 'yes' : 'no') : String(r[c]))))));
  return 0;
}

async function loadDesign(path: string | undefined, io: CliIo) {
  if (!path) throw new UsageError('name a design file');
  const bytes = await io.readFile(path);
  const result = restoreDesign(bytes, bundledCatalogue(), path);
  if (!result.ok) {
    io.err(`portolan: ${result.problem.message}\n${result.problem.details.slice(1).map((d) => `  - ${d}\n`).join('')}`);
    return undefined;
  }
  for (const warning of result.warnings) io.err(`portolan: warning: ${warning}\n`);
  return result.design;
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args: [...args], allowPositionals: true, options: {} });
  const design = await loadDesign(positionals[0], io);
  if (!design) return 1;
  const catalogue = bundledCatalogue();
  const flows = deriveFlows(design, catalogue);
  const rows = buildMatrix(design, catalogue, flows);
  io.out(
    `${positionals[0]}: valid. ${design.components.length} components in ${design.zones.length} zones; ` +
      `${flows.length} flows (${flows.filter((f) => f.local).length} local to a host); ` +
      `${rows.length} matrix rows, ${rows.filter((r) => r.firewall).length} firewall-relevant.\n`,
  );
  return 0;
}

async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      scope: { type: 'string', default: 'all' },
      output: { type: 'string', short: 'o' },
      bom: { type: 'boolean', default: false },
      'include-internal': { type: 'boolean', default: false },
      'placeholder-addresses': { type: 'boolean', default: false },
      profile: { type: 'string' },
    },
  });
  const format = exportFormat(values.format ?? '');
  if (!format) throw new UsageError(values.format ? `unknown format "${values.format}" (formats: ${FORMATS})` : `name a --format (${FORMATS})`);
  if (!SCOPES.includes(values.scope as ExportScope)) throw new UsageError(`unknown scope "${values.scope}" (scopes: ${SCOPES.join(', ')})`);
  const design = await loadDesign(positionals[0], io);
  if (!design) return 1;
  const catalogue = bundledCatalogue();
  const result = await format.run({
    design,
    catalogue,
    rows: buildMatrix(design, catalogue),
    scope: values.scope as ExportScope,
    generatedAt: new Date().toISOString(),
    bom: values.bom,
    includeInternal: values['include-internal'],
    placeholderAddresses: values['placeholder-addresses'],
    profile: await resolveProfile(values.profile, design, io),
  });
  for (const warning of result.warnings) io.err(`portolan: warning: ${warning}\n`);
  const [only] = result.files;
  // `-o` names a file for a single output, unless it is a folder (exists as one, or ends with a slash).
  const intoFolder = values.output !== undefined && (/[\\/]$/.test(values.output) || (await io.isDirectory(values.output)));
  if (result.files.length === 1 && only && !intoFolder) {
    if (values.output) await io.writeFile(values.output, only.data);
    else if (typeof only.data === 'string') io.out(only.data);
    else throw new UsageError(`${format.label} is binary: name an output file with -o`);
    return 0;
  }
  if (!values.output) throw new UsageError(`${format.label} makes ${result.files.length} files: name an output folder with -o`);
  await io.makeDirectory(values.output);
  const folder = values.output.replace(/[\\/]+$/, '');
  for (const file of result.files) await io.writeFile(`${folder}/${file.name}`, file.data);
  io.err(`portolan: wrote ${result.files.length} file${result.files.length === 1 ? '' : 's'} to ${folder}\n`);
  return 0;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  return [header, ...rows].map((r) => r.map(clean).join('\t')).join('\n') + '\n';
}
