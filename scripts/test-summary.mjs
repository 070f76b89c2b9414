// How `npm test` counts: from Vitest's and Playwright's JSON reports. A flaky
// test (failed, then passed on a retry) counts as failed; skipped tests
// (skipped, pending, todo) are counted on their own. Either report may be
// missing (its runner crashed): then its suite counts as one failure.

import { stripVTControlCharacters } from 'node:util';

/** Types: scripts/test-summary.d.mts. */
export function summarise(unit, e2e) {
  const count = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  if (unit) {
    count.passed += unit.numPassedTests;
    count.failed += unit.numFailedTests;
    count.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  }
  if (e2e) {
    count.passed += e2e.stats.expected;
    count.flaky += e2e.stats.flaky ?? 0;
    count.failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
    count.skipped += e2e.stats.skipped ?? 0;
  }
  return count;
}

/** The last two lines of `npm test`: flaky and skipped on their own, then the total. */
export function summaryLines({ passed, failed, skipped, flaky }) {
  return [`flaky: ${flaky} (counted as failed); skipped: ${skipped}`, `${passed} passed, ${failed} failed, ${skipped} skipped`];
}

/**
 * What failed, by name, for the lines just above the total: CI shows only
 * the end of the output, and a count alone does not say which test to open.
 * `runners`: each suite's name, whether its command failed, and the end of
 * its output; a command that failed with no failing test in its report
 * (Vitest's unhandled errors, a hook that timed out, a crashed runner) is
 * shown with the lines of its output that say why.
 */
export function failureLines(unit, e2e, runners, root = '') {
  const named = (path) => (root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path);
  const lines = [];
  for (const file of unit?.testResults ?? []) {
    const failedTests = file.assertionResults.filter((t) => t.status === 'failed');
    for (const test of failedTests) lines.push(`failed: ${named(file.name)} › ${test.fullName}`);
    if (file.status === 'failed' && failedTests.length === 0)
      lines.push(`failed: ${named(file.name)} (the file, not a test): ${firstLine(file.message)}`);
  }
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      if (spec.ok) continue;
      const flaky = spec.tests.every((t) => t.status === 'flaky');
      lines.push(`${flaky ? 'flaky' : 'failed'}: ${spec.file}:${spec.line} › ${spec.title}`);
    }
    for (const inner of suite.suites ?? []) walk(inner);
  };
  for (const suite of e2e?.suites ?? []) walk(suite);
  for (const error of e2e?.errors ?? []) lines.push(`failed: Playwright, outside any test: ${firstLine(error.message)}`);
  for (const { name, ok, output } of runners) {
    if (ok || reportFailed(name, unit, e2e)) continue;
    lines.push(`failed: ${name}, with no failed test in a report; its output says:`);
    lines.push(...whyLines(output).map((line) => `  ${line}`));
  }
  return lines;
}

const firstLine = (text = '') =>
  text
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.slice(0, 300) ?? '(no message)';

/** Whether a suite's report already names what failed (typecheck, lint and format have none). */
function reportFailed(name, unit, e2e) {
  if (name === 'unit tests') return (unit?.numFailedTests ?? 0) > 0 || (unit?.testResults ?? []).some((f) => f.status === 'failed');
  if (name === 'browser tests') return (e2e?.stats.unexpected ?? 0) + (e2e?.stats.flaky ?? 0) > 0 || (e2e?.errors ?? []).length > 0;
  return false;
}

/** The part of a runner's output that explains a failure: Vitest's unhandled errors if it has them, else its last lines; at most 40. */
function whyLines(output) {
  const lines = stripVTControlCharacters(output).split('\n');
  const start = lines.findIndex((l) => /Unhandled (Error|Rejection)/.test(l));
  const from = start === -1 ? Math.max(0, lines.length - 40) : start;
  return lines.slice(from, from + 40).filter((l) => l.trim() !== '');
}
