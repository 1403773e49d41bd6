import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import asar from '@electron/asar';
import type { PackageListing } from './package-assertions';

// Reads an electron-builder `--dir` output into the listing package-assertions.ts checks, and
// works out which packages production code can reach from package.json's dependencies.

const toPosix = (path: string) => path.split(sep).join('/');

function walk(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, base) : [toPosix(relative(base, path))];
  });
}

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  unpacked?: boolean;
  link?: string;
}

/** Files stored in the archive; entries marked `unpacked` live in app.asar.unpacked instead. */
function packedFiles(entry: AsarEntry, prefix = ''): string[] {
  return Object.entries(entry.files ?? {}).flatMap(([name, child]) => {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    if (child.files) return packedFiles(child, path);
    return child.unpacked || child.link ? [] : [path];
  });
}

export interface ReadPackage extends PackageListing {
  asarBytes: number;
  /** resources/app-update.yml, or null when electron-builder did not write one. */
  appUpdateYml: string | null;
}

export function readPackage(resourcesDir: string): ReadPackage {
  const archive = join(resourcesDir, 'app.asar');
  const { header } = asar.getRawHeader(archive) as { header: AsarEntry };
  const updateFile = join(resourcesDir, 'app-update.yml');
  return {
    asarFiles: packedFiles(header),
    unpackedFiles: walk(join(resourcesDir, 'app.asar.unpacked')),
    resourceFiles: walk(resourcesDir).filter(
      (path) => path !== 'app.asar' && !path.startsWith('app.asar.unpacked/'),
    ),
    readAsar: (path) => asar.extractFile(archive, path).toString('utf8'),
    asarBytes: readFileSync(archive).length,
    appUpdateYml: existsSync(updateFile) ? readFileSync(updateFile, 'utf8') : null,
  };
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Node's own resolution from `fromDir`, so nested copies are found where npm put them. */
function resolvePackageDir(name: string, fromDir: string): string | null {
  try {
    return dirname(createRequire(join(fromDir, 'package.json')).resolve(`${name}/package.json`));
  } catch (error) {
    // Packages whose "exports" hide package.json: find the folder by walking up instead.
    if ((error as { code?: string }).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') return null;
    for (let dir = fromDir; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dirname(dir) === dir) return null;
    }
  }
}

/** Names of every package reachable from the root's dependencies and optionalDependencies. */
export function productionPackages(root: string): Set<string> {
  const names = new Set<string>();
  const visited = new Set<string>();
  const visit = (dir: string) => {
    const manifest = manifestOf(dir);
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const found = resolvePackageDir(name, dir);
      // An optional dependency for another platform is legitimately absent.
      if (found === null) continue;
      names.add(name);
      if (!visited.has(found)) {
        visited.add(found);
        visit(found);
      }
    }
  };
  visit(root);
  return names;
}

export function devDependencies(root: string): string[] {
  return Object.keys(manifestOf(root).devDependencies ?? {});
}
