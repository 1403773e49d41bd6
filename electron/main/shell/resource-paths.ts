import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Files the shell reads at run time. Packaged, they are electron-builder's extraResources
// (electron-builder.yml) under process.resourcesPath; from source, the repository's copies.

export interface ResourceLocation {
  packaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
  /** app.getAppPath(): the repository root when run from source. */
  appPath: string;
}

/** Where tray icons (tray/…) and the other runtime resources live. */
export function resourcesDir(location: ResourceLocation): string {
  return location.packaged ? location.resourcesPath : join(location.appPath, 'resources');
}

/**
 * The 256 px app icon as a PNG file. Linux notification daemons show the icon they are
 * given (there is no bundle or Start-menu shortcut to take it from); electron-builder
 * copies resources/build/icons/256x256.png to `${resourcesPath}/icon.png`.
 */
export function appIconFile(location: ResourceLocation): string {
  return location.packaged
    ? join(location.resourcesPath, 'icon.png')
    : join(location.appPath, 'resources', 'build', 'icons', '256x256.png');
}

/**
 * Linux: `deb`, `rpm` or `pacman` from the `package-type` file electron-builder writes into
 * resources/ for those installers (the same file electron-updater reads to choose its
 * updater); null for the AppImage, other platforms, and from source.
 */
export function readPackageType(
  location: ResourceLocation,
  platform: NodeJS.Platform | string,
): string | null {
  if (platform !== 'linux' || !location.packaged) return null;
  try {
    return readFileSync(join(location.resourcesPath, 'package-type'), 'utf8').trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
