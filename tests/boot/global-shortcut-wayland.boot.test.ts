// Linux on Wayland, through the real boot list: a native Wayland client gets global keys only
// through the desktop's GlobalShortcuts portal, and Chromium uses the portal only when its
// `GlobalShortcutsPortal` feature is on at startup (Electron's docs). KDE Plasma and GNOME 48+
// have a portal backend; a compositor without one gives no global keys, which Settings hears
// as a refusal while the app runs on.
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_GLOBAL_SHORTCUT } from '../../electron/main/core/desktop/global-shortcut';
import { poll, waitForPending } from '../journeys/driver';
import type { DoubleElectron } from '../support/electron-double/types';
import { ROOT, bootDemo, type BootedApp } from './boot-runner';
import { appInfo, popoverVisible, pressShortcut } from './shell-probes';

const REPOSITORY = { kind: 'dir', path: ROOT } as const;
const TIMEOUT_MS = 90_000;
let booted: BootedApp | null = null;
afterEach(async () => {
  await booted?.app.close();
  booted = null;
});

describe('linux Wayland: the global shortcut', () => {
  test(
    'with a portal backend (KDE Plasma, GNOME 48+): registered, and a press opens the popover',
    async () => {
      booted = await bootDemo('linux', REPOSITORY, { linuxSession: 'wayland' });
      const { app } = booted;
      expect((await appInfo(app)).shortcut).toEqual({
        accelerator: DEFAULT_GLOBAL_SHORTCUT,
        state: 'registered',
      });
      expect(await pressShortcut(app, DEFAULT_GLOBAL_SHORTCUT)).toBe('app');
      await poll(() => popoverVisible(app), Boolean, 'the shortcut opens the popover on Wayland');
    },
    TIMEOUT_MS,
  );

  test(
    'without a portal backend: Settings is told the desktop has no global shortcuts, and the app runs on',
    async () => {
      booted = await bootDemo('linux', REPOSITORY, { linuxSession: 'wayland', globalShortcutsPortal: false });
      const { app } = booted;
      await waitForPending(booted.driver.main);
      expect((await appInfo(app)).shortcut).toEqual({
        accelerator: DEFAULT_GLOBAL_SHORTCUT,
        // Not "another app holds it": no app gets global keys there, so another combination
        // would not help (ShortcutField says so and points to a desktop shortcut instead).
        state: 'unavailable',
      });
      const trays = await app.evaluate(
        ({ __double }: DoubleElectron) => __double.trays.filter((tray) => !tray.isDestroyed()).length,
        null,
      );
      expect(trays).toBe(1);
      expect(app.exitInfo()).toBeNull();
    },
    TIMEOUT_MS,
  );
});
