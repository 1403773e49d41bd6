// Placeholder Electron distributions for electron-builder's `electronDist`, one per platform,
// holding just what electron-builder reads or rewrites: Linux renames `electron`; Windows
// rewrites `electron.exe`'s resources (asar integrity, icon, version), so it must be a real PE
// file with a version resource; macOS rewrites the Info.plist of `Electron.app` and of its
// helper app. None of them can start: each carries STUB_MARKER so launchers can say so.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const STUB_MARKER = 'INVITRAY-STUB-ELECTRON';
/**
 * Also written beside the Linux and Windows stubs (electron-builder copies the whole folder next
 * to the executable): Windows' version strings, where the marker starts, are rewritten on build.
 */
export const STUB_MARKER_FILE = `${STUB_MARKER}.txt`;

const script = (name) =>
  `#!/bin/sh\n# ${STUB_MARKER}: placeholder ${name} from scripts/package-dry-run.mjs, not Electron.\n` +
  `echo "${STUB_MARKER}: this package was built with a stub Electron and cannot start" >&2\nexit 1\n`;

function writeExecutable(path, content) {
  writeFileSync(path, content);
  chmodSync(path, 0o755);
}

function writeLinux(dir) {
  writeExecutable(join(dir, 'electron'), script('electron'));
}

/** electron-builder edits the exe with resedit (pure JavaScript): use its copy to make one. */
function writeWindows(dir, root) {
  const fromBuilder = createRequire(join(root, 'node_modules', 'app-builder-lib', 'package.json'));
  const { NtExecutable, NtExecutableResource, Resource } = fromBuilder('resedit');
  const executable = NtExecutable.createEmpty(false, false);
  const resources = NtExecutableResource.from(executable);
  const version = Resource.VersionInfo.createEmpty();
  version.lang = 1033;
  version.setStringValues(
    { lang: 1033, codepage: 1200 },
    { FileDescription: STUB_MARKER, ProductName: 'Electron' },
  );
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(executable);
  writeFileSync(join(dir, 'electron.exe'), Buffer.from(executable.generate()));
}

const plist = (name, id) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>CFBundleExecutable</key><string>${name}</string>
<key>CFBundleIdentifier</key><string>${id}</string>
<key>CFBundleName</key><string>${name}</string>
<key>CFBundleShortVersionString</key><string>0.0.0</string>
</dict></plist>
`;

function writeMac(dir) {
  const contents = join(dir, 'Electron.app', 'Contents');
  const helper = join(contents, 'Frameworks', 'Electron Helper.app', 'Contents');
  for (const path of [join(contents, 'MacOS'), join(contents, 'Resources'), join(helper, 'MacOS')])
    mkdirSync(path, { recursive: true });
  writeFileSync(join(contents, 'Info.plist'), plist('Electron', 'com.github.Electron'));
  writeExecutable(join(contents, 'MacOS', 'Electron'), script('Electron'));
  writeFileSync(join(helper, 'Info.plist'), plist('Electron Helper', 'com.github.Electron.helper'));
  writeExecutable(join(helper, 'MacOS', 'Electron Helper'), script('Electron Helper'));
}

/** Writes the stub distribution for `platform` into `dir` (created). */
export function writeStubElectron(platform, dir, root) {
  mkdirSync(dir, { recursive: true });
  if (platform !== 'darwin') {
    writeFileSync(join(dir, STUB_MARKER_FILE), 'Placeholder Electron from scripts/package-dry-run.mjs.\n');
  }
  if (platform === 'linux') writeLinux(dir);
  else if (platform === 'win32') writeWindows(dir, root);
  else if (platform === 'darwin') writeMac(dir);
  else throw new Error(`no stub Electron for platform ${platform}`);
}
