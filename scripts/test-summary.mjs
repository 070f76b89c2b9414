// How `npm test` counts: from Vitest's and Playwright's JSON reports. A flaky
// test (failed, then passed on a retry) counts as failed; skipped tests
// (skipped, pending, todo) are counted on their own. Either report may be
// missing (its runner crashed): then its suite counts as one failure.

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
