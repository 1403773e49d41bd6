// Start at login at boot, without --demo (demo mode skips the login item entirely): the
// production bundle under the Electron double, with "start at login" on in the saved settings
// and the OS switch off (the double's login item starts off). What the OS has wins: the
// preference turns off, and the app never writes the login item back on.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { LaunchedApp } from '../support/electron-double/launch.mjs';
import { launchUnderDouble } from '../support/electron-double/launch.mjs';
import { ROOT, requireBuiltApp } from './boot-runner';

/** Where Electron keeps userData for "Invitray" under a home, per OS (conf's config.json in it). */
const SETTINGS_FILE = {
  darwin: join('Library', 'Application Support', 'Invitray', 'config.json'),
  win32: join('AppData', 'Roaming', 'Invitray', 'config.json'),
} as const;

let running: LaunchedApp[] = [];
afterEach(async () => {
  await Promise.all(running.map((app) => app.close()));
  running = [];
});

function savedStartAtLogin(app: LaunchedApp, file: string): unknown {
  const path = join(app.sandbox, 'home', file);
  if (!existsSync(path)) return undefined;
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { startAtLogin?: unknown }).startAtLogin;
  } catch {
    return undefined; // caught mid-write: read again
  }
}

async function until(condition: () => boolean, what: string, app: LaunchedApp): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline || app.exitInfo()) throw new Error(`never saw ${what}\n${app.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('start at login at boot (not demo)', () => {
  test.each(['darwin', 'win32'] as const)(
    '%s: on in Settings, off in the OS: the preference follows the OS and setLoginItemSettings is never called',
    async (platform) => {
      requireBuiltApp();
      const file = SETTINGS_FILE[platform];
      const app = launchUnderDouble({
        platform,
        launch: { kind: 'dir', path: ROOT },
        homeFiles: { [file]: JSON.stringify({ startAtLogin: true }) },
        cwd: ROOT,
      });
      running.push(app);
      // The boot reads the login item and saves what it found: that is the path under test.
      await until(() => savedStartAtLogin(app, file) === false, 'startAtLogin turned off', app);
      await app.evaluate((electron: { app: { quit(): void } }) => electron.app.quit(), null);
      await app.waitForExit(15_000);
      const report = app.exitReport()!;
      expect(report.calls['app.getLoginItemSettings'] ?? 0).toBeGreaterThan(0);
      expect(report.calls['app.setLoginItemSettings']).toBeUndefined();
    },
    60_000,
  );
});
