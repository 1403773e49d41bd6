// The double enforces Electron's rules: each one is shown to throw here, so the boot suite
// can only pass if the app keeps them (e.g. scheme privileges before ready, objects after).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeDouble, ROOT } from './make-double';

const ICON = join(ROOT, 'resources/tray/linux/tray-1-24.png');

describe('before ready', () => {
  const electron = makeDouble({}, false);
  test.each([
    ['Tray', () => new electron.Tray(electron.nativeImage.createFromPath(ICON))],
    ['Menu.buildFromTemplate', () => electron.Menu.buildFromTemplate([{ label: 'x' }])],
    ['Notification', () => new electron.Notification({ title: 't' })],
    ['BrowserWindow', () => new electron.BrowserWindow({})],
    ['protocol.handle', () => electron.protocol.handle('app', () => new Response(''))],
    ['screen', () => electron.screen.getPrimaryDisplay()],
  ])('%s throws', (_name, use) => {
    expect(use).toThrow(/before the app is ready/);
  });
  test('net.fetch rejects', async () => {
    await expect(electron.net.fetch('http://127.0.0.1:9/')).rejects.toThrow(/before the app is ready/);
  });
  test('registerSchemesAsPrivileged works, but only once', () => {
    const schemes = [{ scheme: 'app', privileges: { standard: true } }];
    electron.protocol.registerSchemesAsPrivileged(schemes);
    expect(electron.__double.privilegedSchemes()).toEqual(schemes);
    expect(() => electron.protocol.registerSchemesAsPrivileged(schemes)).toThrow(/only once/);
  });
});

describe('after ready', () => {
  test('registerSchemesAsPrivileged throws', () => {
    const electron = makeDouble();
    expect(() => electron.protocol.registerSchemesAsPrivileged([])).toThrow(/before app is ready/);
  });
  test('ready objects can be made; whenReady resolves', async () => {
    const electron = makeDouble();
    await electron.app.whenReady();
    expect(electron.app.isReady()).toBe(true);
    expect(new electron.Tray(ICON).isDestroyed()).toBe(false);
    expect(electron.screen.getPrimaryDisplay().workArea.width).toBeGreaterThan(0);
  });
  test('a second ipcMain.handle for one channel throws as Electron does', () => {
    const { ipcMain } = makeDouble();
    ipcMain.handle('invites:list', async () => 1);
    expect(() => ipcMain.handle('invites:list', async () => 2)).toThrow(
      "Attempted to register a second handler for 'invites:list'",
    );
    ipcMain.removeHandler('invites:list');
    expect(() => ipcMain.handle('invites:list', async () => 3)).not.toThrow();
  });
  test('invoking a channel runs its handler as the given sender; no handler rejects', async () => {
    const electron = makeDouble();
    const sender = { id: 7 };
    electron.ipcMain.handle('echo', async (event, value) => ({
      url: event.senderFrame?.url,
      same: event.sender === sender,
      value,
    }));
    await expect(electron.__double.invoke('echo', { sender, url: 'app://invitray/' }, 5)).resolves.toEqual({
      url: 'app://invitray/',
      same: true,
      value: 5,
    });
    await expect(electron.__double.invoke('nope')).rejects.toThrow("No handler registered for 'nope'");
  });
  test('protocol.handle twice for one scheme throws; requests reach the handler', async () => {
    const electron = makeDouble();
    electron.protocol.handle('app', (request) => new Response(new URL(request.url).pathname));
    expect(() => electron.protocol.handle('app', () => new Response(''))).toThrow(
      'Failed to register protocol: app',
    );
    const response = await electron.net.fetch('app://invitray/x.js');
    expect(await response.text()).toBe('/x.js');
    expect(electron.__double.fetches).toEqual([{ url: 'app://invitray/x.js', method: 'GET' }]);
  });
  test('a destroyed Tray or BrowserWindow throws "Object has been destroyed"', () => {
    const electron = makeDouble();
    const tray = new electron.Tray(ICON);
    tray.destroy();
    expect(() => tray.setToolTip('x')).toThrow('Object has been destroyed');
    const window = new electron.BrowserWindow({ show: false });
    window.destroy();
    expect(() => window.show()).toThrow('Object has been destroyed');
  });
  test('a menu template item needs a label, role or type', () => {
    const { Menu } = makeDouble();
    expect(() => Menu.buildFromTemplate([{ id: 'x' }])).toThrow(/at least one of label, role or type/);
    expect(() => Menu.buildFromTemplate([{ type: 'bogus' as 'normal' }])).toThrow(/Unknown menu item type/);
  });
});

describe('app paths', () => {
  const { app } = makeDouble();
  test('getPath and setPath accept only the names electron.d.ts lists', () => {
    expect(() => app.getPath('cache' as 'home')).toThrow("Failed to get 'cache' path");
    expect(() => app.setPath('cache', tmpdir())).toThrow(/unknown name 'cache'/);
  });
  test('setPath wants an absolute path of an existing directory', () => {
    expect(() => app.setPath('userData', 'relative/dir')).toThrow('Path must be absolute');
    expect(() => app.setPath('userData', join(tmpdir(), 'no-such-dir-for-the-double'))).toThrow(
      /does not exist/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'double-userdata-'));
    app.setPath('userData', dir);
    expect(app.getPath('userData')).toBe(dir);
  });
  test('setAppLogsPath wants an absolute path, creates it, and getPath("logs") follows', () => {
    expect(() => app.setAppLogsPath('relative/logs')).toThrow('Path must be absolute');
    const dir = join(mkdtempSync(join(tmpdir(), 'double-logs-')), 'nested', 'logs');
    app.setAppLogsPath(dir);
    expect(app.getPath('logs')).toBe(dir);
    expect(existsSync(dir)).toBe(true);
  });
});
