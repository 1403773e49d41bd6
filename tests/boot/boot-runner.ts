// Starts the production main bundle (out/main/index.js) under the Electron double, in demo
// mode, for one platform branch and one launch mode, and hands journeys a driver. New journeys
// need only a driver: see journeys.boot.test.ts.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { JourneyDriver, Platform } from '../journeys/driver';
import { waitForHandle } from '../journeys/driver';
import {
  launchUnderDouble,
  type DoubleOptions,
  type LaunchedApp,
} from '../support/electron-double/launch.mjs';
import { doubleDriver } from './double-driver';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PLATFORMS: Platform[] = ['linux', 'darwin', 'win32'];
export type LaunchMode = 'repository' | 'packaged';

export interface BootedApp {
  app: LaunchedApp;
  driver: JourneyDriver;
}

export function requireBuiltApp(): void {
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js')))
    throw new Error('out/main/index.js is missing: run `npx electron-vite build` first (npm test does).');
}

/** `electron .` from the repository, or the packaged app's resources/ (see packaged-resources.ts). */
export function launchFor(mode: LaunchMode, resourcesPath?: string): DoubleOptions['launch'] {
  if (mode === 'repository') return { kind: 'dir', path: ROOT };
  if (!resourcesPath) throw new Error('a packaged launch needs the packaged resources/ directory');
  return { kind: 'packaged', resourcesPath };
}

export async function bootDemo(
  platform: Platform,
  launch: DoubleOptions['launch'],
  double: DoubleOptions['double'] = {},
): Promise<BootedApp> {
  requireBuiltApp();
  const app = launchUnderDouble({ platform, launch, args: ['--demo'], double, cwd: ROOT });
  const driver = doubleDriver(app, platform);
  try {
    await waitForHandle(driver.main);
  } catch (error) {
    await app.close();
    throw new Error(`the app did not boot on ${platform}:\n${app.output()}`, { cause: error });
  }
  return { app, driver };
}
