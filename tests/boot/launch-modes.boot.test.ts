// How the app is launched matters: these runs show what each launch gives the production
// bundle under the double (one platform branch each is enough: the rule is not per-OS).
import { afterEach, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadTrayImage } from '../journeys/tray-glance';
import { waitForPending } from '../journeys/driver';
import type { LaunchedApp } from '../support/electron-double/launch.mjs';
import { ROOT, bootDemo, requireBuiltApp } from './boot-runner';
import { launchUnderDouble } from '../support/electron-double/launch.mjs';

let running: LaunchedApp[] = [];
afterEach(async () => {
  await Promise.all(running.map((app) => app.close()));
  running = [];
});

describe('launch modes', () => {
  test('`electron out/main/index.js` (the old _electron launch): app path out/main, the tray image loads EMPTY', async () => {
    const { app, driver } = await bootDemo('linux', { kind: 'file', path: join(ROOT, 'out/main/index.js') });
    running.push(app);
    await waitForPending(driver.main);
    const image = await loadTrayImage(driver);
    expect(image.resourcesDir).toBe(join(ROOT, 'out/main/resources'));
    expect(image).toMatchObject({ exists: false, empty: true });
    expect(app.output()).toContain('Tray icon missing or unreadable');
  }, 90_000);

  test.each(['linux', 'darwin', 'win32'] as const)(
    'a second instance (%s) quits at once: no tray, no window, exit code 0',
    async (platform) => {
      requireBuiltApp();
      const app = launchUnderDouble({
        platform,
        launch: { kind: 'dir', path: ROOT },
        args: ['--demo'],
        double: { lockHeld: true },
        cwd: ROOT,
      });
      running.push(app);
      expect(await app.waitForExit(10_000)).toEqual({ code: 0, signal: null });
      const report = app.exitReport()!;
      expect(report.calls['app.requestSingleInstanceLock']).toBe(1);
      expect(report.calls['app.quit']).toBe(1);
      expect(report.trays).toEqual([]);
      expect(report.windows).toEqual([]);
    },
    60_000,
  );
});
