#!/usr/bin/env node
// `npm run bench`: measures the renderer and merges the figures into bench/results.json
// under "renderer" (other sections of the file are kept as they are).
//   - bundle: the built renderer's JavaScript and CSS, raw and gzip (level 9)
//   - firstList: in Chromium, ms from navigation start to the first rendered invitation
//     list, and the JS heap after it, for 10, 200 and 2000 invitations: "warm" is a reload
//     in a live renderer process (median of 7), "cold" a fresh browser context (median of 3)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const RESULTS = 'bench/results.json';
const ASSETS = 'out/renderer/assets';
const TARGETS = { jsGzipBytesMax: 40 * 1024, firstListMsAt200Max: 100 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args, env = {}) {
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${child.status})`);
}

function bundleSizes() {
  const sizes = { js: { files: [], raw: 0, gzip: 0 }, css: { files: [], raw: 0, gzip: 0 } };
  for (const name of readdirSync(ASSETS)) {
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const bytes = readFileSync(join(ASSETS, name));
    const file = { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes[kind].files.push(file);
    sizes[kind].raw += file.raw;
    sizes[kind].gzip += file.gzip;
  }
  return sizes;
}

function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  } catch (error) {
    return `unknown (${error.message})`;
  }
}

run('npx', ['electron-vite', 'build']);
const bundle = bundleSizes();

const dir = mkdtempSync(join(tmpdir(), 'invitray-bench-'));
const out = join(dir, 'renderer.json');
try {
  run('npx', ['playwright', 'test', '-c', 'bench/playwright.config.ts'], { BENCH_OUT: out });
  const firstList = JSON.parse(readFileSync(out, 'utf8'));
  const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
  results.renderer = {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      // Other work on the machine slows every figure; recorded so results can be compared fairly.
      loadAverage1m: loadavg()[0],
      node: process.version,
      chromium: chromiumVersion(),
    },
    bundle,
    firstList,
    targets: TARGETS,
    // The target is judged on the warm load: the app's window loads once and stays alive.
    meetsTargets: {
      jsGzip: bundle.js.gzip < TARGETS.jsGzipBytesMax,
      firstListAt200: firstList['200'].warm.firstListMs < TARGETS.firstListMsAt200Max,
    },
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `renderer: JS ${bundle.js.raw} B (${bundle.js.gzip} B gzip), CSS ${bundle.css.raw} B (${bundle.css.gzip} B gzip)`,
  );
  for (const [size, { warm, cold }] of Object.entries(firstList)) {
    console.log(
      `  ${size} invitations: first list ${warm.firstListMs} ms warm / ${cold.firstListMs} ms cold ` +
        `(painted ${warm.firstListPaintedMs} / ${cold.firstListPaintedMs} ms; snapshot received ` +
        `${warm.snapshotReceivedMs} / ${cold.snapshotReceivedMs} ms), heap ${(warm.jsHeapUsedBytes / 1048576).toFixed(1)} MB`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
