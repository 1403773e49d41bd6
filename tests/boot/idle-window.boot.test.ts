// No renderer while the popover is closed (shell/window.ts): at boot there is no window; once
// the popover has been hidden for IDLE_CLOSE_MS its window and webContents are gone and the app
// keeps running; then every way of opening it creates it again (tray click, the global shortcut,
// a notification click, macOS `activate`). Per platform, under the Electron double.
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_GLOBAL_SHORTCUT } from '../../electron/main/core/desktop/global-shortcut';
import { IDLE_CLOSE_MS } from '../../electron/main/shell/window';
import { poll, type DemoGlobal } from '../journeys/driver';
import type { DoubleElectron } from '../support/electron-double/types';
import { PLATFORMS, ROOT, bootDemo, type BootedApp } from './boot-runner';
import { popoverVisible, pressShortcut } from './shell-probes';

const running: BootedApp[] = [];
afterAll(async () => {
  await Promise.all(running.map((booted) => booted.app.close()));
});

type App = BootedApp['app'];

function pages(app: App): Promise<{ windows: number; contents: number; quitting: boolean }> {
  return app.evaluate(
    ({ BrowserWindow, webContents, __double }: DoubleElectron) => ({
      windows: BrowserWindow.getAllWindows().length,
      contents: webContents.getAllWebContents().length,
      quitting: __double.state.quitting,
    }),
    null,
  );
}

async function closedForIdle(app: App): Promise<void> {
  await app.evaluate(() => (globalThis as DemoGlobal).__invitrayDemo!.window.hide(), null);
  await new Promise((resolve) => setTimeout(resolve, IDLE_CLOSE_MS + 500));
  await poll(
    () => pages(app),
    (now) => now.windows === 0,
    'the window is closed',
    10_000,
  );
  expect(await pages(app)).toEqual({ windows: 0, contents: 0, quitting: false });
}

const opens: Record<string, (app: App) => Promise<unknown>> = {
  'the tray': (app) =>
    app.evaluate(({ __double }: DoubleElectron) => __double.clickTray(__double.trays[0]!), null),
  'the global shortcut': (app) => pressShortcut(app, DEFAULT_GLOBAL_SHORTCUT),
  'a notification': (app) =>
    app.evaluate(async ({ __double }: DoubleElectron) => {
      const handle = (globalThis as DemoGlobal).__invitrayDemo!;
      await handle.core.updatePreferences({ notificationClick: 'open' });
      const invite = handle.demoServer()!.addInvite({ organization_name: 'Reopen Ltd' });
      await handle.core.refresh();
      // Linux decides between D-Bus and Electron's notifications at the first one: wait for it.
      const tag = `invite:${invite.id}`;
      for (let waited = 0; !handle.notifications.live.has(tag) && waited < 10_000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const live = handle.notifications.live.get(tag);
      __double.clickNotification(
        __double.notifications.find((candidate) => candidate === (live as unknown))!,
      );
    }, null),
};

describe.concurrent.each(PLATFORMS)('%s: the popover gives its renderer back while closed', (platform) => {
  test('no window at boot; none after the idle delay; every way of opening creates it again', async () => {
    // Linux StatusNotifier hosts that deliver a left click (KDE) open it from the tray.
    const booted = await bootDemo(platform, { kind: 'dir', path: ROOT }, { linuxTrayClicks: true });
    running.push(booted);
    const { app } = booted;
    expect((await pages(app)).windows).toBe(0);

    const activate = (a: App) => a.evaluate(({ __double }: DoubleElectron) => __double.activateApp(), null);
    const ways = { ...opens, ...(platform === 'darwin' ? { 'opening the app again': activate } : {}) };
    for (const [way, open] of Object.entries(ways)) {
      await open(app);
      await poll(() => popoverVisible(app), Boolean, `${way} opens the popover`, 15_000);
      expect((await pages(app)).windows, way).toBe(1);
      await closedForIdle(app);
    }
  }, 240_000);
});
