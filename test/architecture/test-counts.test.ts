/**
 * `npm test` reports flaky and skipped tests on their own, and the counts the
 * README states are the runners' own: the browser tests as Playwright lists
 * them, the bad-file corpus as the folder holds it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise, summaryLines } from '../../scripts/test-summary.mjs';

const root = resolve(__dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

describe('the test runner summary', () => {
  it('counts a flaky browser test as failed and shows flaky and skipped on their own', () => {
    const count = summarise(
      { numPassedTests: 10, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1 },
      { stats: { expected: 5, unexpected: 0, flaky: 2, skipped: 1 } },
    );
    expect(count).toEqual({ passed: 15, failed: 3, skipped: 4, flaky: 2 });
    expect(summaryLines(count)).toEqual(['flaky: 2 (counted as failed); skipped: 4', '15 passed, 3 failed, 4 skipped']);
  });

  it('counts nothing from a report that is missing', () => {
    expect(summarise(undefined, undefined)).toEqual({ passed: 0, failed: 0, skipped: 0, flaky: 0 });
  });
});

describe('the README counts', () => {
  it('states as many browser tests as Playwright lists', () => {
    const listed = execFileSync('npx', ['playwright', 'test', '--list'], { cwd: root, encoding: 'utf8' });
    const total = /Total: (\d+) tests? in \d+ files?/.exec(listed)?.[1];
    expect(total).toBeDefined();
    expect(readme).toContain(`**Browser**: ${total} Playwright tests`);
  }, 120_000);

  it('states as many malformed design files as test/fixtures/bad holds', () => {
    const files = readdirSync(resolve(root, 'test/fixtures/bad')).filter((f) => f.endsWith('.json')).length;
    expect(readme).toContain(`**Bad input**: ${files} malformed design files`);
  });
});
