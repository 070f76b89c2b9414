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
import { exportFormat, exportFormats } from '../model/export/formats';
import { EXPORT_SCOPES, isExportScope } from '../model/export/types';
import { buildMatrix } from '../model/matrix';
import { flowLimitProblem } from '../model/design/budget';
import { capList } from '../model/design/problems';
import { version } from '../../package.json';
import { escapeMessage, escapeText } from './escape';
import { CHECK_USAGE, CheckUsageError, checkCommand } from './check';
import type { CliIo } from './io';
import { loadOptional } from './optional';
import { rasteriseSvg } from './rasterise';
import { DiffUsageError, diffCommand } from './diff';
import { ProfileError, resolveProfile } from './profile';
import { CATALOGUE_OPTION, CATALOGUE_USAGE, catalogueOf, PackFileError, readPacks, reportPackError } from './packs';

const FORMATS = exportFormats.map((f) => f.id).join(', ');

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
${CHECK_USAGE}
${CATALOGUE_USAGE}
  formats: ${FORMATS}
  DESIGN may be - (standard input); -o - writes standard output.
  portolan serve [--port 1234] [--data DIR]    serve the editor and shared rooms on 127.0.0.1
  portolan --help | --version`;

export const VERSION = version;

/** Repeated messages (warnings, problems) past this many are counted, not printed. */
const MAX_LINES = 20;

export class UsageError extends Error {}

/** Thrown by a command that asks for its help: usage on stdout, exit 0. */
class HelpRequested extends Error {}

export async function run(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Every message may quote a design file: no control character reaches the terminal.
  const io: CliIo = { ...rawIo, err: (text) => rawIo.err(escapeMessage(text)) };
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'catalogue':
        return await catalogueCommand(rest, io);
      case 'validate':
        return await validateCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case '--version':
      case '-v':
        if (rest.length > 0) throw new UsageError(`--version takes no arguments`);
        io.out(`${VERSION}\n`);
        return 0;
      case 'serve':
        // Loaded only for this command: the server needs SQLite and Hocuspocus, nothing else does.
        return await (
          await loadOptional(
            () => import('../server/command'),
            '@hocuspocus/server @hocuspocus/extension-sqlite better-sqlite3',
            'portolan serve',
          )
        ).serveCommand(rest, io);
      case 'check':
        return await checkCommand(rest, io, loadDesign);
      case 'diff':
        return await diffCommand(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.out(`${USAGE}\n`);
        return 0;
      case undefined:
        throw new UsageError('name a command');
      default:
        throw new UsageError(`unknown command "${escapeText(command)}"`);
    }
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (error instanceof PackFileError) {
      reportPackError(error, io, MAX_LINES);
      return 1;
    }
    if (
      error instanceof UsageError ||
      error instanceof CheckUsageError ||
      error instanceof ProfileError ||
      error instanceof DiffUsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.err(`portolan: ${escapeText(error.message)}\n${USAGE}\n`);
      return 2;
    }
    io.err(`portolan: ${escapeText(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

async function catalogueCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean' }, components: { type: 'boolean' }, ...HELP, ...CATALOGUE_OPTION },
  });
  if (values.help) throw new HelpRequested();
  const catalogue = catalogueOf({ packs: await readPacks(values.catalogue, io) });
  if (values.components) {
    const types = [...catalogue.components.values()].map((c) => ({
      id: c.id,
      product: catalogue.products.get(c.product)!.name,
      name: c.name,
    }));
    io.out(
      values.json
        ? `${JSON.stringify(types, null, 2)}\n`
        : table(
            ['id', 'product', 'name'],
            types.map((t) => [t.id, t.product, t.name]),
          ),
    );
    return 0;
  }
  const rows = catalogueListing(catalogue);
  if (values.json) {
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const columns: (keyof ListingRow)[] = [
    'product',
    'kind',
    'from',
    'to',
    'protocol',
    'port',
    'purpose',
    'document',
    'section',
    'condition',
    'firewall',
  ];
  io.out(
    table(
      columns,
      rows.map((r) => columns.map((c) => (c === 'firewall' ? (r.firewall ? 'yes' : 'no') : String(r[c])))),
    ),
  );
  return 0;
}

/** The one design file a command takes: none or two are a usage error. */
function onePath(positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UsageError('name a design file (or - for standard input)');
  if (positionals.length > 1)
    throw new UsageError(
      `one design file at a time; unexpected ${positionals
        .slice(1)
        .map((p) => `"${escapeText(p)}"`)
        .join(', ')}`,
    );
  return positionals[0]!;
}

async function loadDesign(path: string, io: CliIo, packPaths?: readonly string[]) {
  const name = path === '-' ? 'standard input' : escapeText(path);
  const packs = await readPacks(packPaths, io);
  const bytes = await io.readFile(path);
  const result = restoreDesign(bytes, bundledCatalogue(), name, { packs });
  if (!result.ok) {
    const details = capList(result.problem.details.slice(1), MAX_LINES);
    io.err(`portolan: ${escapeText(result.problem.message)}\n${details.map((d) => `  - ${escapeText(d)}\n`).join('')}`);
    return undefined;
  }
  for (const warning of capList(result.warnings, MAX_LINES)) io.err(`portolan: warning: ${escapeText(warning)}\n`);
  // Counted before any flow is made: an all-to-all design is refused in milliseconds, not derived for minutes.
  const overLimit = flowLimitProblem(result.design, catalogueOf(result.design));
  if (overLimit) {
    io.err(`portolan: ${name}: ${escapeText(overLimit)}\n`);
    return undefined;
  }
  return result.design;
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { ...HELP, ...CATALOGUE_OPTION } });
  if (values.help) throw new HelpRequested();
  const path = onePath(positionals);
  const design = await loadDesign(path, io, values.catalogue);
  if (!design) return 1;
  const catalogue = catalogueOf(design);
  const flows = deriveFlows(design, catalogue);
  const rows = buildMatrix(design, catalogue, flows);
  io.out(
    `${path === '-' ? 'standard input' : escapeText(path)}: valid. ${design.components.length} components in ${design.zones.length} zones; ` +
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
      ...HELP,
      profile: { type: 'string' },
      ...CATALOGUE_OPTION,
    },
  });
  if (values.help) throw new HelpRequested();
  const path = onePath(positionals);
  const format = exportFormat(values.format ?? '');
  if (!format)
    throw new UsageError(values.format ? `unknown format "${values.format}" (formats: ${FORMATS})` : `name a --format (${FORMATS})`);
  if (!isExportScope(values.scope)) throw new UsageError(`unknown scope "${values.scope}" (scopes: ${EXPORT_SCOPES.join(', ')})`);
  const design = await loadDesign(path, io, values.catalogue);
  if (!design) return 1;
  const catalogue = catalogueOf(design);
  const result = await format.run({
    design,
    catalogue,
    rows: buildMatrix(design, catalogue),
    scope: values.scope,
    generatedAt: new Date().toISOString(),
    bom: values.bom,
    includeInternal: values['include-internal'],
    placeholderAddresses: values['placeholder-addresses'],
    picture: { rasterise: rasteriseSvg },
    profile: await resolveProfile(values.profile, design, io),
  });
  for (const warning of capList(result.warnings, MAX_LINES)) io.err(`portolan: warning: ${escapeText(warning)}\n`);
  const [only] = result.files;
  // `-o` names a file for a single output, unless it is a folder (exists as one, or ends with a slash).
  const intoFolder =
    values.output !== undefined && values.output !== '-' && (/[\\/]$/.test(values.output) || (await io.isDirectory(values.output)));
  if (result.files.length === 1 && only && !intoFolder) {
    if (values.output) await io.writeFile(values.output, only.data);
    else if (typeof only.data === 'string') io.out(only.data);
    else throw new UsageError(`${format.label} is binary: name an output file with -o`);
    return 0;
  }
  if (!values.output || values.output === '-')
    throw new UsageError(`${format.label} makes ${result.files.length} files: name an output folder with -o`);
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
