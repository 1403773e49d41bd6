// The packaged app, readable by Node: electron-builder's real `--linux dir` output
// (scripts/package-dry-run.mjs, built once and cached), copied with app.asar EXTRACTED into a
// directory of the same name, so the app's paths (resources/app.asar/out/main/index.js,
// resources/tray/…, resources/app.asar.unpacked/…) stay exactly as packaged. Node cannot read
// inside an asar archive; Electron can, and this is the only difference.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extractAll } from '@electron/asar';
import { packageLinuxDir } from '../../scripts/package-dry-run.mjs';

export interface PackagedResources {
  /** A copy of the packaged resources/ with app.asar as a directory. */
  resourcesPath: string;
  dispose(): void;
}

export async function packagedResources(): Promise<PackagedResources> {
  const packaged = await packageLinuxDir();
  const dir = mkdtempSync(join(tmpdir(), 'invitray-packaged-'));
  const resourcesPath = join(dir, 'resources');
  cpSync(packaged.resourcesDir, resourcesPath, {
    recursive: true,
    filter: (source) => source !== packaged.asarPath,
  });
  extractAll(packaged.asarPath, join(resourcesPath, basename(packaged.asarPath)));
  return { resourcesPath, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
