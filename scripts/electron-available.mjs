#!/usr/bin/env node
// Tells whether Electron can start on this machine, without asking the `electron`
// package: requiring it resolves the binary lazily and starts a ~100 MB download
// when it is missing (and fails where its release host is unreachable).
// Usage: `node scripts/electron-available.mjs` prints the binary path (exit 0) or the
// reason it is unavailable (exit 1). The Playwright _electron suite imports it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = electronBinary();
  if (result.available) {
    console.log(result.executablePath);
  } else {
    console.error(result.reason);
    process.exitCode = 1;
  }
}
