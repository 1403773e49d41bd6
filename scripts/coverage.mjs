#!/usr/bin/env node
// `npm run coverage`: the unit and integration tests (Vitest) with V8 coverage, then one line per
// source folder. The thresholds are in vitest.config.ts (per folder: electron/main/core/ and
// electron/main/shell/); Vitest fails the run below them. Like `npm test`, it starts a private
// keyring first where no Secret Service answers (scripts/test-keyring.mjs): the keychain code is
// covered by tests against a real one. The HTML report is in test-results/coverage/index.html.
// The renderer's components and bridge are exercised in Chromium by the Playwright suites, which
// this does not measure: their folders show what Vitest alone reaches.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ensureTestKeyring } from './test-keyring.mjs';

const SUMMARY = 'test-results/coverage/coverage-summary.json';
const ROLLUPS = ['electron/main/core', 'electron/main/shell'];
const METRICS = ['lines', 'statements', 'branches', 'functions'];

await ensureTestKeyring(import.meta.url);

rmSync(SUMMARY, { force: true });
const vitest = spawnSync('npx', ['vitest', 'run', '--coverage', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (!existsSync(SUMMARY)) {
  console.error(`vitest wrote no coverage summary (${SUMMARY})`);
  process.exit(vitest.status || 1);
}
printByFolder(JSON.parse(readFileSync(SUMMARY, 'utf8')));
process.exit(vitest.status ?? 1);

function printByFolder(summary) {
  const folders = new Map();
  const add = (folder, file) => {
    const sums = folders.get(folder) ?? Object.fromEntries(METRICS.map((m) => [m, { covered: 0, total: 0 }]));
    for (const metric of METRICS) {
      sums[metric].covered += file[metric].covered;
      sums[metric].total += file[metric].total;
    }
    folders.set(folder, sums);
  };
  for (const [path, file] of Object.entries(summary)) {
    if (path === 'total') continue;
    const folder = dirname(relative(process.cwd(), path));
    add(`${folder}/`, file);
    for (const root of ROLLUPS) if (folder.startsWith(root)) add(`${root}/**`, file);
  }
  const percent = ({ covered, total }) =>
    (total ? ((100 * covered) / total).toFixed(2) : '100.00').padStart(7);
  const width = Math.max(...[...folders.keys()].map((name) => name.length));
  console.log(
    `\nCoverage by folder (%; the folder/** rows are what vitest.config.ts thresholds judge)\n${'folder'.padEnd(width)}  ${METRICS.map((m) => m.padStart(11)).join('')}`,
  );
  for (const name of [...folders.keys()].sort()) {
    const sums = folders.get(name);
    const lines = `${sums.lines.covered}/${sums.lines.total}`;
    console.log(
      `${name.padEnd(width)}  ${METRICS.map((m) => percent(sums[m]).padStart(11)).join('')}   ${lines} lines`,
    );
  }
  console.log(
    `${'total'.padEnd(width)}  ${METRICS.map((m) => percent(summary.total[m]).padStart(11)).join('')}`,
  );
}
