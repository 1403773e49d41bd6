// The global shortcut through the real boot list (issue 12), on each platform branch in demo
// mode: registered after ready, a press opens the popover and the next hides it, a combination
// another app holds is reported where Settings reads it (app.info) while the app keeps
// running with its tray, and the registration is released when the app quits.
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_GLOBAL_SHORTCUT } from '../../electron/main/core/desktop/global-shortcut';
import type { AppInfo } from '../../electron/shared/ipc-contract';
import { poll, waitForPending } from '../journeys/driver';
import { quitFromMenu } from '../journeys/quit';
import type { DoubleElectron } from '../support/electron-double/types';
import { PLATFORMS, ROOT, bootDemo, type BootedApp } from './boot-runner';
import { appInfo, popoverVisible, pressShortcut } from './shell-probes';

const REPOSITORY = { kind: 'dir', path: ROOT } as const;
const TIMEOUT_MS = 90_000;
let booted: BootedApp | null = null;
afterEach(async () => {
  await booted?.app.close();
  booted = null;
});

describe.each(PLATFORMS)('%s: the global shortcut', (platform) => {
  test(
    'registered after ready; a press opens the popover, the next hides it',
    async () => {
      booted = await bootDemo(platform, REPOSITORY);
      const { app } = booted;
      const registrations = await app.evaluate(
        ({ __double, globalShortcut }: DoubleElectron, keys) => ({
          readyAt: __double.state.readyAt,
          at: __double.callsOf('globalShortcut', 'register').map((call) => call.at),
          held: __double.registeredShortcuts(),
          isRegistered: globalShortcut.isRegistered(keys),
        }),
        DEFAULT_GLOBAL_SHORTCUT,
      );
      expect(registrations.held).toEqual([DEFAULT_GLOBAL_SHORTCUT]);
      expect(registrations.isRegistered).toBe(true);
      expect(registrations.at.length).toBeGreaterThan(0);
      expect(Math.min(...registrations.at)).toBeGreaterThanOrEqual(registrations.readyAt!);
      expect((await appInfo(app)).shortcut).toEqual({
        accelerator: DEFAULT_GLOBAL_SHORTCUT,
        state: 'registered',
      });

      expect(await popoverVisible(app)).toBe(false);
      expect(await pressShortcut(app, DEFAULT_GLOBAL_SHORTCUT)).toBe('app');
      await poll(() => popoverVisible(app), Boolean, 'the shortcut opens the popover');
      // macOS leaves the app the keys were pressed in active: Invitray takes over, or the
      // popover would show without keyboard focus and never hide on a click elsewhere.
      const focusCalls = await app.evaluate(
        ({ __double }: DoubleElectron) => __double.callsOf('app', 'focus').map((call) => call.args),
        null,
      );
      expect(focusCalls).toEqual(platform === 'darwin' ? [[{ steal: true }]] : []);
      expect(await pressShortcut(app, DEFAULT_GLOBAL_SHORTCUT)).toBe('app');
      await poll(
        () => popoverVisible(app),
        (visible) => !visible,
        'the shortcut hides it again',
      );
    },
    TIMEOUT_MS,
  );

  test(
    'taken by another app: Settings is told, the app keeps running with its tray',
    async () => {
      booted = await bootDemo(platform, REPOSITORY, { takenShortcuts: [DEFAULT_GLOBAL_SHORTCUT] });
      const { app } = booted;
      await waitForPending(booted.driver.main);
      const info: AppInfo = await appInfo(app);
      expect(info.shortcut).toEqual({ accelerator: DEFAULT_GLOBAL_SHORTCUT, state: 'refused' });
      expect(await pressShortcut(app, DEFAULT_GLOBAL_SHORTCUT)).toBe('other-app');
      const alive = await app.evaluate(
        ({ __double }: DoubleElectron) => ({
          trays: __double.trays.map((tray) => ({ destroyed: tray.isDestroyed(), tooltip: tray.tooltip })),
          held: __double.registeredShortcuts(),
          quitting: __double.state.quitting,
        }),
        null,
      );
      expect(alive.trays).toHaveLength(1);
      expect(alive.trays[0]).toMatchObject({
        destroyed: false,
        tooltip: expect.stringContaining('Invitray'),
      });
      expect(alive).toMatchObject({ held: [], quitting: false });
      expect(app.exitInfo()).toBeNull();
      expect(await popoverVisible(app)).toBe(false);
    },
    TIMEOUT_MS,
  );

  test(
    'quitting releases the registration',
    async () => {
      booted = await bootDemo(platform, REPOSITORY);
      const { app } = booted;
      expect(
        await app.evaluate(({ __double }: DoubleElectron) => __double.registeredShortcuts(), null),
      ).toEqual([DEFAULT_GLOBAL_SHORTCUT]);
      await quitFromMenu(booted.driver);
      expect(await app.waitForExit(10_000)).toEqual({ code: 0, signal: null });
      const report = app.exitReport()!;
      expect(report.globalShortcuts).toEqual([]);
      expect(report.calls['globalShortcut.unregister'] ?? 0).toBeGreaterThan(0);
    },
    TIMEOUT_MS,
  );
});
