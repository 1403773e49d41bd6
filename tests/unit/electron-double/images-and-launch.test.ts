// nativeImage really reads files (an empty image is observable), and the app's identity
// follows how it was launched, as Electron's default app does.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ELECTRON_RESOURCES } from '../../support/electron-double/create.cjs';
import { makeDouble, ROOT } from './make-double';

describe('nativeImage.createFromPath', () => {
  const { nativeImage } = makeDouble();
  test.each([
    ['a Linux 24 px icon', 'resources/tray/linux/tray-3-24.png', 24],
    ['a Windows 16 px icon', 'resources/tray/tray-3.png', 16],
    ['its @2x sibling', 'resources/tray/tray-3@2x.png', 32],
  ])('%s has its real size', (_name, file, side) => {
    const image = nativeImage.createFromPath(join(ROOT, file));
    expect(image.isEmpty()).toBe(false);
    expect(image.getSize()).toEqual({ width: side, height: side });
  });
  test('a missing file, a non-PNG file, a directory and a relative path give an empty image', () => {
    const dir = mkdtempSync(join(tmpdir(), 'double-image-'));
    writeFileSync(join(dir, 'fake.png'), 'not a png at all, just text');
    for (const path of [join(dir, 'missing.png'), join(dir, 'fake.png'), dir, 'resources/tray/tray-3.png']) {
      const image = nativeImage.createFromPath(path);
      expect(image.isEmpty(), path).toBe(true);
      expect(image.getSize()).toEqual({ width: 0, height: 0 });
    }
  });
});

describe('launch identity', () => {
  test('`electron .`: app path is the directory, name and version from package.json', () => {
    const { app } = makeDouble({ launch: { kind: 'dir', path: ROOT } });
    expect([app.getAppPath(), app.getName(), app.getVersion(), app.isPackaged]).toEqual([
      ROOT,
      'Invitray',
      '0.1.0',
      false,
    ]);
  });
  test("`electron out/main/index.js`: app path is out/main, name Electron, Electron's version", () => {
    const electron = makeDouble({ launch: { kind: 'file', path: join(ROOT, 'out/main/index.js') } });
    expect(electron.app.getAppPath()).toBe(join(ROOT, 'out/main'));
    expect(electron.app.getName()).toBe('Electron');
    expect(electron.app.getVersion()).toBe(electron.__double.state.electronVersion);
    expect(electron.__double.identity.resourcesPath).toBe(ELECTRON_RESOURCES);
  });
  test('packaged: app path is resources/app.asar, isPackaged, resourcesPath is resources/', () => {
    const resources = join(mkdtempSync(join(tmpdir(), 'double-packaged-')), 'resources');
    mkdirSync(join(resources, 'app.asar'), { recursive: true });
    writeFileSync(
      join(resources, 'app.asar', 'package.json'),
      JSON.stringify({
        name: 'invitray',
        productName: 'Invitray',
        version: '9.8.7',
        main: './out/main/index.js',
      }),
    );
    const { app, __double } = makeDouble({ launch: { kind: 'packaged', resourcesPath: resources } });
    expect([app.getAppPath(), app.getVersion(), app.isPackaged]).toEqual([
      join(resources, 'app.asar'),
      '9.8.7',
      true,
    ]);
    expect(__double.identity.resourcesPath).toBe(resources);
    expect(__double.identity.main).toBe(join(resources, 'app.asar/out/main/index.js'));
  });
});
