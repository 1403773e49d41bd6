#!/usr/bin/env node
// `npm test`: build, then every suite in turn, then one closing line that counts them all:
// "Summary: N passed, N failed, N skipped". Every suite runs even if an earlier one failed,
// and the exit code is non-zero if anything failed or a suite could not report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureTestKeyring, SKIP_REASON_VAR } from './test-keyring.mjs';
import { readPlaywrightReport, readVitestReport } from './test-reports.mjs';

// Headless Linux has no Secret Service for the keychain tests: this runs the whole script again
// inside a private D-Bus session with a throwaway keyring, or notes why they will be skipped.
await ensureTestKeyring(import.meta.url);

const results = 'test-results';
mkdirSync(results, { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status === 0;
}

function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`could not read ${file}: ${error.message}`);
    return null;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
/** Every failed test by name, repeated next to the summary: a CI log is often read from its end. */
const failures = [];

function add(counts) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  for (const line of counts.skips) console.log(`skipped: ${line}`);
  failures.push(...counts.failures);
}

function countVitest(file, ok) {
  const report = readJson(file);
  if (!report) return problems.push(`vitest wrote no report (${file})`);
  const counts = readVitestReport(report);
  add(counts);
  if (!ok && counts.failed === 0) problems.push('vitest exited non-zero (a file failed to load?)');
}

function countPlaywright(file, ok, label) {
  const report = readJson(file);
  if (!report) return problems.push(`${label} wrote no report (${file})`);
  const counts = readPlaywrightReport(report);
  add(counts);
  if (counts.flaky) problems.push(`${label}: ${counts.flaky} flaky test(s) passed on retry`);
  if (!ok && counts.failed === 0) problems.push(`${label} exited non-zero`);
}

if (!run('build', 'npx', ['electron-vite', 'build'])) {
  console.log('\nSummary: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const vitestJson = `${results}/vitest.json`;
rmSync(vitestJson, { force: true });
const vitestOk = run('unit and integration (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
countVitest(vitestJson, vitestOk);

for (const [label, config, file] of [
  ['browser end-to-end (Playwright + Chromium)', 'playwright.config.ts', 'playwright.json'],
  ['Electron end-to-end (Playwright _electron)', 'playwright.electron.config.ts', 'playwright-electron.json'],
]) {
  if (!existsSync(config)) {
    problems.push(`${config} missing`);
    continue;
  }
  const out = `${results}/${file}`;
  rmSync(out, { force: true });
  const ok = run(label, 'npx', ['playwright', 'test', '-c', config, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  countPlaywright(out, ok, label);
}

// The security scan is one check: it passes or fails as a whole.
if (run('security (Electronegativity)', 'npm', ['run', '--silent', 'security'])) totals.passed += 1;
else totals.failed += 1;

if (process.env[SKIP_REASON_VAR]) console.log(`skipped: keychain tests — ${process.env[SKIP_REASON_VAR]}`);
for (const failure of failures) console.log(`failed: ${failure}`);
for (const problem of problems) console.error(`problem: ${problem}`);
console.log(`\nSummary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || problems.some((p) => !p.includes('flaky')) ? 1 : 0);
