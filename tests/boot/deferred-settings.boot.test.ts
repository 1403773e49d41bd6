// Issue 21 item 6: with a settings file that can simply be read, the first tray image waits for
// no part of electron-store (conf, Ajv, semver…): it opens after the first count, or at the first
// write. A first run still opens it before anything else. Quitting loses nothing that waited:
// neither a settings write made before electron-store was open nor the log lines kept while
// electron-log loads. Not in demo mode: its profile folder (settings and log) is removed on quit.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { defaultSettings, SETTINGS_FORMAT_VERSION } from '../../electron/main/core/accounts/settings-schema';
import type { DoublePlatform, LaunchedApp } from '../support/electron-double/launch.mjs';
import { launchUnderDouble } from '../support/electron-double/launch.mjs';
import type { DoubleElectron } from '../support/electron-double/types';
import { PLATFORMS, ROOT, requireBuiltApp } from './boot-runner';

/** Where Electron keeps userData for "Invitray" under a home, per OS (conf's config.json in it). */
const SETTINGS_FILE: Record<DoublePlatform, string> = {
  linux: join('.config', 'Invitray', 'config.json'),
  darwin: join('Library', 'Application Support', 'Invitray', 'config.json'),
  win32: join('AppData', 'Roaming', 'Invitray', 'config.json'),
};
const RECORDER = join(ROOT, 'tests/support/electron-double/module-load-recorder.cjs');
const soundFile = () =>
  JSON.stringify({
    ...defaultSettings(),
    __internal__: { migrations: { version: SETTINGS_FORMAT_VERSION } },
  });

let running: LaunchedApp[] = [];
afterEach(async () => {
  await Promise.all(running.map((app) => app.close()));
  running = [];
});

function launch(platform: DoublePlatform, homeFiles: Record<string, string>): LaunchedApp {
  requireBuiltApp();
  const app = launchUnderDouble({
    platform,
    launch: { kind: 'dir', path: ROOT },
    homeFiles,
    nodeArgs: ['--require', RECORDER],
    cwd: ROOT,
  });
  running.push(app);
  return app;
}

interface Seen {
  trayT: number | null;
  /** When Ajv was first loaded: conf imports it statically, so conf cannot run before it. */
  ajvT: number | null;
}

const seen = (app: LaunchedApp) =>
  app.evaluate(({ __double }: DoubleElectron): Seen => {
    const tray = __double.calls.find((call) => call.api === 'Tray' && call.method === 'constructor');
    const loads = (globalThis as unknown as { __moduleLoads: { name: string; t: number }[] }).__moduleLoads;
    return { trayT: tray?.t ?? null, ajvT: loads.find((entry) => entry.name === 'ajv')?.t ?? null };
  }, null);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, app: LaunchedApp): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline || app.exitInfo())
      throw new Error(`never saw it (last: ${JSON.stringify(value)})\n${app.output()}`);
    await new Promise((wait) => setTimeout(wait, 25));
  }
}

const readJson = (app: LaunchedApp, relative: string) =>
  JSON.parse(readFileSync(join(app.sandbox, 'home', relative), 'utf8')) as Record<string, unknown>;

/**
 * Electron ends the process once it has emitted `quit`, whatever is still in flight; the double
 * lets Node drain instead. So what counts is what is on disk at `quit`: each settings and log
 * file is copied to `<file>.at-quit` right then.
 */
function copyFilesAtQuit(app: LaunchedApp): Promise<void> {
  return app.evaluate((electron: { app: { on(event: 'quit', listener: () => void): void } }) => {
    const fs = process.getBuiltinModule('node:fs');
    const path = process.getBuiltinModule('node:path');
    const home = process.env.HOME!;
    electron.app.on('quit', () => {
      for (const name of fs.readdirSync(home, { recursive: true, encoding: 'utf8' })) {
        if (name.endsWith('config.json') || name.endsWith('main.log'))
          fs.copyFileSync(path.join(home, name), path.join(home, `${name}.at-quit`));
      }
    });
  }, null);
}

function filesUnder(dir: string, ending: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(dir, name));
}

describe('electron-store at boot', () => {
  test('a settings file that can simply be read: the tray shows before electron-store loads, which loads after', async () => {
    const app = launch('linux', { [SETTINGS_FILE.linux]: soundFile() });
    const both = await until(
      () => seen(app),
      (value) => value.trayT !== null && value.ajvT !== null,
      app,
    );
    expect(both.ajvT).toBeGreaterThan(both.trayT!);
    expect(app.output()).not.toMatch(/could not open its settings file/);
  }, 60_000);

  test('a first run (no settings file): electron-store opens before the tray and creates the file', async () => {
    const app = launch('linux', {});
    const both = await until(
      () => seen(app),
      (value) => value.trayT !== null,
      app,
    );
    expect(both.ajvT).not.toBeNull();
    expect(both.ajvT).toBeLessThan(both.trayT!);
    const onDisk = readJson(app, SETTINGS_FILE.linux);
    expect(onDisk).toMatchObject(defaultSettings());
    expect(onDisk.__internal__).toEqual({ migrations: { version: SETTINGS_FORMAT_VERSION } });
  }, 60_000);
});

describe('demo mode: the account it adds waits for electron-store', () => {
  test('electron-store is asked for after the count, before the later step, and the account is in the file', async () => {
    requireBuiltApp();
    const app = launchUnderDouble({
      platform: 'linux',
      launch: { kind: 'dir', path: ROOT },
      args: ['--demo'],
      nodeArgs: ['--require', RECORDER],
      cwd: ROOT,
    });
    running.push(app);
    const read = () =>
      app.evaluate(
        ({ __double, app: electronApp }: DoubleElectron & { app: { getPath(name: string): string } }) => {
          const demo = (
            globalThis as unknown as {
              __invitrayDemo?: {
                core: { snapshot(): { pendingCount: number } };
                tray: { current(): { icon: string } };
              };
            }
          ).__invitrayDemo;
          const icon = demo && demo.core.snapshot().pendingCount > 0 ? demo.tray.current().icon : undefined;
          const countImage = icon
            ? __double.calls.find(
                (call) =>
                  call.api === 'nativeImage' &&
                  call.method === 'createFromPath' &&
                  String(call.args[0]).endsWith(icon),
              )
            : undefined;
          const asked = (globalThis as unknown as { __importsAsked: { name: string; t: number }[] })
            .__importsAsked;
          const fs = process.getBuiltinModule('node:fs');
          const settingsFile = `${electronApp.getPath('userData')}/config.json`;
          return {
            countT: countImage?.t ?? null,
            storeAskedT: asked.find((entry) => entry.name === 'electron-store')?.t ?? null,
            logAskedT: asked.find((entry) => entry.name === 'electron-log')?.t ?? null,
            profilesOnDisk: fs.existsSync(settingsFile)
              ? (JSON.parse(fs.readFileSync(settingsFile, 'utf8')) as { profiles: { label: string }[] })
                  .profiles
              : null,
          };
        },
        null,
      );
    const atCount = await until(read, (value) => value.countT !== null, app);
    // Asked for after the count, or not yet (the boot's later step opens it).
    if (atCount.storeAskedT !== null) expect(atCount.storeAskedT).toBeGreaterThan(atCount.countT!);
    const later = await until(read, (value) => (value.profilesOnDisk?.length ?? 0) > 0, app);
    expect(later.storeAskedT).toBeGreaterThan(atCount.countT!);
    expect(later.profilesOnDisk!.map((profile) => profile.label)).toEqual(['Demo account']);
    // Opened once the first count was out, not a second later with the boot's later step
    // (which loads electron-log's file transport first): a crash in that second lost the write.
    const laterStep = await until(read, (value) => value.logAskedT !== null, app);
    expect(laterStep.storeAskedT).toBeLessThan(laterStep.logAskedT!);
  }, 60_000);
});

/** A start with a sound settings file, once its first tray image is there, its files copied at quit. */
async function launchWithTrayShown(platform: DoublePlatform): Promise<LaunchedApp> {
  const app = launch(platform, { [SETTINGS_FILE[platform]]: soundFile() });
  await until(
    () => seen(app),
    (value) => value.trayT !== null,
    app,
  );
  await copyFilesAtQuit(app);
  return app;
}

describe('quitting right after the first tray image loses nothing', () => {
  test.each(PLATFORMS)(
    '%s: a preference changed in the tray menu and a quit at once: the change is in the file',
    async (platform) => {
      const app = await launchWithTrayShown(platform);
      const before = await app.evaluate((electron: DoubleElectron) => {
        type Item = { id?: string; checked?: boolean; click(): void; submenu?: { items: Item[] } | null };
        const find = (items: Item[]): Item | undefined =>
          items.find((item) => item.id === 'start-at-login') ??
          items.map((item) => (item.submenu ? find(item.submenu.items) : undefined)).find(Boolean);
        const double = electron.__double;
        const tray = double.trays[0]!;
        let menu = tray.contextMenu as { items: Item[] } | null;
        // macOS attaches no menu: it pops one up on a right click (shell/tray.ts).
        if (double.platform === 'darwin') {
          double.rightClickTray(tray);
          menu = double.callsOf('Tray', 'popUpContextMenu').at(-1)!.args[0] as { items: Item[] };
        }
        const item = find(menu?.items ?? []);
        if (!item) throw new Error('no Start at login item in the tray menu');
        const loads = (globalThis as unknown as { __moduleLoads: { name: string }[] }).__moduleLoads;
        const storeWasLoaded = loads.some((entry) => entry.name === 'ajv');
        item.click();
        (electron as unknown as { app: { quit(): void } }).app.quit();
        return { storeWasLoaded };
      }, null);
      // The write had to wait for electron-store: that is the case under test.
      expect(before.storeWasLoaded).toBe(false);
      const exit = await app.waitForExit(15_000);
      expect(exit.code).toBe(0);
      expect(readJson(app, `${SETTINGS_FILE[platform]}.at-quit`).startAtLogin).toBe(true);
    },
    60_000,
  );

  test.each(PLATFORMS)(
    '%s: the info lines logged at boot are in the log file',
    async (platform) => {
      const app = await launchWithTrayShown(platform);
      await app.evaluate((electron: { app: { quit(): void } }) => electron.app.quit(), null);
      const exit = await app.waitForExit(15_000);
      expect(exit.code).toBe(0);
      const logs = filesUnder(join(app.sandbox, 'home'), 'main.log.at-quit');
      expect(logs).toHaveLength(1);
      const text = readFileSync(logs[0]!, 'utf8');
      expect(text).toMatch(/Invitray \S+ starting/);
      expect(text).toMatch(/core starting \(0 accounts\)/);
    },
    60_000,
  );
});
