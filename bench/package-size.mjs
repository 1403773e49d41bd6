#!/usr/bin/env node
// The packaged app's size, merged into bench/results.json as the top-level "package" section
// (other sections are kept). Called by scripts/bench.mjs after its build; alone:
// `npx electron-vite build && node bench/package-size.mjs`. The package is the Linux `--dir`
// build of scripts/package-dry-run.mjs (electron-builder.yml's file rules, a stub Electron, so
// the figures are Invitray's own share: app.asar, what is unpacked beside it, extraResources).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import asar from '@electron/asar';
import { packageLinuxDir } from '../scripts/package-dry-run.mjs';

const RESULTS = 'bench/results.json';
/** Issue 21: 3.39 MB before undici came for the CLI; the CLI and keytar's installers stay out. */
const TARGET_ASAR_BYTES = 3.5 * 1048576;

function countFiles(entry) {
  return Object.values(entry.files ?? {}).reduce(
    (sum, child) => sum + (child.files ? countFiles(child) : child.unpacked ? 0 : 1),
    0,
  );
}

function folder(dir) {
  const sum = { bytes: 0, files: 0 };
  if (!existsSync(dir)) return sum;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folder(path);
      sum.bytes += inner.bytes;
      sum.files += inner.files;
    } else {
      sum.bytes += statSync(path).size;
      sum.files += 1;
    }
  }
  return sum;
}

async function packageSize() {
  const { resourcesDir, asarPath } = await packageLinuxDir({ log: (line) => console.log(line) });
  const { header } = asar.getRawHeader(asarPath);
  const resources = folder(resourcesDir);
  const unpacked = folder(join(resourcesDir, 'app.asar.unpacked'));
  const asarBytes = statSync(asarPath).size;
  return {
    measuredAt: new Date().toISOString(),
    target: 'linux dir (x64), electron-builder.yml file rules, stub Electron',
    asar: { bytes: asarBytes, files: countFiles(header) },
    targetAsarBytesMax: TARGET_ASAR_BYTES,
    meetsTarget: asarBytes <= TARGET_ASAR_BYTES,
    asarUnpacked: unpacked,
    // Everything under resources/ that is not the asar or its unpacked folder: tray icons, app icon, app-update.yml.
    extraResources: {
      bytes: resources.bytes - asarBytes - unpacked.bytes,
      files: resources.files - 1 - unpacked.files,
    },
  };
}

const figures = await packageSize();
const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
results.package = figures;
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
console.log(
  `package: app.asar ${mb(figures.asar.bytes)} (${figures.asar.files} files), unpacked ${mb(figures.asarUnpacked.bytes)} ` +
    `(${figures.asarUnpacked.files} files), extra resources ${mb(figures.extraResources.bytes)} (${figures.extraResources.files} files)`,
);
