export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
}
export function summarise(
  unit: { numPassedTests: number; numFailedTests: number; numPendingTests?: number; numTodoTests?: number } | undefined,
  e2e: { stats: { expected: number; unexpected: number; flaky?: number; skipped?: number } } | undefined,
): Counts;
export function summaryLines(counts: Counts): string[];
export function failureLines(
  unit:
    | {
        testResults?: { name: string; status: string; message: string; assertionResults: { fullName: string; status: string }[] }[];
        numFailedTests?: number;
      }
    | undefined,
  e2e:
    { stats: { expected?: number; unexpected: number; flaky?: number }; errors?: { message?: string }[]; suites?: unknown[] } | undefined,
  runners: { name: string; ok: boolean; output: string }[],
  root?: string,
): string[];
