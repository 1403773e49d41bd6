#!/usr/bin/env node
// A real electron-builder `--dir` build of the already-built `out/`, offline, for checks to
// inspect (package:check, the boot suite): the real app.asar, app.asar.unpacked,
// extraResources and app-update.yml. Electron's binary cannot be downloaded here, so the check
// generates a stub Electron distribution (one placeholder executable) and passes it as
// `electronDist`; `npmRebuild: false` (keytar stays built for this Node, which is what the
// boot suite loads) and no fuses (flipping them needs the real binary). That override is this
// check's alone: electron-builder.yml, what ships, keeps both.
// Usage: `node scripts/package-dry-run.mjs` prints the paths as JSON.
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = fileURLToPath(import.meta.url);
const projectRoot = resolve(dirname(here), '..');

/** In every stub executable, so a launcher can tell it from a real Electron (see isStubElectron). */
export const STUB_MARKER = 'INVITRAY-STUB-ELECTRON';

// Any download electron-builder might attempt (an Electron zip, its tool binaries) goes to a
// closed local port and fails loudly instead of succeeding on a connected machine.
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

/** Files whose change means a new package: the build, what electron-builder adds, and how. */
function inputs(root) {
  const files = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, 'out'));
  walk(join(root, 'resources'));
  for (const name of [
    'package.json',
    'package-lock.json',
    'electron-builder.yml',
    'electron-builder.e2e.yml',
  ])
    files.push(join(root, name));
  files.push(here);
  return files.filter((file) => existsSync(file)).sort();
}

function cacheKey(root, platform) {
  const hash = createHash('sha256').update(platform);
  for (const file of inputs(root)) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

function writeStubLinux(dir) {
  mkdirSync(dir, { recursive: true });
  const executable = join(dir, 'electron');
  writeFileSync(
    executable,
    `#!/bin/sh\n# ${STUB_MARKER}: placeholder from scripts/package-dry-run.mjs, not Electron.\n` +
      `echo "${STUB_MARKER}: this package was built with a stub Electron and cannot start" >&2\nexit 1\n`,
  );
  chmodSync(executable, 0o755);
}

/** True when the file is one of this script's placeholders rather than a real Electron binary. */
export function isStubElectron(executablePath) {
  if (!existsSync(executablePath)) return false;
  const head = readFileSync(executablePath).subarray(0, 64 * 1024);
  return head.includes(STUB_MARKER) || head.includes(Buffer.from(STUB_MARKER, 'utf16le'));
}

async function sleep(ms) {
  await new Promise((done) => setTimeout(done, ms));
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Cross-process lock (mkdir is atomic), so two suites in one `npm test` never build at once. */
async function withLock(lockDir, work) {
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readOwner(lockDir), 10);
      if (Number.isInteger(owner) && !alive(owner)) rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`package dry run: lock ${lockDir} held too long`, { cause: error });
      else await sleep(250);
    }
  }
  writeFileSync(join(lockDir, 'owner'), `${process.pid} ${randomUUID()}`);
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function readOwner(lockDir) {
  try {
    return readFileSync(join(lockDir, 'owner'), 'utf8');
  } catch (error) {
    // Another process is between mkdir and writing its id: treat it as alive.
    if (error.code === 'ENOENT') return String(process.pid);
    throw error;
  }
}

const inProcess = new Map();

/**
 * electron-builder `--linux dir` into `<outputRoot>/linux` (default dist/check/linux), reused
 * while out/, resources/, package.json, the lock file and the builder configs are unchanged.
 * @param {{ root?: string, outputRoot?: string, force?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ platform: 'linux', appDir: string, resourcesDir: string, asarPath: string,
 *   executablePath: string, cached: boolean, seconds: number, builderLog: string }>}
 */
export async function packageLinuxDir(options = {}) {
  const root = resolve(options.root ?? projectRoot);
  const outputRoot = resolve(options.outputRoot ?? join(root, 'dist', 'check'));
  const key = `${root}|${outputRoot}|${options.force ? randomUUID() : ''}`;
  if (!inProcess.has(key)) inProcess.set(key, buildLinux(root, outputRoot, options));
  try {
    return await inProcess.get(key);
  } finally {
    inProcess.delete(key);
  }
}

async function buildLinux(root, outputRoot, { force = false, log = () => {} }) {
  if (!existsSync(join(root, 'out', 'main'))) {
    throw new Error('package dry run: out/ is missing; run `npx electron-vite build` first');
  }
  const workDir = join(outputRoot, 'linux');
  const appDir = join(workDir, 'linux-unpacked');
  const resourcesDir = join(appDir, 'resources');
  const result = {
    platform: 'linux',
    appDir,
    resourcesDir,
    asarPath: join(resourcesDir, 'app.asar'),
    executablePath: join(appDir, 'invitray'),
  };
  mkdirSync(outputRoot, { recursive: true });
  return withLock(join(outputRoot, 'linux.lock'), async () => {
    const started = Date.now();
    const key = cacheKey(root, 'linux');
    const stampFile = join(workDir, 'stamp.json');
    if (!force && existsSync(stampFile) && existsSync(result.asarPath)) {
      const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
      if (stamp.key === key) {
        log(`package dry run: reusing ${relative(root, appDir)} (inputs unchanged)`);
        return { ...result, cached: true, seconds: 0, builderLog: stamp.builderLog };
      }
    }
    rmSync(workDir, { recursive: true, force: true });
    const stubDir = join(workDir, 'stub-electron');
    writeStubLinux(stubDir);
    const config = {
      extends: join(root, 'electron-builder.yml'),
      electronDist: stubDir,
      npmRebuild: false,
      electronFuses: null,
      directories: { output: workDir },
    };
    const configFile = join(workDir, 'electron-builder.check.json');
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    log(`package dry run: electron-builder --linux dir -> ${relative(root, appDir)}`);
    const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
    const args = [cli, '--linux', 'dir', '--x64', '--publish', 'never', '-c', configFile];
    let builderLog;
    try {
      const { stdout, stderr } = await run(process.execPath, args, {
        cwd: root,
        env: { ...process.env, ...NO_DOWNLOADS },
        maxBuffer: 16 * 1024 * 1024,
      });
      builderLog = `${stdout}${stderr}`;
    } catch (error) {
      throw new Error(
        `electron-builder --linux dir failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`,
        { cause: error },
      );
    }
    if (!existsSync(result.asarPath)) {
      throw new Error(`electron-builder finished without ${result.asarPath}:\n${builderLog}`);
    }
    writeFileSync(stampFile, JSON.stringify({ key, builderLog }));
    return { ...result, cached: false, seconds: (Date.now() - started) / 1000, builderLog };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === here) {
  const force = process.argv.includes('--force');
  const result = await packageLinuxDir({ force, log: (line) => console.error(line) });
  const { builderLog, ...paths } = result;
  if (!result.cached) console.error(builderLog.trimEnd());
  console.log(JSON.stringify(paths, null, 2));
}
