import { describe, expect, it } from 'vitest';
import { flush, setup } from './updater-fakes';

// Linux installers and electron-updater: it picks DebUpdater/RpmUpdater from the
// `package-type` file electron-builder writes (and AppImageUpdater without one).

describe('registerUpdater on Linux', () => {
  it.each(['deb', 'rpm'])(
    '%s: checks only; never downloads or installs (no pkexec dpkg -i)',
    async (packageType) => {
      const { handle, updater, timers } = setup({
        environment: { packaged: true, demo: false, packageType },
      });
      const available: (string | null)[] = [];
      const ready: (string | null)[] = [];
      handle.onAvailable((version) => available.push(version));
      handle.onReady((version) => ready.push(version));
      expect(updater.autoDownload).toBe(false);
      expect(updater.autoInstallOnAppQuit).toBe(false);

      updater.nextCheck = async (self) => {
        self.emit('checking-for-update');
        self.emit('update-available', { version: '1.5.0' });
        return { isUpdateAvailable: true };
      };
      timers.fireAll();
      await flush();
      expect(handle.state()).toMatchObject({ status: 'available', version: '1.5.0' });
      expect(available).toEqual(['1.5.0']);
      expect(ready).toEqual([]);
      expect(handle.quitAndInstall()).toBe(false);
      expect(updater.installs).toEqual([]);
    },
  );

  it('AppImage: the same file, downloaded and installed by electron-updater', () => {
    const { updater } = setup({ environment: { packaged: true, demo: false, packageType: null } });
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
  });

  it('AppImage: an update installed under a new file name is reported (the autostart entry follows it)', () => {
    const renamed: string[] = [];
    const { updater } = setup({ onAppImageRenamed: (path) => renamed.push(path) });
    updater.emit('appimage-filename-updated', '/home/me/Apps/Invitray-2.0.0-linux-x86_64.AppImage');
    expect(renamed).toEqual(['/home/me/Apps/Invitray-2.0.0-linux-x86_64.AppImage']);
  });
});
