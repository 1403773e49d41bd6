export interface SuiteCounts {
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
  /** "file › title — reason" for every skipped test (Playwright). */
  skips: string[];
  /** "file › title: first line of the error" for every failed test. */
  failures: string[];
}
export function firstLine(text: unknown): string;
export function readVitestReport(report: unknown, cwd?: string): SuiteCounts;
export function readPlaywrightReport(report: unknown): SuiteCounts;
