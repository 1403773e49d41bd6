import { posix } from 'node:path';

// What package:check asserts about an electron-builder `--dir` output, as pure functions over
// listings (so each can be shown to fail on a doctored listing). Every function returns the
// problems it found, one readable line each; an empty list means the assertion holds.
// Paths are POSIX and relative: to the archive root, to app.asar.unpacked, to resources/.

export interface PackageListing {
  /** Files stored inside app.asar (not the ones marked unpacked). */
  asarFiles: string[];
  /** Files on disk under app.asar.unpacked/. */
  unpackedFiles: string[];
  /** Files on disk under resources/, outside app.asar and app.asar.unpacked. */
  resourceFiles: string[];
  /** Reads a file stored in app.asar. */
  readAsar: (path: string) => string;
}

const SOURCE_FOLDERS = ['src', 'tests', 'scripts', 'bench', 'docs'];

/** References to other files in HTML (src/href) and CSS (url()), resolved against `from`. */
export function referencedAssets(text: string, from: string): string[] {
  const refs = [
    ...text.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/g),
    ...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g),
  ].map((match) => match[1] ?? '');
  return refs
    .filter((ref) => ref !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('#'))
    .map((ref) => ref.replace(/[?#].*$/, ''))
    .map((ref) =>
      ref.startsWith('/') ? posix.join('out/renderer', ref) : posix.join(posix.dirname(from), ref),
    );
}

/**
 * Files a built JS chunk loads: its static and dynamic imports and Vite's preload lists, all
 * relative string literals ("./SettingsScreen-x.js", `./ja-x.js`). The page loads the window's
 * first chunk; the Settings screen and each language's catalogue come later, through these.
 */
export function referencedModules(text: string, from: string): string[] {
  const refs = [...text.matchAll(/["'`](\.{1,2}\/[\w./-]+\.(?:m?js|css))["'`]/g)].map(
    (match) => match[1] ?? '',
  );
  return refs.map((ref) => posix.join(posix.dirname(from), ref));
}

/** The built app: main (as package.json names it), preload, the page and everything it loads. */
export function missingAppFiles(listing: PackageListing): string[] {
  const files = new Set(listing.asarFiles);
  const problems: string[] = [];
  const need = (path: string, why: string) => {
    if (!files.has(path)) problems.push(`app.asar lacks ${path} (${why})`);
  };
  need('package.json', 'Electron reads the entry point from it');
  if (files.has('package.json')) {
    const main = (JSON.parse(listing.readAsar('package.json')) as { main?: string }).main;
    if (!main) problems.push('package.json in app.asar names no "main"');
    else need(posix.normalize(main), 'package.json "main"');
  }
  if (!listing.asarFiles.some((path) => path.startsWith('out/main/')))
    problems.push('app.asar has no out/main/');
  need('out/preload/index.cjs', 'the window preload');
  need('out/renderer/index.html', 'the popover page');
  const pending = files.has('out/renderer/index.html') ? ['out/renderer/index.html'] : [];
  const seen = new Set(pending);
  while (pending.length > 0) {
    const page = pending.pop() as string;
    const text = listing.readAsar(page);
    const assets = page.endsWith('.js') ? referencedModules(text, page) : referencedAssets(text, page);
    for (const asset of new Set(assets)) {
      need(asset, `referenced by ${page}`);
      if (files.has(asset) && /\.(css|m?js)$/.test(asset) && !seen.has(asset)) {
        seen.add(asset);
        pending.push(asset);
      }
    }
  }
  return problems;
}

/** Sources, tests, tooling, TypeScript (declarations included) and source maps have no place in the app. */
export function forbiddenFiles(listing: PackageListing): string[] {
  const all = [...listing.asarFiles, ...listing.unpackedFiles.map((path) => `(unpacked) ${path}`)];
  const problems: string[] = [];
  for (const entry of all) {
    const path = entry.replace(/^\(unpacked\) /, '');
    const top = path.split('/')[0] ?? '';
    if (SOURCE_FOLDERS.includes(top)) problems.push(`${entry}: from ${top}/, not part of the app`);
    else if (/\.[cm]?ts$/.test(path)) problems.push(`${entry}: TypeScript`);
    else if (path.endsWith('.map')) problems.push(`${entry}: source map`);
  }
  return problems;
}

/** `node_modules/a/node_modules/@b/c/x.js` -> ['a', '@b/c'] */
export function packagesIn(paths: string[]): Set<string> {
  const names = new Set<string>();
  for (const path of paths) {
    for (const match of path.matchAll(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/g))
      names.add(match[1] ?? '');
  }
  names.delete('');
  return names;
}

/**
 * Every package in the archive must be reachable from `dependencies`; one that is not is
 * named, and said to be a devDependency when it is one.
 */
export function unexpectedPackages(
  listing: PackageListing,
  production: ReadonlySet<string>,
  devDependencies: readonly string[],
): string[] {
  const present = packagesIn([...listing.asarFiles, ...listing.unpackedFiles]);
  return [...present]
    .filter((name) => !production.has(name))
    .sort()
    .map((name) =>
      devDependencies.includes(name)
        ? `devDependency ${name} is in the package`
        : `${name} is in the package but no production dependency needs it`,
    );
}

/** Only the command-line tool (bin/invitray.js, installed through npm) loads these. */
export const CLI_ONLY = { files: ['out/main/cli.js'], packages: ['undici'] };

/**
 * keytar's install-time dependencies (prebuild-install, the N-API headers) and what only they
 * need: they fetch or build keytar.node at `npm install`; the app only loads the result.
 */
export const KEYTAR_INSTALL_ONLY = [
  'prebuild-install',
  'node-addon-api',
  'node-abi',
  'napi-build-utils',
  'detect-libc',
  'expand-template',
  'github-from-package',
  'rc',
  'deep-extend',
  'ini',
  'strip-json-comments',
  'minimist',
  'mkdirp-classic',
  'tunnel-agent',
  'simple-get',
  'simple-concat',
  'decompress-response',
  'mimic-response',
  'tar-fs',
  'tar-stream',
  'chownr',
  'pump',
  'end-of-stream',
  'once',
  'wrappy',
  'bl',
  'buffer',
  'base64-js',
  'ieee754',
  'fs-constants',
  'readable-stream',
  'string_decoder',
  'util-deprecate',
  'inherits',
  'safe-buffer',
];

/** Issue 21: app.asar carries no CLI-only code and none of keytar's install-time dependencies. */
export function notForTheApp(listing: PackageListing): string[] {
  const files = listing.asarFiles.filter((path) => CLI_ONLY.files.includes(path));
  const present = packagesIn(listing.asarFiles);
  return [
    ...files.map((path) => `${path} is the command-line tool, which the app never runs`),
    ...CLI_ONLY.packages.filter((name) => present.has(name)).map((name) => `${name} is only the CLI's`),
    ...KEYTAR_INSTALL_ONLY.filter((name) => present.has(name)).map(
      (name) => `${name} is only needed to install keytar`,
    ),
  ];
}

/** Native modules cannot be loaded from inside an asar: keytar's must be unpacked, none packed. */
export function misplacedNativeModules(listing: PackageListing): string[] {
  const problems = listing.asarFiles
    .filter((path) => path.endsWith('.node'))
    .map((path) => `native module ${path} is inside app.asar, where it cannot be loaded`);
  const keytar = listing.unpackedFiles.filter(
    (path) => path.startsWith('node_modules/keytar/') && path.endsWith('.node'),
  );
  if (keytar.length === 0)
    problems.push("keytar's .node is not under app.asar.unpacked/node_modules/keytar/");
  return problems;
}

/** Files main reads from `process.resourcesPath` at run time that are not there. */
export function missingResources(listing: PackageListing, required: readonly string[]): string[] {
  const present = new Set(listing.resourceFiles);
  return required.filter((path) => !present.has(path)).map((path) => `resources/${path} is missing`);
}

/** electron-updater reads the feed from resources/app-update.yml: it must name GitHub. */
export function updateFeedProblems(appUpdateYml: string | null): string[] {
  if (appUpdateYml === null) return ['resources/app-update.yml is missing'];
  const provider = /^provider:\s*['"]?([\w-]+)['"]?\s*$/m.exec(appUpdateYml)?.[1];
  if (provider !== 'github') return [`app-update.yml names provider ${provider ?? '(none)'}, not github`];
  const missing = ['owner', 'repo'].filter((key) => !new RegExp(`^${key}:\\s*\\S`, 'm').test(appUpdateYml));
  return missing.map((key) => `app-update.yml has no ${key}`);
}

/**
 * Issue 22: Linux notification buttons load dbus-native from app.asar (pure JavaScript, nothing
 * unpacked) with what it requires at load; its tools and xml2js's browser bundle stay out.
 */
export const DBUS_RUNTIME = [
  'node_modules/dbus-native/index.js',
  'node_modules/dbus-native/lib/bus.js',
  'node_modules/dbus-native/lib/broker.js',
  'node_modules/dbus-native/lib/transport-bun.js',
  'node_modules/xml2js/lib/xml2js.js',
  'node_modules/xmlbuilder/lib/index.js',
  'node_modules/sax/package.json',
];
export const DBUS_LEFT_OUT = [
  'node_modules/dbus-native/bin/',
  'node_modules/dbus-native/lib/cli/',
  'node_modules/dbus-native/lib/codegen/',
  'node_modules/xml2js/lib/xml2js.bc.js',
];

/** `runtime` files missing from app.asar, and files under `leftOut` that are in it. */
function trimmedLibraryProblems(listing: PackageListing, runtime: string[], leftOut: string[]): string[] {
  const packed = new Set(listing.asarFiles);
  return [
    ...runtime.filter((path) => !packed.has(path)).map((path) => `${path} is not in app.asar`),
    ...listing.asarFiles
      .filter((path) => leftOut.some((left) => path.startsWith(left)))
      .map((path) => `${path} is in app.asar, but nothing loads it at run time`),
  ];
}

export function dbusLibraryProblems(listing: PackageListing): string[] {
  return [
    ...trimmedLibraryProblems(listing, DBUS_RUNTIME, DBUS_LEFT_OUT),
    ...listing.unpackedFiles
      .filter((path) => /^node_modules\/(dbus-native|xml2js|xmlbuilder)\//.test(path))
      .map((path) => `${path} is unpacked: pure JavaScript loads from inside app.asar`),
  ];
}

/**
 * electron-updater reads its YAML with js-yaml through `require` (index.js, lib/); the package's
 * ESM/browser bundles and its command-line tool (bin/, argparse) stay out (electron-builder.yml).
 */
export const YAML_RUNTIME = ['node_modules/js-yaml/index.js', 'node_modules/js-yaml/lib/loader.js'];
export const YAML_LEFT_OUT = [
  'node_modules/js-yaml/bin/',
  'node_modules/js-yaml/dist/',
  'node_modules/argparse/',
];

export function yamlLibraryProblems(listing: PackageListing): string[] {
  return trimmedLibraryProblems(listing, YAML_RUNTIME, YAML_LEFT_OUT);
}
