#!/usr/bin/env node
// `node bench/boot.bench.mjs` (also run by `npm run bench`, after the build): the production main
// bundle under the Electron double (tests/support/electron-double), demo mode, merged into
// bench/results.json under "boot":
//   boot.toFirstTrayImage / boot.toTrayCount: ms from the main script starting to load to the
//     first tray image (whatever it shows: demo mode starts signed out) and to the first tray
//     image for the demo's pending count, per platform branch, median of 5 launches; wall time
//     ("ms") and the main process's CPU time ("cpuMs", all threads), which other work on a
//     loaded machine disturbs less
//   *.floor: a bare main script (bench/boot-floor/main.mjs) under the same double that shows a
//     tray image once ready, then fetches a list from a local server through net.fetch and shows
//     the image for its count, measured in the same run; oursOverFloor = ours ÷ floor
//   boot.packaged: the same two figures for the packaged layout (electron-builder --dir output,
//     app.asar extracted: tests/boot/packaged-resources.ts), linux branch, when it can be built
//   boot.storedProfile: the boot every login start is (bench/boot-stored-profile.mjs): one
//     account in the settings file, its token in the OS keychain (keytar over D-Bus: run under
//     a private keyring where the session has none: scripts/test-keyring.mjs), its API a demo
//     API served by this bench process; no demo server, sign-in or settings write in the app.
//     First image and count, median of 5, linux branch; skipped with the reason without a keychain
//   boot.heapAfterFivePolls: the main process's V8 heap (after a forced GC) once the demo API
//     holds 10 or 2000 pending invitations and the app has polled five times
// Figures only: nothing here passes or fails on a time. Under the double, Electron's own startup
// (Chromium, the GPU process) is not included: this is the app's share.
// `--only-boot` skips the heap figures and prints instead of writing results.json (for a quick look).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { extractAll } from '@electron/asar';
import { packageLinuxDir } from '../scripts/package-dry-run.mjs';
import { launchUnderDouble } from '../tests/support/electron-double/launch.mjs';
import { measureStoredProfileBoot } from './boot-stored-profile.mjs';

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

function launch(platform, nodeArgs = [], where = { kind: 'dir', path: ROOT }) {
  return launchUnderDouble({ platform, launch: where, args: ['--demo'], nodeArgs, cwd: ROOT });
}

const since = (call, state) => ({
  ms: Math.round((call.t - state.mainStartedAt) * 10) / 10,
  cpuMs: Math.round((call.cpuMs - state.mainStartedCpuMs) * 10) / 10,
});

/** Time from the main script starting to load to its first tray image, and to the image for the demo's count. */
async function bootToTray(platform, where) {
  const app = launch(platform, [], where);
  try {
    return await poll(
      () =>
        app.evaluate(({ __double }) => {
          const handle = globalThis.__invitrayDemo;
          const count = handle?.core.snapshot().pendingCount ?? 0;
          if (!handle || count === 0) return null;
          const icon = handle.tray.current().icon;
          const images = __double.calls.filter(
            (call) => call.api === 'nativeImage' && call.method === 'createFromPath',
          );
          const shown = images.find((call) => String(call.args[0]).endsWith(icon));
          if (!shown) return null;
          const { t, cpuMs } = images[0];
          return {
            first: { t, cpuMs },
            count: { t: shown.t, cpuMs: shown.cpuMs },
            state: {
              mainStartedAt: __double.state.mainStartedAt,
              mainStartedCpuMs: __double.state.mainStartedCpuMs,
            },
          };
        }, null),
      (value) => value !== null,
    ).then(({ first, count, state }) => ({ firstImage: since(first, state), count: since(count, state) }));
  } finally {
    await app.close();
  }
}

/** The same two figures for bench/boot-floor/main.mjs: its first tray image and its count image. */
async function floorToTray(platform) {
  const app = launchUnderDouble({
    platform,
    launch: { kind: 'file', path: resolve(ROOT, 'bench/boot-floor/main.mjs') },
    cwd: ROOT,
  });
  try {
    return await poll(
      () =>
        app.evaluate(({ __double }) => {
          const images = __double.calls.filter(
            (call) => call.api === 'nativeImage' && call.method === 'createFromPath',
          );
          if (images.length < 2) return null;
          const [first, count] = images.map(({ t, cpuMs }) => ({ t, cpuMs }));
          const { mainStartedAt, mainStartedCpuMs } = __double.state;
          return { first, count, state: { mainStartedAt, mainStartedCpuMs } };
        }, null),
      (value) => value !== null,
    ).then(({ first, count, state }) => ({ firstImage: since(first, state), count: since(count, state) }));
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
const ratio = (ours, floor) => Math.round((ours / floor) * 100) / 100;

/** Median wall and CPU figures of `runs` (each { ms, cpuMs }), with the runs themselves. */
function summary(runs) {
  return {
    medianMs: median(runs.map((run) => run.ms)),
    medianCpuMs: median(runs.map((run) => run.cpuMs)),
    runsMs: runs.map((run) => run.ms),
    runsCpuMs: runs.map((run) => run.cpuMs),
  };
}

/** Ours and the floor launched in turn (so load on the machine falls on both alike). */
async function measurePlatform(platform, where) {
  const ours = [];
  const floor = [];
  for (let run = 0; run < LAUNCHES; run++) {
    ours.push(await bootToTray(platform, where));
    floor.push(await floorToTray(platform));
  }
  const figures = (key) => {
    const ourSummary = summary(ours.map((run) => run[key]));
    const floorSummary = summary(floor.map((run) => run[key]));
    return {
      ...ourSummary,
      floor: floorSummary,
      oursOverFloor: ratio(ourSummary.medianMs, floorSummary.medianMs),
      oursOverFloorCpu: ratio(ourSummary.medianCpuMs, floorSummary.medianCpuMs),
    };
  };
  return { toFirstTrayImage: figures('firstImage'), toTrayCount: figures('count') };
}

/** The packaged layout (linux), or why it could not be measured here. */
async function measurePackaged() {
  // As tests/boot/packaged-resources.ts does: electron-builder's real --dir output, app.asar
  // extracted into a directory of the same name (Node cannot read inside an asar archive).
  const dir = mkdtempSync(join(tmpdir(), 'invitray-bench-packaged-'));
  try {
    const packaged = await packageLinuxDir();
    const resourcesPath = join(dir, 'resources');
    cpSync(packaged.resourcesDir, resourcesPath, {
      recursive: true,
      filter: (source) => source !== packaged.asarPath,
    });
    extractAll(packaged.asarPath, join(resourcesPath, basename(packaged.asarPath)));
    return await measurePlatform('linux', { kind: 'packaged', resourcesPath });
  } catch (error) {
    return { skipped: `the packaged app could not be measured here: ${error.message.split('\n')[0]}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!existsSync(resolve(ROOT, 'out/main/index.js'))) throw new Error('build first: npx electron-vite build');
const onlyBoot = process.argv.includes('--only-boot');
const perPlatform = {};
for (const platform of ['linux', 'darwin', 'win32'])
  perPlatform[platform] = await measurePlatform(platform, { kind: 'dir', path: ROOT });
const packaged = process.argv.includes('--no-packaged') ? { skipped: 'not asked' } : await measurePackaged();
const storedProfile = await measureStoredProfileBoot(LAUNCHES);
const pick = (key) => Object.fromEntries(Object.entries(perPlatform).map(([name, all]) => [name, all[key]]));
const boot = {
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    loadAverage1m: loadavg()[0],
    node: process.version,
  },
  underDouble: true,
  toFirstTrayImage: pick('toFirstTrayImage'),
  toTrayCount: pick('toTrayCount'),
  packaged,
  storedProfile,
};

const print = (label, all) => {
  const line = (what, figures) =>
    `${what} ${figures.medianMs} ms (${figures.medianCpuMs} ms CPU; floor ${figures.floor.medianMs} ms, ` +
    `${figures.floor.medianCpuMs} ms CPU; ÷ floor ${figures.oursOverFloor}, CPU ${figures.oursOverFloorCpu})`;
  console.log(`boot (${label}, under the double):`);
  console.log(`  ${line('first tray image', all.toFirstTrayImage)}`);
  console.log(`  ${line('tray shows the count', all.toTrayCount)}`);
};
for (const [platform, all] of Object.entries(perPlatform)) print(platform, all);
if (packaged.skipped) console.log(`boot (packaged): skipped, ${packaged.skipped}`);
else print('packaged, linux', packaged);
if (storedProfile.skipped) console.log(`boot (stored profile): skipped, ${storedProfile.skipped}`);
else {
  const line = (what, figures) => `${what} ${figures.medianMs} ms (${figures.medianCpuMs} ms CPU)`;
  console.log('boot (stored profile, keychain, linux, under the double):');
  console.log(`  ${line('first tray image', storedProfile.toFirstTrayImage)}`);
  console.log(`  ${line('tray shows the count', storedProfile.toTrayCount)}`);
}

if (!onlyBoot) {
  const heapAfterFivePollsFigures = {};
  for (const count of [10, 2000]) heapAfterFivePollsFigures[count] = await heapAfterFivePolls(count);
  boot.heapAfterFivePolls = heapAfterFivePollsFigures;
  const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
  results.boot = boot;
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
  for (const [count, figures] of Object.entries(heapAfterFivePollsFigures))
    console.log(
      `  ${count} invitations, five polls: heap ${mb(figures.heapUsedBytes)} used (rss ${mb(figures.rssBytes)})`,
    );
}
