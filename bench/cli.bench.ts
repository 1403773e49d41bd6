import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { test } from '@playwright/test';
import { buildChildScripts, makeChildDir } from '../tests/integration/accounts/build-child';
import { removeDir } from '../tests/support/settings-helpers';

// The CLI's wall time against its floor (Playwright only runs this file; no browser is used):
//   listDemoMs: `node bin/invitray.js list --demo`, start to exit: Node, the built CLI, the demo
//     API, a throwaway account in memory (signed in without a request, as a real `list` reads
//     its account from the settings file and keychain), one list, the table printed
//   floorMs: `node cli-floor.mjs`, a bare script that starts the same demo API and fetches the
//     list once (bench/cli-floor.ts)
//   ratio: median ÷ median. The two alternate, so other work on the machine hits both alike.

const RUNS = 9;
const round = (n: number) => Math.round(n * 10) / 10;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return round(sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
};

function timed(args: string[], expect: RegExp): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  // Not a timing check: a run that failed would make the figure meaningless.
  if (child.status !== 0 || !expect.test(child.stdout))
    throw new Error(`node ${args.join(' ')} failed (${child.status}): ${child.stderr}${child.stdout}`);
  return ms;
}

test('cli: list --demo against a bare demo fetch', async () => {
  const dir = makeChildDir();
  try {
    const { floor } = await buildChildScripts({ floor: 'bench/cli-floor.ts' }, dir);
    const cli = ['bin/invitray.js', 'list', '--demo'];
    const bare = [floor];
    timed(cli, /pending/);
    timed(bare, /\d+ invitations/);
    const listDemo: number[] = [];
    const floorRuns: number[] = [];
    for (let n = 0; n < RUNS; n++) {
      listDemo.push(timed(cli, /pending/));
      floorRuns.push(timed(bare, /\d+ invitations/));
    }
    const result = {
      listDemoMs: { median: median(listDemo), min: round(Math.min(...listDemo)), runs: RUNS },
      floorMs: { median: median(floorRuns), min: round(Math.min(...floorRuns)), runs: RUNS },
      ratio: round(median(listDemo) / median(floorRuns)),
    };
    writeFileSync(
      process.env.BENCH_CLI_OUT ?? 'test-results/cli-bench.json',
      JSON.stringify(result, null, 2),
    );
  } finally {
    removeDir(dir);
  }
});
