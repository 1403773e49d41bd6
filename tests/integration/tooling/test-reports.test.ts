// `npm test` repeats every failed test by name next to its summary line, and says why each test
// was skipped. Checked against real reports: vitest and Playwright each run a fixture file with
// one passing, one failing and one skipped test, and write their JSON report as npm test has them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { firstLine, readPlaywrightReport, readVitestReport } from '../../../scripts/test-reports.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'reports');
const out = mkdtempSync(join(tmpdir(), 'invitray-reports-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function runFixture(runner: 'vitest' | 'playwright'): unknown {
  const file = join(out, `${runner}.json`);
  const args =
    runner === 'vitest'
      ? [
          'vitest',
          'run',
          '-c',
          join(FIXTURES, 'vitest.config.ts'),
          '--reporter=json',
          `--outputFile.json=${file}`,
        ]
      : ['playwright', 'test', '-c', join(FIXTURES, 'playwright.config.ts'), '--reporter=json'];
  const child = spawnSync('npx', args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, REPORT_FIXTURE_RUNNER: runner, PLAYWRIGHT_JSON_OUTPUT_NAME: file, CI: '' },
  });
  expect(child.status, `${runner} ran the fixture and failed on its failing test:\n${child.stderr}`).toBe(1);
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe.concurrent('what npm test reads from each suite', () => {
  test('vitest: the counts, and the failed test with the first line of its error', () => {
    const counts = readVitestReport(runFixture('vitest'), ROOT);
    expect(counts).toMatchObject({ passed: 1, failed: 1, skipped: 1 });
    expect(counts.failures).toHaveLength(1);
    expect(counts.failures[0]).toMatch(
      /^tests\/integration\/tooling\/fixtures\/reports\/outcomes\.check\.ts › /,
    );
    expect(counts.failures[0]).toContain('fails with a message');
    expect(counts.failures[0]).toContain('the tray shows 3');
  }, 60_000);

  test('Playwright: the counts, the skip and its reason, and the failed test with its error', () => {
    const counts = readPlaywrightReport(runFixture('playwright'));
    expect(counts).toMatchObject({ passed: 1, failed: 1, skipped: 1, flaky: 0 });
    expect(counts.skips).toEqual(['outcomes.check.ts › is skipped — no reason given']);
    expect(counts.failures).toHaveLength(1);
    expect(counts.failures[0]).toMatch(/^outcomes\.check\.ts › fails with a message: .*the tray shows 3/);
  }, 60_000);

  test('an error is cut to its first non-blank line, without colour codes', () => {
    expect(firstLine('\n  \n\u001b[31mAssertionError\u001b[39m: expected 3\n    at x.ts:1')).toBe(
      'AssertionError: expected 3',
    );
    expect(firstLine(undefined)).toBe('no message');
    expect(firstLine('x'.repeat(400))).toHaveLength(300);
  });
});
