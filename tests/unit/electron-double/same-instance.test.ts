// In a child process under the double: the ESM `import … from 'electron'`, a CommonJS
// require('electron'), electron-log's require and electron-store's import all reach ONE
// instance; the platform branch is the child's; and `ready` comes after the main script.
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { launchUnderDouble, type LaunchedApp } from '../../support/electron-double/launch.mjs';
import type { DoubleElectron } from '../../support/electron-double/types';
import { ROOT } from './make-double';

const FIXTURE = join(import.meta.dirname, 'fixture-app');

describe.each(['linux', 'darwin', 'win32'] as const)(
  '%s child',
  (platform) => {
    const app: LaunchedApp = launchUnderDouble({
      platform,
      launch: { kind: 'dir', path: FIXTURE },
      cwd: ROOT,
    });
    afterAll(() => app.close());

    test('one instance for every consumer, the platform branch, ready after the main script', async () => {
      const seen = await app.evaluate((electron: DoubleElectron) => {
        const fixture = (globalThis as { fixture?: Record<string, unknown> }).fixture;
        return {
          fixture,
          logHandler: electron.__double.handledChannels().includes('__ELECTRON_LOG__'),
          storeListener: electron.ipcMain.listenerCount('electron-store-get-data'),
          ready: electron.app.isReady(),
          name: electron.app.getName(),
          version: electron.app.getVersion(),
          argv: process.argv.slice(1),
          electronVersion: process.versions.electron,
        };
      }, null);
      expect(seen.fixture).toEqual({ sameObject: true, platform, readyAtLoad: false });
      expect(seen).toMatchObject({ logHandler: true, storeListener: 1, ready: true, name: 'Double Fixture' });
      expect(seen.version).toBe('1.2.3');
      expect(seen.argv).toEqual([FIXTURE]);
      expect(seen.electronVersion).toMatch(/^45\./);
    });

    test('app.quit() ends the process by itself once nothing else runs', async () => {
      await app.evaluate((electron: DoubleElectron) => electron.app.quit(), null);
      expect(await app.waitForExit(10_000)).toEqual({ code: 0, signal: null });
    });
  },
  60_000,
);
