#!/usr/bin/env node
// `node bench/boot.bench.mjs` (also run by `npm run bench`, after the build): the production main
// bundle under the Electron double (tests/support/electron-double), demo mode, merged into
// bench/results.json under "boot":
//   boot.toTrayCount: ms from the main script starting to load to the tray showing the demo's
//     pending count (first Tray image for that count), per platform branch, median of 5 launches
//   boot.heapAfterFivePolls: the main process's V8 heap (after a forced GC) once the demo API
//     holds 10 or 2000 pending invitations and the app has polled five times
// Figures only: nothing here passes or fails on a time. Under the double, Electron's own startup
// (Chromium, the GPU process) is not included: this is the app's share.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchUnderDouble } from '../tests/support/electron-double/launch.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = resolve(ROOT, 'bench/results.json');
const LAUNCHES = 5;

async function poll(read, done, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting (last: ${JSON.stringify(value)})`);
    await new Promise((wait) => setTimeout(wait, 20));
  }
}

function launch(platform, nodeArgs = []) {
  return launchUnderDouble({
    platform,
    launch: { kind: 'dir', path: ROOT },
    args: ['--demo'],
    nodeArgs,
    cwd: ROOT,
  });
}

/** ms from the main script starting to load to the first tray image for the demo's pending count. */
async function bootToTrayCount(platform) {
  const app = launch(platform);
  try {
    return await poll(
      () =>
        app.evaluate(({ __double }) => {
          const handle = globalThis.__invitrayDemo;
          const count = handle?.core.snapshot().pendingCount ?? 0;
          if (!handle || count === 0) return null;
          const icon = handle.tray.current().icon;
          const shown = __double.calls.find(
            (call) =>
              call.api === 'nativeImage' &&
              call.method === 'createFromPath' &&
              String(call.args[0]).endsWith(icon),
          );
          return shown ? Math.round((shown.t - __double.state.mainStartedAt) * 10) / 10 : null;
        }, null),
      (ms) => ms !== null,
    );
  } finally {
    await app.close();
  }
}

async function heapAfterFivePolls(invitations) {
  const app = launch('linux', ['--expose-gc']);
  try {
    await poll(
      () => app.evaluate(() => globalThis.__invitrayDemo?.core.snapshot().pendingCount ?? 0, null),
      (count) => count > 0,
    );
    return await app.evaluate(async (_electron, total) => {
      const handle = globalThis.__invitrayDemo;
      const server = handle.demoServer();
      for (let index = handle.core.snapshot().pendingCount; index < total; index++)
        server.addInvite({ organization_name: `Bench Org ${index}` });
      for (let poll = 0; poll < 5; poll++) await handle.core.refresh();
      globalThis.gc();
      const { heapUsed, heapTotal, rss } = process.memoryUsage();
      return {
        pending: handle.core.snapshot().pendingCount,
        heapUsedBytes: heapUsed,
        heapTotalBytes: heapTotal,
        rssBytes: rss,
      };
    }, invitations);
  } finally {
    await app.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!existsSync(resolve(ROOT, 'out/main/index.js'))) throw new Error('build first: npx electron-vite build');
const toTrayCount = {};
for (const platform of ['linux', 'darwin', 'win32']) {
  const runs = [];
  for (let run = 0; run < LAUNCHES; run++) runs.push(await bootToTrayCount(platform));
  toTrayCount[platform] = { medianMs: median(runs), runsMs: runs };
}
const heapAfterFivePollsFigures = {};
for (const count of [10, 2000]) heapAfterFivePollsFigures[count] = await heapAfterFivePolls(count);

const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
results.boot = {
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    loadAverage1m: loadavg()[0],
    node: process.version,
  },
  underDouble: true,
  toTrayCount,
  heapAfterFivePolls: heapAfterFivePollsFigures,
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
for (const [platform, { medianMs }] of Object.entries(toTrayCount))
  console.log(
    `boot (${platform}, under the double): tray shows the count ${medianMs} ms after main starts loading`,
  );
for (const [count, figures] of Object.entries(heapAfterFivePollsFigures))
  console.log(
    `  ${count} invitations, five polls: heap ${mb(figures.heapUsedBytes)} used (rss ${mb(figures.rssBytes)})`,
  );
