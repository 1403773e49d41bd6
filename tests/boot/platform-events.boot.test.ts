// Per-OS ways back to the popover, through the real boot list under the double (issue 9):
// macOS reopening the running app (Finder, Spotlight: Electron's `activate`), and a Linux
// StatusNotifier host that delivers a left click (KDE and others) as well as the menu.
import { afterEach, describe, expect, test } from 'vitest';
import { poll } from '../journeys/driver';
import type { DoubleElectron } from '../support/electron-double/types';
import { ROOT, bootDemo, type BootedApp } from './boot-runner';

let booted: BootedApp | null = null;
afterEach(async () => {
  await booted?.app.close();
  booted = null;
});

function popoverVisible(app: BootedApp['app']): Promise<boolean> {
  return app.evaluate(
    ({ BrowserWindow }: DoubleElectron) => BrowserWindow.getAllWindows().some((w) => w.isVisible()),
    null,
  );
}

describe('platform events reach the popover', () => {
  test('darwin: opening the running app again (activate) shows the popover', async () => {
    booted = await bootDemo('darwin', { kind: 'dir', path: ROOT });
    expect(await popoverVisible(booted.app)).toBe(false);
    await booted.app.evaluate(({ __double }: DoubleElectron) => __double.activateApp(), null);
    await poll(() => popoverVisible(booted!.app), Boolean, 'activate shows the popover');
  }, 90_000);

  test('linux: a left click the host delivers opens the popover, and the menu stays attached', async () => {
    booted = await bootDemo('linux', { kind: 'dir', path: ROOT }, { linuxTrayClicks: true });
    const delivered = await booted.app.evaluate(({ __double }: DoubleElectron) => {
      const [tray] = __double.trays;
      return { how: __double.clickTray(tray!), menu: tray!.contextMenu !== null };
    }, null);
    expect(delivered).toEqual({ how: 'click', menu: true });
    await poll(() => popoverVisible(booted!.app), Boolean, 'a Linux tray click shows the popover');
  }, 90_000);
});
