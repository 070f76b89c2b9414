// `npm test`: every suite in turn (typecheck, lint, unit, browser), each run
// even when an earlier one failed, then one line counting tests over all of
// them: `N passed, N failed`. Typecheck and lint count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(`${results}/vitest.json`, { force: true });
rmSync(`${results}/playwright.json`, { force: true });
mkdirSync(results, { recursive: true });

const step = (name, command, args, env = {}) => {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return run.status === 0;
};
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

let passed = 0;
let failed = 0;
for (const [name, args] of [['typecheck', ['run', 'typecheck']], ['lint', ['run', 'lint']]]) {
  if (step(name, 'npm', args)) passed += 1;
  else failed += 1;
}

const unitOk = step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`]);
const unit = readJson(`${results}/vitest.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) failed += 1; // the runner itself failed

const e2eOk = step('browser tests', 'npm', ['run', 'test:e2e']);
const e2e = readJson(`${results}/playwright.json`);
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
}
if (!e2eOk && (!e2e || e2e.stats.unexpected === 0)) failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
