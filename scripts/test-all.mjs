// `npm test`: every suite in turn (typecheck, lint, unit, browser), each run
// even when an earlier one failed, then one line counting tests over all of
// them: `N passed, N failed, N skipped`. Typecheck, lint and the Prettier check count as one test
// each. A flaky test (failed, then passed on a retry) counts as failed: a
// pass that needed a second try is not a pass. Flaky and skipped tests are
// also listed on their own line above the total, so neither hides, and
// whatever failed is named just above it, where a CI log's end shows it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { failureLines, summarise, summaryLines } from './test-summary.mjs';

const results = 'test-results';
rmSync(`${results}/vitest.json`, { force: true });
rmSync(`${results}/playwright.json`, { force: true });
mkdirSync(results, { recursive: true });

/** Each suite's name, whether its command passed, and the end of what it printed (for the failure lines). */
const runners = [];
const KEEP = 256 * 1024;
/** Runs one suite, its output passed straight through and its last 256 KB kept. */
const step = (name, command, args) =>
  new Promise((done) => {
    console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk.toString()).slice(-KEEP);
    };
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (process.stdout.write(chunk), keep(chunk)));
    child.stderr.on('data', (chunk) => (process.stderr.write(chunk), keep(chunk)));
    child.on('error', (error) => keep(`${error.message}\n`));
    child.on('close', (code) => {
      runners.push({ name, ok: code === 0, output });
      done(code === 0);
    });
  });
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

let passed = 0;
let failed = 0;
for (const [name, args] of [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['format', ['run', 'format:check']],
]) {
  if (await step(name, 'npm', args)) passed += 1;
  else failed += 1;
}

const unitOk = await step('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}/vitest.json`,
]);
const unit = readJson(`${results}/vitest.json`);
if (!unitOk && (!unit || unit.numFailedTests === 0)) failed += 1; // the runner itself failed

const e2eOk = await step('browser tests', 'npm', ['run', 'test:e2e']);
const e2e = readJson(`${results}/playwright.json`);
if (!e2eOk && (!e2e || e2e.stats.unexpected === 0)) failed += 1;

const count = summarise(unit, e2e);
count.passed += passed;
count.failed += failed;
console.log(`\n${[...failureLines(unit, e2e, runners, process.cwd()), ...summaryLines(count)].join('\n')}`);
process.exit(count.failed > 0 ? 1 : 0);
