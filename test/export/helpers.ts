/**
 * Shared by the export tests: fixture designs, a fixed export context, and
 * the real parsers each format is checked with (iptables-restore,
 * iptables-legacy-restore, ip6tables-restore, nft, Capirca, hcl2json,
 * kubernetes-models, tree-sitter-powershell, exceljs).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { Language, Parser, type Node as SyntaxNode } from 'web-tree-sitter';
import { parseAllDocuments } from 'yaml';
import { bundledCatalogue } from '../../src/model/catalogue/bundled';
import { restoreDesign } from '../../src/model/design/restore';
import type { Design } from '../../src/model/design/schema';
import { exportFormat } from '../../src/model/export/formats';
import { EXPORT_SCOPES, type ExportContext, type ExportFile, type ExportResult, type ExportScope } from '../../src/model/export/types';
import { buildMatrix } from '../../src/model/matrix';

export const GENERATED_AT = '2025-01-15T09:30:00.000Z';
export const FIXTURES = join(import.meta.dirname, '../fixtures/designs');
export const FIXTURE_NAMES = ['tarantella', 'tachyon', 'wso2-apim', 'wso2-mobile'] as const;
export const RULE_FORMATS = ['iptables', 'nftables', 'asa', 'aws', 'azure', 'windows', 'k8s', 'capirca'] as const;

export function loadFixture(name: string): Design {
  const result = restoreDesign(readFileSync(join(FIXTURES, `${name}.portolan.json`)), bundledCatalogue(), name);
  if (!result.ok) throw new Error(`${name}: ${result.problem.message}`);
  return result.design;
}

export function contextFor(design: Design, options: Partial<Omit<ExportContext, 'design' | 'catalogue' | 'rows'>> = {}): ExportContext {
  const catalogue = bundledCatalogue();
  return { design, catalogue, rows: buildMatrix(design, catalogue), scope: 'all', generatedAt: GENERATED_AT, ...options };
}

export async function runFormat(id: string, context: ExportContext): Promise<ExportResult> {
  const format = exportFormat(id);
  if (!format) throw new Error(`no format ${id}`);
  return format.run(context);
}

export const text = (file: ExportFile): string => (typeof file.data === 'string' ? file.data : new TextDecoder().decode(file.data));

const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `portolan-${prefix}-`));
  made.push(dir);
  return dir;
}

/**
 * Removes the folders `tempDir` made (call from afterAll). At 1000 property runs that is thousands
 * of files, 4–13 s on a loaded machine: hence Vitest's hookTimeout in vite.config.ts.
 */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function writeFiles(dir: string, files: readonly ExportFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  return files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.data);
    return path;
  });
}

export interface Checked {
  ok: boolean;
  output: string;
}

/** One call of a parser: the command and its arguments. */
export type ToolCall = readonly [command: string, ...args: string[]];

const run = promisify(execFile);
const BATCH = 100;

/**
 * Runs parser calls, each on its own, from small bash processes that take a
 * batch of calls each. Forking the test process itself (hundreds of MB) for
 * every call cost about 40 ms of page-table copying each, which was most of
 * the property test's time. (Running batches side by side gained nothing:
 * the parsers' own work is what is left.) As non-root a batch runs inside a
 * user and network namespace where iptables and nft may work (the legacy
 * tools then need a lock file they can write, instead of /run/xtables.lock).
 */
export async function runTools(calls: readonly ToolCall[]): Promise<Checked[]> {
  const results: Checked[] = [];
  for (let from = 0; from < calls.length; from += BATCH) results.push(...(await runBatch(calls.slice(from, from + BATCH))));
  return results;
}

// Arguments: the output folder, then per call its argument count and the call itself.
const BATCH_SCRIPT = `dir=$1; shift; i=0
while (($#)); do n=$1; shift; "\${@:1:n}" >"$dir/$i.out" 2>&1; echo $? >"$dir/$i.status"; shift "$n"; i=$((i+1)); done`;

async function runBatch(calls: readonly ToolCall[]): Promise<Checked[]> {
  const root = process.getuid?.() === 0;
  const dir = tempDir('tools');
  const args = ['-c', BATCH_SCRIPT, 'bash', dir, ...calls.flatMap((call) => [String(call.length), ...call])];
  const [cmd, argv] = root ? ['bash', args] : ['unshare', ['-Urn', 'bash', ...args]];
  const env = root ? process.env : { ...process.env, XTABLES_LOCKFILE: join(tmpdir(), `portolan-xtables-${process.pid}.lock`) };
  try {
    await run(cmd, argv, { encoding: 'utf8', timeout: 30_000 + 2_000 * calls.length, env });
  } catch (error) {
    throw new Error(`${cmd}: ${(error as { stderr?: string }).stderr || (error as Error).message}`, { cause: error });
  }
  return calls.map(([command], i) => {
    const status = Number(readFileSync(join(dir, `${i}.status`), 'utf8'));
    if (status === 127) throw new Error(`${command} is missing (install it: apt-get install -y iptables nftables python3-capirca)`);
    return { ok: status === 0, output: `${command}: ${readFileSync(join(dir, `${i}.out`), 'utf8')}` };
  });
}

/** iptables-restore --test and iptables-legacy-restore --test (ip6tables-* for IPv6). */
export const iptablesCalls = (path: string): ToolCall[] =>
  (path.endsWith('.v6.rules') ? ['ip6tables-restore', 'ip6tables-legacy-restore'] : ['iptables-restore', 'iptables-legacy-restore']).map(
    (tool) => [tool, '--test', path] as const,
  );

export const nftCall = (path: string): ToolCall => ['nft', '-c', '-f', path];

export const checkIptables = (path: string): Promise<Checked[]> => runTools(iptablesCalls(path));

export const checkNft = async (path: string): Promise<Checked> => (await runTools([nftCall(path)]))[0]!;

/**
 * Capirca's aclgen over a policy folder, laid out as it expects: the .pol
 * files under <base>/pol, the .net and .svc files in the definitions folder.
 */
export function checkAclgen(files: readonly ExportFile[]): Checked & { outputs: string[]; outDir: string } {
  const dir = tempDir('capirca');
  writeFiles(
    join(dir, 'policies', 'pol'),
    files.filter((f) => f.name.endsWith('.pol')),
  );
  writeFiles(
    join(dir, 'def'),
    files.filter((f) => !f.name.endsWith('.pol')),
  );
  mkdirSync(join(dir, 'out'));
  const result = spawnSync(
    'aclgen',
    ['--base_directory', join(dir, 'policies'), '--definitions_directory', join(dir, 'def'), '--output_directory', join(dir, 'out')],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (result.error) throw new Error(`aclgen: ${result.error.message} (install it: apt-get install -y python3-capirca)`);
  const outputs = existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : [];
  const output = `${result.stdout}${result.stderr}`;
  // aclgen logs a failed policy and still exits 0, so its log is read too.
  const failed = /\bE\d{4} |Traceback|Error/.test(output);
  return { ok: result.status === 0 && !failed, output, outputs, outDir: join(dir, 'out') };
}

/**
 * Many Capirca policies in one Python process (spawning aclgen per design
 * would take a second each): each folder is parsed with Capirca's own
 * naming and policy parsers and rendered by its iptables generator, which is
 * what aclgen does per file.
 */
export function checkCapircaBatch(folders: readonly string[]): Map<string, Checked> {
  const script = `
import sys, os, glob, json
from capirca.lib import naming, policy, iptables
out = {}
for folder in sys.argv[1:]:
    try:
        defs = naming.Naming(os.path.join(folder, 'def'))
        for pol in sorted(glob.glob(os.path.join(folder, 'policies', 'pol', '*.pol'))):
            with open(pol, encoding='utf-8') as f:
                parsed = policy.ParsePolicy(f.read(), defs, optimize=True)
            text = str(iptables.Iptables(parsed, 2))
            if 'FORWARD' not in text:
                raise ValueError('no FORWARD output for ' + pol)
        out[folder] = 'ok'
    except Exception as e:
        out[folder] = type(e).__name__ + ': ' + str(e)
print(json.dumps(out))
`;
  const result = spawnSync(capircaPython(), ['-c', script, ...folders], {
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`capirca batch failed: ${result.stderr}`);
  const parsed = JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, string>;
  return new Map(Object.entries(parsed).map(([folder, message]) => [folder, { ok: message === 'ok', output: message }]));
}

/** The Python that has Capirca: the one aclgen's #! line names (a pyenv python3 on PATH may not). */
function capircaPython(): string {
  const which = spawnSync('sh', ['-c', 'command -v aclgen'], { encoding: 'utf8' });
  const aclgen = which.stdout.trim();
  const shebang = aclgen ? /^#!\s*(\S+)/.exec(readFileSync(aclgen, 'utf8').split('\n')[0] ?? '') : null;
  return shebang?.[1] ?? 'python3';
}

/** Lays out one design's Capirca files for `checkCapircaBatch`. */
export function writeCapirca(dir: string, files: readonly ExportFile[]): void {
  writeFiles(
    join(dir, 'policies', 'pol'),
    files.filter((f) => f.name.endsWith('.pol')),
  );
  writeFiles(
    join(dir, 'def'),
    files.filter((f) => !f.name.endsWith('.pol')),
  );
}

export type Hcl = Record<string, unknown>;

export async function parseTerraform(name: string, source: string): Promise<Hcl> {
  return (await parseHcl(name, source)) as Hcl;
}

/** Every resource block of a type: `{ label: attributes }`. */
export function resources(hcl: Hcl, type: string): Record<string, Record<string, unknown>> {
  const blocks = ((hcl.resource as Record<string, Record<string, unknown[]>> | undefined)?.[type] ?? {}) as Record<
    string,
    Record<string, unknown>[]
  >;
  return Object.fromEntries(Object.entries(blocks).map(([label, [body]]) => [label, body!]));
}

/** Parses the multi-document YAML strictly and validates each NetworkPolicy with kubernetes-models. */
export function checkKubernetes(source: string): { policies: Record<string, unknown>[]; errors: string[] } {
  const errors: string[] = [];
  const policies: Record<string, unknown>[] = [];
  for (const doc of parseAllDocuments(source, { strict: true, uniqueKeys: true })) {
    if ('errors' in doc && doc.errors.length > 0) {
      errors.push(...doc.errors.map((e) => e.message));
      continue;
    }
    const value = doc.toJS() as Record<string, unknown> | null;
    if (value === null) continue;
    try {
      new NetworkPolicy(value as ConstructorParameters<typeof NetworkPolicy>[0]).validate();
      policies.push(value);
    } catch (error) {
      errors.push(String(error));
    }
  }
  return { policies, errors };
}

let powershell: Parser | undefined;

export async function powershellParser(): Promise<Parser> {
  if (!powershell) {
    await Parser.init();
    const language = await Language.load(
      join(import.meta.dirname, '../../node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm'),
    );
    powershell = new Parser();
    powershell.setLanguage(language);
  }
  return powershell;
}

/** ERROR and MISSING nodes in a PowerShell script, as `type at row:column` (empty when it parses cleanly). */
export async function powershellProblems(source: string): Promise<string[]> {
  const tree = (await powershellParser()).parse(source);
  if (!tree) return ['no tree'];
  const problems: string[] = [];
  const visit = (node: SyntaxNode) => {
    if (node.isError || node.isMissing)
      problems.push(
        `${node.isMissing ? 'MISSING' : 'ERROR'} ${node.type} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${node.text.slice(0, 80)}`,
      );
    if (node.hasError || node.isMissing) for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  tree.delete();
  return problems;
}

export const scopes: readonly ExportScope[] = EXPORT_SCOPES;

/** Whether this machine can make a network namespace (root: `unshare -n`; otherwise a user namespace too). */
export function namespacesAvailable(): boolean {
  const root = process.getuid?.() === 0;
  const result = spawnSync('unshare', root ? ['-n', 'true'] : ['-Urn', 'true'], { encoding: 'utf8', timeout: 10_000 });
  return !result.error && result.status === 0;
}

/**
 * Runs a shell script in a fresh network namespace (its own empty firewall),
 * with `args` as $1...: what a real load would do, without touching the host.
 */
export function inNamespace(script: string, args: readonly string[] = []): Checked {
  const root = process.getuid?.() === 0;
  const env = root ? process.env : { ...process.env, XTABLES_LOCKFILE: join(tmpdir(), `portolan-xtables-${process.pid}.lock`) };
  const result = spawnSync('unshare', [root ? '-n' : '-Urn', 'sh', '-c', script, 'sh', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`unshare: ${result.error.message}`);
  return { ok: result.status === 0, output: `${result.stdout}${result.status === 0 ? '' : result.stderr}` };
}

/** One allowed flow as a firewall sees it: source and destination network, protocol, port range. */
export type Allowed = `${string}|${string}|${string}|${number}-${number}`;

export const allowed = (source: string, destination: string, protocol: string, from: number, to: number): Allowed =>
  `${source}|${destination}|${protocol}|${from}-${to}`;

const withPrefix = (address: string) => (address.includes('/') ? address : `${address}/${address.includes(':') ? 128 : 32}`);

/**
 * The ACCEPT rules of `iptables-save` output, as flows (multiport lists and
 * comma-separated addresses expanded), plus everything else it holds, so a
 * test can require that nothing but the expected rules was loaded.
 */
export function parseIptablesSave(save: string): {
  accepted: Allowed[];
  established: number;
  other: string[];
  tables: string[];
  policy?: string;
} {
  const accepted: Allowed[] = [];
  const other: string[] = [];
  const tables: string[] = [];
  let established = 0;
  let policy: string | undefined;
  for (const line of save.split('\n')) {
    if (line.startsWith('*')) tables.push(line.slice(1));
    const chain = /^:FORWARD (\S+)/.exec(line);
    if (chain) policy = chain[1];
    if (!line.startsWith('-')) continue;
    if (/^-A FORWARD -m conntrack --ctstate (RELATED,ESTABLISHED|ESTABLISHED,RELATED) -j ACCEPT$/.test(line)) {
      established += 1;
      continue;
    }
    const rule =
      /^-A FORWARD -s (\S+) -d (\S+) -p (tcp|udp) -m (?:tcp|udp) --dport (\d+)(?::(\d+))? -m conntrack --ctstate NEW -m comment --comment .* -j ACCEPT$/.exec(
        line,
      );
    const multi =
      /^-A FORWARD -s (\S+) -d (\S+) -p (tcp|udp) -m multiport --dports (\S+) -m conntrack --ctstate NEW -m comment --comment .* -j ACCEPT$/.exec(
        line,
      );
    if (rule) {
      accepted.push(allowed(withPrefix(rule[1]!), withPrefix(rule[2]!), rule[3]!, Number(rule[4]), Number(rule[5] ?? rule[4])));
    } else if (multi) {
      for (const port of multi[4]!.split(',')) {
        const [from, to = from] = port.split(':').map(Number);
        accepted.push(allowed(withPrefix(multi[1]!), withPrefix(multi[2]!), multi[3]!, from!, to!));
      }
    } else other.push(line);
  }
  return { accepted, established, other, tables, ...(policy !== undefined && { policy }) };
}
