#!/usr/bin/env node
// A real electron-builder `--dir` build of the already-built `out/`, offline, for checks to
// inspect (package:check, the boot suite): the real app.asar, app.asar.unpacked,
// extraResources and app-update.yml. Electron's binary cannot be downloaded here, so the check
// generates a stub Electron distribution (scripts/package-dry-run/stub-electron.mjs) and passes
// it as `electronDist`; `npmRebuild: false` (native modules stay as npm built them for this
// Node, which is what the boot suite loads) and no fuses (flipping them needs the real binary).
// That override is this check's alone: electron-builder.yml, what ships, keeps both.
// Usage: `node scripts/package-dry-run.mjs [linux|win32|darwin] [--force]` prints the paths.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { withLock } from './package-dry-run/build-lock.mjs';
import { cacheKey } from './package-dry-run/cache-key.mjs';
import { checkConfig } from './package-dry-run/check-config.mjs';
import { STUB_MARKER, STUB_MARKER_FILE, writeStubElectron } from './package-dry-run/stub-electron.mjs';

export { STUB_MARKER };

const run = promisify(execFile);
const here = fileURLToPath(import.meta.url);
const projectRoot = resolve(dirname(here), '..');

// Any download electron-builder might attempt (an Electron zip, its tool binaries) goes to a
// closed local port and fails loudly, instead of quietly succeeding on a connected machine.
const NO_DOWNLOADS = {
  ELECTRON_MIRROR: 'http://127.0.0.1:9/',
  ELECTRON_BUILDER_BINARIES_MIRROR: 'http://127.0.0.1:9/',
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '',
  no_proxy: '',
};

/** Where electron-builder puts each platform's `--dir` output (x64), and what is inside. */
const LAYOUT = {
  linux: { flag: '--linux', dir: 'linux-unpacked', resources: 'resources', executable: 'invitray' },
  win32: { flag: '--win', dir: 'win-unpacked', resources: 'resources', executable: 'Invitray.exe' },
  darwin: {
    flag: '--mac',
    dir: 'mac',
    resources: 'Invitray.app/Contents/Resources',
    executable: 'Invitray.app/Contents/MacOS/Invitray',
  },
};
export const PLATFORMS = Object.keys(LAYOUT);

/** True when the file is one of this script's placeholders rather than a real Electron binary. */
export function isStubElectron(executablePath) {
  if (!existsSync(executablePath)) return false;
  if (existsSync(join(dirname(executablePath), STUB_MARKER_FILE))) return true;
  // Only the start: a real Electron binary is a few hundred megabytes.
  const head = Buffer.alloc(256 * 1024);
  const fd = openSync(executablePath, 'r');
  let length;
  try {
    length = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return (
    head.subarray(0, length).includes(STUB_MARKER) ||
    head.subarray(0, length).includes(Buffer.from(STUB_MARKER, 'utf16le'))
  );
}

function paths(workDir, platform) {
  const layout = LAYOUT[platform];
  const appDir = join(workDir, layout.dir);
  const resourcesDir = join(appDir, layout.resources);
  return {
    platform,
    appDir,
    resourcesDir,
    asarPath: join(resourcesDir, 'app.asar'),
    executablePath: join(appDir, layout.executable),
  };
}

const inProcess = new Map();

/**
 * electron-builder's `dir` target (x64) for Linux, Windows and macOS in one run, into
 * `<outputRoot>/dirs` (default dist/check/dirs), reused while out/, resources/, package.json,
 * the lock file and the builder configs are unchanged; resolves to `platform`'s folders.
 * A platform electron-builder could not package rejects with its reason.
 * @param {{ platform?: 'linux' | 'win32' | 'darwin', root?: string, outputRoot?: string,
 *   force?: boolean, log?: (line: string) => void }} [options]
 */
export async function packageDir(options = {}) {
  const platform = options.platform ?? 'linux';
  if (!LAYOUT[platform]) throw new Error(`package dry run: unknown platform ${platform}`);
  const root = resolve(options.root ?? projectRoot);
  const outputRoot = resolve(options.outputRoot ?? join(root, 'dist', 'check'));
  const key = `${root}|${outputRoot}|${options.force ? randomUUID() : ''}`;
  if (!inProcess.has(key)) {
    const building = build(root, outputRoot, options);
    inProcess.set(key, building);
    building.then(
      () => inProcess.delete(key),
      () => inProcess.delete(key),
    );
  }
  const all = await inProcess.get(key);
  if (all.failed[platform]) throw new Error(all.failed[platform]);
  return {
    ...paths(all.workDir, platform),
    cached: all.cached,
    seconds: all.seconds,
    builderLog: all.builderLog,
  };
}

/** `packageDir` for Linux, the target the boot suite and package:check always inspect. */
export function packageLinuxDir(options = {}) {
  return packageDir({ ...options, platform: 'linux' });
}

async function electronBuilder(root, flags, configFile) {
  const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
  const args = [cli, ...flags, '--x64', '--publish', 'never', '-c', configFile];
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...NO_DOWNLOADS },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { ok: true, log: `${stdout}${stderr}` };
  } catch (error) {
    return {
      ok: false,
      log: `electron-builder ${flags.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`,
    };
  }
}

async function build(root, outputRoot, { force = false, log = () => {} }) {
  if (!existsSync(join(root, 'out', 'main'))) {
    throw new Error('package dry run: out/ is missing; run `npx electron-vite build` first');
  }
  const workDir = join(outputRoot, 'dirs');
  mkdirSync(outputRoot, { recursive: true });
  return withLock(join(outputRoot, 'dirs.lock'), async () => {
    const started = Date.now();
    const key = cacheKey(root, [here, join(dirname(here), 'package-dry-run')]);
    const stampFile = join(workDir, 'stamp.json');
    if (!force && existsSync(stampFile) && existsSync(paths(workDir, 'linux').asarPath)) {
      const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
      if (stamp.key === key) {
        log(`package dry run: reusing ${relative(root, workDir)} (inputs unchanged)`);
        return { workDir, failed: stamp.failed, cached: true, seconds: 0, builderLog: stamp.builderLog };
      }
    }
    rmSync(workDir, { recursive: true, force: true });
    const stubDirs = {};
    for (const platform of PLATFORMS) {
      stubDirs[platform] = join(workDir, 'stub-electron', platform);
      writeStubElectron(platform, stubDirs[platform], root);
    }
    const configFile = join(workDir, 'electron-builder.check.cjs');
    writeFileSync(configFile, checkConfig(root, stubDirs, workDir));
    log(`package dry run: electron-builder --linux --win --mac dir -> ${relative(root, workDir)}`);
    const flags = PLATFORMS.flatMap((platform) => [LAYOUT[platform].flag, 'dir']);
    let result = await electronBuilder(root, flags, configFile);
    const failed = {};
    if (!result.ok) {
      // Say which platform cannot be packaged here: Linux alone, then each other one.
      const linux = await electronBuilder(root, ['--linux', 'dir'], configFile);
      if (!linux.ok) throw new Error(linux.log);
      for (const platform of PLATFORMS.filter((name) => name !== 'linux')) {
        const alone = await electronBuilder(root, [LAYOUT[platform].flag, 'dir'], configFile);
        if (!alone.ok) failed[platform] = alone.log;
      }
      result = { ok: true, log: `${result.log}\n${linux.log}` };
    }
    for (const platform of PLATFORMS.filter((name) => !failed[name])) {
      const { asarPath } = paths(workDir, platform);
      if (!existsSync(asarPath))
        failed[platform] = `electron-builder finished without ${asarPath}:\n${result.log}`;
    }
    if (failed.linux) throw new Error(failed.linux);
    writeFileSync(stampFile, JSON.stringify({ key, builderLog: result.log, failed }));
    return { workDir, failed, cached: false, seconds: (Date.now() - started) / 1000, builderLog: result.log };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === here) {
  const platform = PLATFORMS.find((name) => process.argv.includes(name)) ?? 'linux';
  const force = process.argv.includes('--force');
  const result = await packageDir({ platform, force, log: (line) => console.error(line) });
  const { builderLog, ...paths } = result;
  if (!result.cached) console.error(builderLog.trimEnd());
  console.log(JSON.stringify(paths, null, 2));
}
