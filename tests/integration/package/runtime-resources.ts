import { PNG } from 'pngjs';
import {
  iconFor,
  LINUX_TRAY_SIZES,
  TRAY_ICON_STATES,
  trayIconFiles,
} from '../../../electron/main/core/tray/tray-icons';

// What the packaged main process reads from `process.resourcesPath`, derived from the catalog
// the core itself uses to pick tray icons (so a renamed state or size cannot slip past), plus
// the extraResources electron-builder.yml declares.

export type Platform = 'linux' | 'win32' | 'darwin';
export const ALL_PLATFORMS: Platform[] = ['linux', 'win32', 'darwin'];

/**
 * Tray files the app can ask for on `platform`: every state through `iconFor`, at every Linux
 * panel size; on Windows and macOS also the `@2x` sibling Electron loads by itself.
 */
export function trayFilesFor(platform: Platform): string[] {
  const paths = new Set<string>();
  for (const state of TRAY_ICON_STATES) {
    if (platform === 'linux') {
      for (const linuxSize of LINUX_TRAY_SIZES) paths.add(iconFor(state, platform, { linuxSize }));
    } else {
      const path = iconFor(state, platform);
      paths.add(path);
      paths.add(path.replace(/\.png$/, '@2x.png'));
    }
  }
  return [...paths].sort();
}

interface ExtraResource {
  from: string;
  to: string;
}

/** Single files electron-builder.yml copies into resources/ (folders are covered by the catalog). */
export function declaredExtraFiles(config: { extraResources?: (string | ExtraResource)[] }): string[] {
  return (config.extraResources ?? [])
    .filter((entry): entry is ExtraResource => typeof entry === 'object' && /\.\w+$/.test(entry.to))
    .map((entry) => entry.to);
}

/** Tray files whose pixel size is not the one the catalog gives (or that are not PNGs at all). */
export function wrongSizedIcons(paths: readonly string[], read: (path: string) => Buffer): string[] {
  const sizes = new Map(trayIconFiles().map((file) => [file.path, file.size]));
  const problems: string[] = [];
  for (const path of paths) {
    const size = sizes.get(path);
    if (size === undefined) {
      problems.push(`${path} is not in the tray icon catalog`);
      continue;
    }
    let image: PNG;
    try {
      image = PNG.sync.read(read(path));
    } catch (error) {
      problems.push(`resources/${path} is not a readable PNG (${(error as Error).message})`);
      continue;
    }
    if (image.width !== size || image.height !== size) {
      problems.push(`resources/${path} is ${image.width}x${image.height}, the catalog says ${size}x${size}`);
    }
  }
  return problems;
}
