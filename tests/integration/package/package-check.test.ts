import { existsSync, readFileSync } from 'node:fs';
import { platform as hostPlatform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { iconFor } from '../../../electron/main/core/tray/tray-icons';
import { packageDir, type PackagedDir } from '../../../scripts/package-dry-run.mjs';
import { packagedExecutable } from '../../../scripts/package-e2e.mjs';
import {
  forbiddenFiles,
  dbusLibraryProblems,
  yamlLibraryProblems,
  misplacedNativeModules,
  missingAppFiles,
  missingResources,
  notForTheApp,
  unexpectedPackages,
  updateFeedProblems,
} from './package-assertions';
import { devDependencies, productionPackages, readPackage, type ReadPackage } from './read-package';
import {
  ALL_PLATFORMS,
  declaredExtraFiles,
  trayFilesFor,
  wrongSizedIcons,
  type Platform,
} from './runtime-resources';

// `npm run package:check` (and part of `npm test`): electron-builder's real `--dir` output for
// each platform, built offline from out/ with a stub Electron (scripts/package-dry-run.mjs),
// checked for what the installed app needs and for nothing it should not carry.
// package-check-fails.test.ts shows each assertion failing on a doctored listing.

const root = resolve(import.meta.dirname, '../../..');
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Parameters<
  typeof declaredExtraFiles
>[0];
const production = productionPackages(root);
const dev = devDependencies(root);

type Built = { dir: PackagedDir; listing: ReadPackage } | { unavailable: string };
const built = new Map<Platform, Built>();

/** A build that failed because it tried to download is "cannot be built here", anything else a failure. */
function triedToDownload(error: Error): boolean {
  return /127\.0\.0\.1:9|ECONNREFUSED|ENOTFOUND|download/i.test(error.message);
}

beforeAll(async () => {
  await Promise.all(
    ALL_PLATFORMS.map(async (platform) => {
      try {
        const dir = await packageDir({ platform });
        const listing = readPackage(dir.resourcesDir);
        built.set(platform, { dir, listing });
        console.log(
          `package:check: ${platform} dir target ${dir.cached ? 'reused (inputs unchanged)' : `built from ${hostPlatform()} (one electron-builder run for all three: ${dir.seconds.toFixed(1)} s)`}, no downloads; ` +
            `app.asar ${listing.asarBytes} bytes, ${listing.asarFiles.length} files`,
        );
      } catch (error) {
        if (platform === 'linux' || !triedToDownload(error as Error)) throw error;
        const reason = `electron-builder cannot build the ${platform} dir target from ${hostPlatform()} without downloads`;
        built.set(platform, { unavailable: reason });
        const lines = (error as Error).message.split('\n');
        const cause = (lines.find((line) => line.includes('⨯')) ?? lines[0] ?? '').trim();
        console.log(`package:check: NOT CHECKED: ${reason}: ${cause}`);
      }
    }),
  );
}, 300_000);

function listingFor(platform: Platform, skip: (note?: string) => void): ReadPackage {
  const result = built.get(platform);
  if (!result) throw new Error(`no ${platform} build`);
  if ('unavailable' in result) {
    skip(result.unavailable);
    throw new Error('unreachable');
  }
  return result.listing;
}

describe.each(ALL_PLATFORMS)('the %s package', (platform) => {
  it('app.asar holds package.json, out/main, the preload, the page and every asset it loads', ({ skip }) => {
    expect(missingAppFiles(listingFor(platform, skip))).toEqual([]);
  });

  it('holds nothing from src/, tests/, scripts/, bench/, docs/, no TypeScript and no source maps', ({
    skip,
  }) => {
    expect(forbiddenFiles(listingFor(platform, skip))).toEqual([]);
  });

  it('holds only packages production code can reach (no devDependency)', ({ skip }) => {
    expect(unexpectedPackages(listingFor(platform, skip), production, dev)).toEqual([]);
  });

  it("holds no CLI-only code (cli.js, undici) and none of keytar's install-time dependencies", ({ skip }) => {
    expect(notForTheApp(listingFor(platform, skip))).toEqual([]);
  });

  it('the executable is where scripts/package-e2e.mjs looks for it (CI launches it from there)', ({
    skip,
  }) => {
    listingFor(platform, skip);
    const { dir } = built.get(platform) as { dir: PackagedDir };
    expect(packagedExecutable(platform, 'x64', dirname(dir.appDir))).toBe(dir.executablePath);
    expect(existsSync(dir.executablePath)).toBe(true);
  });

  it('dbus-native (Linux notification buttons) loads from app.asar, without its tools', ({ skip }) => {
    expect(dbusLibraryProblems(listingFor(platform, skip))).toEqual([]);
  });

  it("js-yaml (the updater's) loads from app.asar without its bundles and command-line tool", ({ skip }) => {
    expect(yamlLibraryProblems(listingFor(platform, skip))).toEqual([]);
  });

  it("keytar's native module is in app.asar.unpacked and no .node is inside app.asar", ({ skip }) => {
    expect(misplacedNativeModules(listingFor(platform, skip))).toEqual([]);
  });

  it('every file main reads from process.resourcesPath is there, tray icons at the catalog size', ({
    skip,
  }) => {
    const listing = listingFor(platform, skip);
    const tray = trayFilesFor(platform);
    // Every platform's package carries the same tray folder: checked against all three catalogs'
    // names, the own platform's first so a failure says which runs would break.
    const required = [...tray, ...ALL_PLATFORMS.flatMap(trayFilesFor), ...declaredExtraFiles(config)];
    expect(missingResources(listing, [...new Set(required)])).toEqual([]);
    const { resourcesDir } = (built.get(platform) as { dir: PackagedDir }).dir;
    expect(wrongSizedIcons(tray, (path) => readFileSync(join(resourcesDir, path)))).toEqual([]);
    expect(tray).toContain(iconFor('idle', platform));
  });
});

describe('the update feed', () => {
  it('resources/app-update.yml of the Linux package names the GitHub provider', ({ skip }) => {
    const listing = listingFor('linux', skip);
    expect(updateFeedProblems(listing.appUpdateYml)).toEqual([]);
    for (const platform of ['win32', 'darwin'] as const) {
      const other = built.get(platform);
      if (other && 'listing' in other && other.listing.appUpdateYml !== null) {
        expect(updateFeedProblems(other.listing.appUpdateYml)).toEqual([]);
      } else {
        // electron-builder writes it for nsis (Windows) and dmg/zip (macOS) targets, not for --dir.
        console.log(
          `package:check: ${platform} app-update.yml not checked: electron-builder writes it only with the installer targets, not --dir`,
        );
      }
    }
  });
});
