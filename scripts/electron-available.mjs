#!/usr/bin/env node
// Tells whether Electron can start on this machine, without asking the `electron`
// package: requiring it resolves the binary lazily and starts a ~100 MB download
// when it is missing (and fails where its release host is unreachable).
// Usage: `node scripts/electron-available.mjs` prints the binary path (exit 0) or the
// reason it is unavailable (exit 1); `… --packaged [executable]` does the same for a packaged
// app (default: $INVITRAY_PACKAGED_EXECUTABLE). The Playwright _electron suite imports it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStubElectron } from './package-dry-run.mjs';

/** Names the packaged executable the Electron suite launches instead of `electron .`. */
export const PACKAGED_ENV = 'INVITRAY_PACKAGED_EXECUTABLE';

export const UNAVAILABLE_REASON =
  'Electron binary not available on this machine (node_modules/electron/dist missing)';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {{ available: true, executablePath: string } | { available: false, reason: string }} */
export function electronBinary(projectRoot = root) {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { available: false, reason: UNAVAILABLE_REASON };
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = join(packageDir, 'dist');
  const executablePath = resolve(distDir, relative);
  if (relative === '' || !executablePath.startsWith(distDir) || !existsSync(executablePath)) {
    return { available: false, reason: UNAVAILABLE_REASON };
  }
  return { available: true, executablePath };
}

/**
 * Whether a packaged app can start: it must exist (a wrong path is an error, `missing`), and
 * not be one of package:check's stub Electrons, which are built offline and cannot start.
 * @returns {{ available: true, executablePath: string } | { available: false, missing: boolean, reason: string }}
 */
export function packagedBinary(executablePath) {
  const path = resolve(executablePath);
  if (!existsSync(path)) {
    return { available: false, missing: true, reason: `${PACKAGED_ENV} names ${path}, which does not exist` };
  }
  if (isStubElectron(path)) {
    return {
      available: false,
      missing: false,
      reason:
        `${PACKAGED_ENV} names a package built with a stub Electron (package:check's offline dry run): ` +
        `it cannot start. Package with the real Electron instead: node scripts/package-e2e.mjs`,
    };
  }
  return { available: true, executablePath: path };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const packaged = process.argv.indexOf('--packaged');
  const executable = process.argv[packaged + 1] ?? process.env[PACKAGED_ENV];
  if (packaged > 0 && !executable) {
    throw new Error(`usage: electron-available.mjs --packaged [executable] (default: $${PACKAGED_ENV})`);
  }
  const result = packaged > 0 ? packagedBinary(executable) : electronBinary();
  if (result.available) {
    console.log(result.executablePath);
  } else {
    console.error(result.reason);
    process.exitCode = 1;
  }
}
