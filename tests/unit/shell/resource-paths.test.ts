import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { appIconFile, readPackageType, resourcesDir } from '../../../electron/main/shell/resource-paths';

const root = resolve(import.meta.dirname, '../../..');
const builder = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  extraResources: { from: string; to: string }[];
};

describe('resource paths', () => {
  it('packaged: the notification icon is the one electron-builder copies to resources/icon.png', () => {
    const location = { packaged: true, resourcesPath: '/opt/Invitray/resources', appPath: '/x/app.asar' };
    expect(appIconFile(location)).toBe(join('/opt/Invitray/resources', 'icon.png'));
    expect(resourcesDir(location)).toBe('/opt/Invitray/resources');
    const copied = builder.extraResources.find((entry) => entry.to === 'icon.png');
    expect(copied).toBeDefined();
    expect(existsSync(join(root, copied!.from))).toBe(true);
  });

  it('from source: the same PNG, read from the repository', () => {
    const location = { packaged: false, resourcesPath: '/electron/resources', appPath: root };
    const icon = appIconFile(location);
    expect(existsSync(icon)).toBe(true);
    const copied = builder.extraResources.find((entry) => entry.to === 'icon.png')!;
    expect(icon).toBe(join(root, copied.from));
    expect(resourcesDir(location)).toBe(join(root, 'resources'));
  });

  it('reads the installer kind electron-builder leaves in resources/ (deb), none for the AppImage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'invitray-resources-'));
    try {
      const location = { packaged: true, resourcesPath: dir, appPath: '/x' };
      expect(readPackageType(location, 'linux')).toBeNull();
      writeFileSync(join(dir, 'package-type'), 'deb\n');
      expect(readPackageType(location, 'linux')).toBe('deb');
      expect(readPackageType({ ...location, packaged: false }, 'linux')).toBeNull();
      expect(readPackageType(location, 'win32')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
