// What `npm test` reads back from each suite's JSON report: counts, the reason of every skip, and
// every failed test by name with the first line of its error. A CI log is often read from its end,
// so the runner repeats the failures next to the summary line.
import { relative } from 'node:path';

// Built from a string: a control character in a regular expression literal reads as a mistake.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The first non-blank line of an error, without colour codes, at most 300 characters. */
export function firstLine(text) {
  const plain = String(text ?? '').replace(ANSI_COLOUR, '');
  return (
    plain
      .split('\n')
      .find((line) => line.trim())
      ?.trim()
      .slice(0, 300) ?? 'no message'
  );
}

/** Vitest's JSON report. */
export function readVitestReport(report, cwd = process.cwd()) {
  const failures = [];
  for (const file of report.testResults ?? []) {
    const name = relative(cwd, file.name ?? '');
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failed)
      failures.push(`${name} › ${t.fullName ?? t.title}: ${firstLine(t.failureMessages?.[0])}`);
    // A file that failed to load has no failed test in it, only its own message.
    if (file.status === 'failed' && failed.length === 0) failures.push(`${name}: ${firstLine(file.message)}`);
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    flaky: 0,
    skips: [],
    failures,
  };
}

/** Playwright's JSON report. */
export function readPlaywrightReport(report) {
  const s = report.stats;
  const tests = walk(report.suites ?? []);
  return {
    passed: s.expected + s.flaky,
    failed: s.unexpected,
    skipped: s.skipped,
    flaky: s.flaky,
    skips: tests
      .filter(({ test }) => test.status === 'skipped')
      .map(({ spec, test }) => {
        const reason = (test.annotations ?? []).find((a) => a.type === 'skip')?.description;
        return `${spec.file} › ${spec.title} — ${reason || 'no reason given'}`;
      }),
    failures: tests
      .filter(({ test }) => test.status === 'unexpected')
      .map(({ spec, test }) => {
        const error = (test.results ?? []).map((r) => r.error?.message).find(Boolean);
        return `${spec.file} › ${spec.title}: ${firstLine(error)}`;
      }),
  };
}

function walk(suites) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) => (spec.tests ?? []).map((test) => ({ spec, test }))),
    ...walk(suite.suites ?? []),
  ]);
}
