import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageLinuxDir } from '../../../scripts/package-dry-run.mjs';
import {
  forbiddenFiles,
  misplacedNativeModules,
  missingAppFiles,
  missingResources,
  notForTheApp,
  unexpectedPackages,
  updateFeedProblems,
  type PackageListing,
} from './package-assertions';
import { devDependencies, productionPackages, readPackage, type ReadPackage } from './read-package';
import { trayFilesFor, wrongSizedIcons } from './runtime-resources';

// Each package:check assertion, run on a doctored copy of the real Linux listing, names the
// defect: none of them can pass vacuously. (The real listing passing is package-check.test.ts.)

const root = resolve(import.meta.dirname, '../../..');
let real: ReadPackage;
let resourcesDir: string;

beforeAll(async () => {
  const dir = await packageLinuxDir();
  resourcesDir = dir.resourcesDir;
  real = readPackage(resourcesDir);
}, 300_000);

function doctored(change: Partial<PackageListing>): PackageListing {
  return { ...real, ...change };
}

const without = (paths: string[], drop: (path: string) => boolean) => paths.filter((path) => !drop(path));

describe('package:check assertions fail on a broken package', () => {
  it('the CLI, undici or an install-time dependency of keytar in app.asar is named', () => {
    const broken = doctored({
      asarFiles: [
        ...real.asarFiles,
        'out/main/cli.js',
        'node_modules/undici/index.js',
        'node_modules/prebuild-install/bin.js',
        'node_modules/keytar/node_modules/readable-stream/readable.js',
      ],
    });
    expect(notForTheApp(broken)).toEqual([
      'out/main/cli.js is the command-line tool, which the app never runs',
      "undici is only the CLI's",
      'prebuild-install is only needed to install keytar',
      'readable-stream is only needed to install keytar',
    ]);
  });

  it('a missing preload, page asset, lazily loaded chunk, main entry or package.json is named', () => {
    // The page loads the first chunk; that chunk loads the Settings screen and each language's
    // catalogue on demand, so a package without one of those breaks only later, in use.
    const entry = real.asarFiles.find((path) => /^out\/renderer\/assets\/index-.*\.js$/.test(path));
    const lazy = real.asarFiles.find((path) => /^out\/renderer\/assets\/ja-.*\.js$/.test(path));
    expect([entry, lazy]).not.toContain(undefined);
    const broken = doctored({
      asarFiles: without(real.asarFiles, (path) => path === 'out/preload/index.cjs' || path === lazy),
    });
    expect(missingAppFiles(broken)).toEqual([
      'app.asar lacks out/preload/index.cjs (the window preload)',
      `app.asar lacks ${lazy} (referenced by ${entry})`,
    ]);
    const noEntry = doctored({ asarFiles: without(real.asarFiles, (path) => path === entry) });
    expect(missingAppFiles(noEntry)).toEqual([
      `app.asar lacks ${entry} (referenced by out/renderer/index.html)`,
    ]);

    const wrongMain = doctored({
      readAsar: (path) =>
        path === 'package.json' ? '{"main":"./out/main/missing.js"}' : real.readAsar(path),
    });
    expect(missingAppFiles(wrongMain)).toEqual(['app.asar lacks out/main/missing.js (package.json "main")']);

    const noManifest = doctored({ asarFiles: without(real.asarFiles, (path) => path === 'package.json') });
    expect(missingAppFiles(noManifest)[0]).toMatch(/lacks package\.json/);
  });

  it('sources, tests, tooling, TypeScript and source maps are named', () => {
    const extra = [
      'src/App.svelte',
      'tests/unit/x.test.ts',
      'scripts/bench.mjs',
      'bench/results.json',
      'docs/install.md',
      'out/main/index.js.map',
      'node_modules/conf/dist/index.d.ts',
    ];
    const broken = doctored({ asarFiles: [...real.asarFiles, ...extra] });
    expect(forbiddenFiles(broken)).toHaveLength(extra.length);
    expect(forbiddenFiles(broken).join('\n')).toContain('node_modules/conf/dist/index.d.ts: TypeScript');
    expect(
      forbiddenFiles(doctored({ unpackedFiles: [...real.unpackedFiles, 'node_modules/keytar/src/main.ts'] })),
    ).toEqual(['(unpacked) node_modules/keytar/src/main.ts: TypeScript']);
  });

  it('a devDependency or a package nothing needs is named', () => {
    const broken = doctored({
      asarFiles: [
        ...real.asarFiles,
        'node_modules/vitest/package.json',
        'node_modules/conf/node_modules/@electron/asar/lib/asar.js',
        'node_modules/left-pad/index.js',
      ],
    });
    expect(unexpectedPackages(broken, productionPackages(root), devDependencies(root))).toEqual([
      'devDependency @electron/asar is in the package',
      'left-pad is in the package but no production dependency needs it',
      'devDependency vitest is in the package',
    ]);
  });

  it('a packed native module, or keytar missing from app.asar.unpacked, is named', () => {
    const node = real.unpackedFiles.find((path) => path.endsWith('keytar.node')) as string;
    expect(node).toBeDefined();
    const packed = doctored({
      asarFiles: [...real.asarFiles, node],
      unpackedFiles: without(real.unpackedFiles, (path) => path === node),
    });
    expect(misplacedNativeModules(packed)).toEqual([
      `native module ${node} is inside app.asar, where it cannot be loaded`,
      "keytar's .node is not under app.asar.unpacked/node_modules/keytar/",
    ]);
  });

  it('a missing tray icon of any platform, the app icon, or a wrongly sized icon is named', () => {
    const gone = [
      'tray/linux/tray-error-48.png',
      'tray/tray-9plus.png',
      'tray/mac/trayPendingTemplate@2x.png',
    ];
    const broken = doctored({ resourceFiles: without(real.resourceFiles, (path) => gone.includes(path)) });
    const required = ['linux', 'win32', 'darwin'].flatMap((p) => trayFilesFor(p as 'linux'));
    expect(missingResources(broken, [...required, 'icon.png'])).toEqual(
      gone.map((p) => `resources/${p} is missing`),
    );
    expect(missingResources(doctored({ resourceFiles: [] }), ['icon.png'])).toEqual([
      'resources/icon.png is missing',
    ]);

    // The 48 px file served where the catalog says 24 px; a non-PNG; a name not in the catalog.
    const read = (path: string) =>
      path.endsWith('idle-24.png')
        ? readFileSync(join(resourcesDir, 'tray/linux/tray-idle-48.png'))
        : path.endsWith('error-24.png')
          ? Buffer.from('not a png')
          : readFileSync(join(resourcesDir, path));
    const problems = wrongSizedIcons([...trayFilesFor('linux'), 'tray/linux/tray-idle-32.png'], read);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/tray-error-24\.png is not a readable PNG/);
    expect(problems[1]).toBe('resources/tray/linux/tray-idle-24.png is 48x48, the catalog says 24x24');
    expect(problems[2]).toBe('tray/linux/tray-idle-32.png is not in the tray icon catalog');
  });

  it('an update feed that is missing, not GitHub, or lacks its repository is named', () => {
    expect(updateFeedProblems(null)).toEqual(['resources/app-update.yml is missing']);
    expect(updateFeedProblems('provider: generic\nurl: https://example.com\n')).toEqual([
      'app-update.yml names provider generic, not github',
    ]);
    expect(updateFeedProblems('provider: github\nowner: invitray\n')).toEqual(['app-update.yml has no repo']);
    expect(updateFeedProblems(real.appUpdateYml)).toEqual([]);
  });
});
