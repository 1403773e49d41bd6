import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LinuxAutostart } from '../../../electron/main/core/desktop/autostart';
import { registerLoginItem } from '../../../electron/main/shell/login-item';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'invitray-login-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Electron's login item, per platform: Windows keeps a Run entry plus Task Manager's
 * "StartupApproved" switch; macOS 13+ an SMAppService status that may await approval.
 */
function fakeApp(
  state: { approved?: boolean; status?: 'enabled' | 'requires-approval' | 'not-registered' } = {},
) {
  const calls: { openAtLogin: boolean }[] = [];
  let openAtLogin = false;
  return {
    calls,
    setOpenAtLogin(value: boolean) {
      openAtLogin = value;
    },
    setLoginItemSettings(settings: { openAtLogin: boolean }) {
      calls.push(settings);
      openAtLogin = settings.openAtLogin;
      // Electron's `enabled` defaults to true: writing the entry re-approves it.
      state.approved = true;
      if (state.status !== 'requires-approval')
        state.status = settings.openAtLogin ? 'enabled' : 'not-registered';
    },
    getLoginItemSettings: () => ({
      openAtLogin,
      ...(state.status === undefined ? {} : { status: state.status }),
      executableWillLaunchAtLogin: openAtLogin && state.approved !== false,
      launchItems: openAtLogin
        ? [{ path: 'C:\\Invitray\\Invitray.exe', enabled: state.approved !== false }]
        : [],
    }),
  };
}

describe('registerLoginItem', () => {
  it.each(['darwin', 'win32'])(
    '%s: uses the login item API and never writes an autostart file',
    async (platform) => {
      const app = fakeApp();
      const linux = new LinuxAutostart(join(dir, 'autostart'), { executable: '/opt/invitray' });
      const item = registerLoginItem({ platform, app, linux });
      await item.setEnabled(true);
      expect(await item.isEnabled()).toBe(true);
      await item.setEnabled(false);
      expect(app.calls).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
      expect(await linux.isEnabled()).toBe(false);
    },
  );

  it('linux: writes and removes ~/.config/autostart/invitray.desktop (real files)', async () => {
    const app = fakeApp();
    const linux = new LinuxAutostart(join(dir, 'autostart'), { executable: '/home/me/Invitray.AppImage' });
    const item = registerLoginItem({ platform: 'linux', app, linux });
    await item.setEnabled(true);
    expect(await item.isEnabled()).toBe(true);
    expect(await readFile(join(dir, 'autostart', 'invitray.desktop'), 'utf8')).toContain(
      'Exec=/home/me/Invitray.AppImage',
    );
    await item.setEnabled(false);
    expect(await item.isEnabled()).toBe(false);
    expect(app.calls).toEqual([]);
  });

  it('win32: a login item switched off in Task Manager stays off and the preference follows', async () => {
    const app = fakeApp({ approved: false });
    app.setOpenAtLogin(true);
    const linux = new LinuxAutostart(join(dir, 'autostart'), { executable: '/x' });
    const item = registerLoginItem({ platform: 'win32', app, linux, execPath: 'C:\\Invitray\\Invitray.exe' });
    expect(await item.refresh()).toBe('disabled');
    expect(app.calls).toEqual([]); // never rewritten: that would flip the user's switch back on
  });

  it('win32: a switched-off Run entry at an old executable path reads as off and is never re-enabled', async () => {
    // The app moved (an update under a new folder) and the user then switched its entry off in
    // Task Manager. Electron's openAtLogin compares the Run value with this executable, so it
    // is false; launchItems still lists the old entry, with StartupApproved's "off".
    const calls: { openAtLogin: boolean }[] = [];
    const app = {
      setLoginItemSettings: (settings: { openAtLogin: boolean }) => void calls.push(settings),
      getLoginItemSettings: () => ({
        openAtLogin: false,
        executableWillLaunchAtLogin: false,
        launchItems: [
          { path: 'C:\\Users\\me\\AppData\\Local\\Programs\\Invitray-1.0\\Invitray.exe', enabled: false },
        ],
      }),
    };
    const linux = new LinuxAutostart(join(dir, 'autostart'), { executable: '/x' });
    const item = registerLoginItem({
      platform: 'win32',
      app,
      linux,
      execPath: 'C:\\Users\\me\\AppData\\Local\\Programs\\Invitray\\Invitray.exe',
    });
    expect(await item.isEnabled()).toBe(false);
    expect(await item.refresh()).toBe('disabled');
    expect(await item.refresh()).toBe('disabled');
    expect(calls).toEqual([]);
  });

  it('win32: an approved login item is left alone', async () => {
    const app = fakeApp({ approved: true });
    app.setOpenAtLogin(true);
    const linux = new LinuxAutostart(join(dir, 'autostart'), { executable: '/x' });
    const item = registerLoginItem({ platform: 'win32', app, linux, execPath: 'C:\\Invitray\\Invitray.exe' });
    expect(await item.refresh()).toBe('enabled');
    expect(app.calls).toEqual([]);
  });

  it('darwin (macOS 13+): an item awaiting approval is reported as such, not re-registered', async () => {
    const app = fakeApp({ status: 'requires-approval' });
    const linux = new LinuxAutostart(join(dir, 'autostart'), { executable: '/x' });
    const item = registerLoginItem({ platform: 'darwin', app, linux });
    expect(await item.refresh()).toBe('requires-approval');
    expect(await item.setEnabled(true)).toBe('requires-approval');
    expect(app.calls).toEqual([{ openAtLogin: true }]);
  });

  it('darwin: an item removed from Login Items is reported off', async () => {
    const app = fakeApp({ status: 'not-registered' });
    const linux = new LinuxAutostart(join(dir, 'autostart'), { executable: '/x' });
    expect(await registerLoginItem({ platform: 'darwin', app, linux }).refresh()).toBe('disabled');
    expect(app.calls).toEqual([]);
  });

  it.each(['Hidden=true', 'X-GNOME-Autostart-enabled=false'])(
    'linux: an entry the desktop switched off (%s) is kept as the user left it',
    async (line) => {
      const linux = new LinuxAutostart(join(dir, 'autostart'), { executable: '/home/me/Invitray.AppImage' });
      await linux.setEnabled(true);
      const file = join(dir, 'autostart', 'invitray.desktop');
      const switchedOff = (await readFile(file, 'utf8')).replace('X-GNOME-Autostart-enabled=true', line);
      await writeFile(file, switchedOff);
      const item = registerLoginItem({ platform: 'linux', app: fakeApp(), linux });
      expect(await item.refresh()).toBe('disabled');
      expect(await readFile(file, 'utf8')).toBe(switchedOff);
    },
  );

  it('linux: an enabled entry is refreshed to the current executable', async () => {
    const old = new LinuxAutostart(join(dir, 'autostart'), {
      executable: '/home/me/Invitray-1.0.0.AppImage',
    });
    await old.setEnabled(true);
    const current = new LinuxAutostart(join(dir, 'autostart'), {
      executable: '/home/me/Invitray-1.1.0.AppImage',
    });
    const item = registerLoginItem({ platform: 'linux', app: fakeApp(), linux: current });
    expect(await item.refresh()).toBe('enabled');
    expect(await readFile(join(dir, 'autostart', 'invitray.desktop'), 'utf8')).toContain(
      'Exec=/home/me/Invitray-1.1.0.AppImage',
    );
  });
});
