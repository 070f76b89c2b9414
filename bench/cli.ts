/**
 * Start-up of the bundled command line (dist-cli/, `npm run build:cli`):
 * `portolan --version` and `portolan validate` on an example, as processes,
 * beside Node starting with nothing to do on the same machine. Target for
 * `--version`: under 300 ms.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface CliTimings {
  /** `node -e ''`: what no CLI can go below here. */
  nodeMs: number;
  versionMs: number;
  validateMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]!);
}

function timeProcess(args: string[], cwd: string): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr.toString()}`);
  return elapsed;
}

export function measureCli(root: string, repetitions: number): CliTimings {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  if (build.status !== 0) throw new Error(`building the CLI failed: ${build.stderr.toString()}`);
  const bundle = join(root, 'dist-cli', 'portolan.mjs');
  const example = join(root, 'examples', 'spotfire-cluster.portolan.json');
  const times = (args: string[]) => median(Array.from({ length: repetitions }, () => timeProcess(args, root)));
  return { nodeMs: times(['-e', '']), versionMs: times([bundle, '--version']), validateMs: times([bundle, 'validate', example]) };
}
