import { mkdtemp, readFile, rm } from 'node:fs/promises';
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

function fakeApp() {
  const calls: { openAtLogin: boolean }[] = [];
  let openAtLogin = false;
  return {
    calls,
    setLoginItemSettings(settings: { openAtLogin: boolean }) {
      calls.push(settings);
      openAtLogin = settings.openAtLogin;
    },
    getLoginItemSettings: () => ({ openAtLogin }),
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
});
