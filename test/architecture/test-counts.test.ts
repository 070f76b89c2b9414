/**
 * `npm test` reports flaky and skipped tests on their own, and the counts the
 * README states are the runners' own: the browser tests as Playwright lists
 * them, the bad-file corpus as the folder holds it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureLines, summarise, summaryLines } from '../../scripts/test-summary.mjs';

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

describe('the lines naming what failed, just above the total', () => {
  const passing = (name: string) => ({ name, ok: true, output: 'fine' });
  const unit = (files: { name: string; status: string; message?: string; tests: [string, string][] }[]) => ({
    numPassedTests: 0,
    numFailedTests: files.flatMap((f) => f.tests).filter(([, status]) => status === 'failed').length,
    testResults: files.map((f) => ({
      name: f.name,
      status: f.status,
      message: f.message ?? '',
      assertionResults: f.tests.map(([fullName, status]) => ({ fullName, status })),
    })),
  });

  it('names a failed unit test, a file failing outside its tests, and a failed or flaky browser test', () => {
    const lines = failureLines(
      unit([
        {
          name: '/repo/test/a.test.ts',
          status: 'failed',
          tests: [
            ['A adds', 'failed'],
            ['A keeps', 'passed'],
          ],
        },
        { name: '/repo/test/b.test.ts', status: 'failed', message: 'Hook timed out in 10000ms.\nmore', tests: [['B', 'passed']] },
      ]),
      {
        stats: { expected: 1, unexpected: 1, flaky: 1 },
        errors: [],
        suites: [
          {
            specs: [],
            suites: [
              {
                specs: [
                  { ok: false, file: 'x.spec.ts', line: 3, title: 'opens', tests: [{ status: 'unexpected' }] },
                  { ok: false, file: 'x.spec.ts', line: 9, title: 'saves', tests: [{ status: 'flaky' }] },
                  { ok: true, file: 'x.spec.ts', line: 20, title: 'draws', tests: [{ status: 'expected' }] },
                ],
              },
            ],
          },
        ],
      },
      [{ name: 'unit tests', ok: false, output: 'noise' }, { name: 'browser tests', ok: false, output: 'noise' }, passing('lint')],
      '/repo',
    );
    expect(lines).toEqual([
      'failed: test/a.test.ts › A adds',
      'failed: test/b.test.ts (the file, not a test): Hook timed out in 10000ms.',
      'failed: x.spec.ts:3 › opens',
      'flaky: x.spec.ts:9 › saves',
    ]);
  });

  it("quotes the runner when it failed with every test passing, from Vitest's unhandled errors on", () => {
    const output = [
      '✓ test/a.test.ts (3 tests)',
      '\x1b[31m⎯⎯ Unhandled Errors ⎯⎯\x1b[39m',
      'ReferenceError: window is not defined',
      ' ❯ src/x.ts:3:1',
    ].join('\n');
    const lines = failureLines(unit([{ name: '/repo/test/a.test.ts', status: 'passed', tests: [['A', 'passed']] }]), undefined, [
      { name: 'unit tests', ok: false, output },
    ]);
    expect(lines).toEqual([
      'failed: unit tests, with no failed test in a report; its output says:',
      '  ⎯⎯ Unhandled Errors ⎯⎯',
      '  ReferenceError: window is not defined',
      '   ❯ src/x.ts:3:1',
    ]);
  });

  it('quotes the end of a failed typecheck or lint, which have no report', () => {
    const output = Array.from({ length: 60 }, (_, i) => `line ${i}`).join('\n');
    const lines = failureLines(undefined, undefined, [passing('typecheck'), { name: 'lint', ok: false, output }]);
    expect(lines[0]).toBe('failed: lint, with no failed test in a report; its output says:');
    expect(lines.slice(1)).toEqual(Array.from({ length: 40 }, (_, i) => `  line ${i + 20}`));
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
