#!/usr/bin/env node
// The packaged app the Electron end-to-end suite drives (CI's e2e job; any machine where
// Electron can be downloaded): `electron-builder --dir` with electron-builder.e2e.yml, the
// production config with only the inspect fuse re-enabled (Playwright attaches through it), for
// this OS and CPU. Prints the packaged executable's path, and hands it to later GitHub Actions
// steps as the step output `executable` when $GITHUB_OUTPUT is set.
// Usage: `npx electron-vite build && node scripts/package-e2e.mjs`, then
//   INVITRAY_PACKAGED_EXECUTABLE=<printed path> npx playwright test -c playwright.electron.config.ts
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(root, 'dist', 'e2e'); // electron-builder.e2e.yml's directories.output

/** electron-builder's `--dir` folder and executable for a platform and CPU. */
export function packagedExecutable(platform, arch, output = OUTPUT) {
  const suffix = arch === 'x64' ? '' : `-${arch}`;
  if (platform === 'darwin')
    return join(output, `mac${suffix}`, 'Invitray.app', 'Contents', 'MacOS', 'Invitray');
  if (platform === 'win32') return join(output, `win${suffix}-unpacked`, 'Invitray.exe');
  return join(output, `linux${suffix}-unpacked`, 'invitray');
}

const FLAGS = { darwin: '--mac', win32: '--win', linux: '--linux' };

/** electron-builder's arguments: this OS's `dir` target for one CPU, with the e2e config, never published. */
export function e2ePackageArgs(platform, arch) {
  const platformFlag = FLAGS[platform];
  if (!platformFlag) throw new Error(`no electron-builder target for ${platform}`);
  return [platformFlag, 'dir', `--${arch}`, '--publish', 'never', '-c', 'electron-builder.e2e.yml'];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
  const args = [cli, ...e2ePackageArgs(process.platform, process.arch)];
  console.log(`node ${args.join(' ')}`);
  const child = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (child.status !== 0) process.exit(child.status ?? 1);
  const executable = packagedExecutable(process.platform, process.arch);
  if (!existsSync(executable)) {
    console.error(`electron-builder finished but ${executable} does not exist`);
    process.exit(1);
  }
  console.log(executable);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `executable=${executable}\n`);
}
