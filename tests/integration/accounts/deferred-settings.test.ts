// The settings at boot (issue 21 item 6): read from the file without electron-store, which opens
// after the first tray count or at the first write. The store of record here is real conf (the
// engine electron-store wraps, same options, same file), handed in where the shell would
// import electron-store; the file is real.
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../electron/main/core/errors';
import { createDeferredSettingsStore } from '../../../electron/main/core/accounts/deferred-settings-store';
import { readSettingsData } from '../../../electron/main/core/accounts/settings-without-conf';
import {
  defaultSettings,
  SETTINGS_FORMAT_VERSION,
  settingsStoreOptions,
} from '../../../electron/main/core/accounts/settings-schema';
import type { SettingsStoreLike } from '../../../electron/main/core/accounts/settings-repository';
import { openBootSettings } from '../../../electron/main/shell/settings-store';
import type { ElectronStoreConstructor } from '../../../electron/main/shell/settings-store';
import {
  createConf,
  makeTempDir,
  openInDir,
  readSettingsFile,
  removeDir,
} from '../../support/settings-helpers';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('invitray-deferred-settings-');
});
afterEach(() => removeDir(dir));

const file = () => path.join(dir, 'config.json');
const writeSoundFile = (changes: Record<string, unknown> = {}) =>
  fs.writeFileSync(
    file(),
    JSON.stringify({
      ...defaultSettings(),
      ...changes,
      __internal__: { migrations: { version: SETTINGS_FORMAT_VERSION } },
    }),
  );

function quietLog() {
  return { warn: vi.fn(), error: vi.fn() };
}

/** conf in electron-store's place, counting how often it is loaded and recording each write. */
function confLoader(options: { gate?: Promise<void>; fail?: Error } = {}) {
  const writes: Record<string, unknown>[] = [];
  class RecordingConf extends Conf<Record<string, unknown>> {
    override set(values: unknown, ...rest: unknown[]): void {
      if (typeof values === 'object' && values !== null) writes.push({ ...values });
      (super.set as (...args: unknown[]) => void)(values, ...rest);
    }
  }
  const load = vi.fn(async () => {
    await options.gate;
    if (options.fail) throw options.fail;
    return RecordingConf as unknown as ElectronStoreConstructor<SettingsStoreLike>;
  });
  return { load, writes };
}

/** Boot's settings from `dir`, with `loader` in electron-store's place. */
function bootWith(
  loader: ReturnType<typeof confLoader>,
  log: ReturnType<typeof quietLog> = quietLog(),
  freshDirectory = false,
  openOnWrite?: boolean,
) {
  return openBootSettings({
    userDataDir: dir,
    freshDirectory,
    log,
    loadElectronStore: loader.load,
    openOnWrite,
  });
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw');
}

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('the settings at boot, before electron-store is open', () => {
  it('serves reads from the file as read, without loading electron-store', async () => {
    writeSoundFile({ pollIntervalMinutes: 15, theme: 'dark' });
    const loader = confLoader();
    const boot = await bootWith(loader);
    expect(boot.settings.getPreferences()).toMatchObject({ pollIntervalMinutes: 15, theme: 'dark' });
    expect(boot.settings.filePath).toBe(file());
    expect(loader.load).not.toHaveBeenCalled();
    await boot.flush();
    expect(loader.load).not.toHaveBeenCalled();
    await boot.open();
    expect(loader.load).toHaveBeenCalledTimes(1);
    expect(boot.settings.getPreferences()).toMatchObject({ pollIntervalMinutes: 15, theme: 'dark' });
  });

  it('a write is checked, visible at once, and on disk in order once the store opens', async () => {
    writeSoundFile();
    const opening = gate();
    const loader = confLoader({ gate: opening.promise });
    const boot = await bootWith(loader);
    boot.settings.updatePreferences({ pollIntervalMinutes: 10 });
    boot.settings.updatePreferences({ pollIntervalMinutes: 30, theme: 'light' });
    boot.settings.addNotified('invite-1');
    // The first write opens the store at once; until it is open the writes live in memory.
    expect(loader.load).toHaveBeenCalledTimes(1);
    expect(boot.settings.getPreferences()).toMatchObject({ pollIntervalMinutes: 30, theme: 'light' });
    expect(readSettingsFile(dir).pollIntervalMinutes).toBe(5);

    opening.open();
    await boot.flush();
    expect(loader.writes).toEqual([
      { pollIntervalMinutes: 10 },
      { pollIntervalMinutes: 30, theme: 'light' },
      { notifiedInviteIds: ['invite-1'] },
    ]);
    expect(readSettingsFile(dir)).toMatchObject({
      pollIntervalMinutes: 30,
      theme: 'light',
      notifiedInviteIds: ['invite-1'],
    });
    // From now on every write goes straight to the store of record.
    boot.settings.updatePreferences({ pollIntervalMinutes: 60 });
    expect(readSettingsFile(dir).pollIntervalMinutes).toBe(60);
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  it('refuses what the schema refuses, as conf does, and keeps nothing of it', async () => {
    writeSoundFile();
    const tooLong = 'x'.repeat(65);
    const withConf = openInDir(makeTempDir('invitray-deferred-conf-'));
    const confError = thrown(() => withConf.settings.addNotified(tooLong));
    removeDir(path.dirname(withConf.settings.filePath));
    expect(confError).toBeInstanceOf(AppError);

    const loader = confLoader();
    const boot = await bootWith(loader);
    const error = thrown(() => boot.settings.addNotified(tooLong));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe((confError as AppError).kind);
    expect(((error as Error).cause as Error).message).toMatch(/^Config schema violation/);
    expect(boot.settings.hasNotified(tooLong)).toBe(false);
    // Nothing waits for the store: a refused write is not a write.
    expect(loader.load).not.toHaveBeenCalled();
  });

  it('holds a write as conf does once it is JSON, and refuses what conf refuses', () => {
    writeSoundFile();
    const store = createDeferredSettingsStore({
      snapshot: readSettingsData(dir)!,
      openStore: () => new Promise(() => {}),
      log: quietLog(),
    });
    const conf = createConf({ ...settingsStoreOptions, cwd: dir });
    const profile = { id: 'p-1', label: 'Work', authKind: 'token', email: undefined };
    for (const target of [store, conf]) {
      // A nested undefined is what JSON drops (ajv reads it as absent): accepted, then gone.
      target.set({ profiles: [profile as never] });
      expect(target.get('profiles')).toEqual([{ id: 'p-1', label: 'Work', authKind: 'token' }]);
      expect(() => target.set({ theme: undefined })).toThrow(
        "Setting a value of type `undefined` for key `theme` is not allowed as it's not supported by JSON",
      );
    }
  });

  it('keeps working from memory, and says so, when electron-store cannot load', async () => {
    writeSoundFile();
    const log = quietLog();
    const loader = confLoader({ fail: new Error('Cannot find package electron-store') });
    const boot = await bootWith(loader, log);
    boot.settings.updatePreferences({ pollIntervalMinutes: 10 });
    await boot.flush();
    expect(log.error).toHaveBeenCalledWith(
      expect.stringContaining('could not open its settings file (electron-store)'),
      expect.objectContaining({ message: 'Cannot find package electron-store' }),
    );
    expect(log.error.mock.calls[0]![0]).toContain('1 change(s)');
    // The run goes on with what the user set; later writes are still checked.
    boot.settings.updatePreferences({ theme: 'dark' });
    expect(boot.settings.getPreferences()).toMatchObject({ pollIntervalMinutes: 10, theme: 'dark' });
    expect(() => boot.settings.addNotified('x'.repeat(65))).toThrow(AppError);
    await boot.open();
    await boot.flush();
    expect(loader.load).toHaveBeenCalledTimes(1);
    expect(readSettingsFile(dir).pollIntervalMinutes).toBe(5);
  });

  it('the file as it is when the store opens wins, except for the keys this run wrote', async () => {
    writeSoundFile({ theme: 'system', pollIntervalMinutes: 5 });
    const opening = gate();
    const loader = confLoader({ gate: opening.promise });
    const boot = await bootWith(loader);
    boot.settings.updatePreferences({ pollIntervalMinutes: 10 });
    // Between the boot's read and the store opening, something else (the CLI) changes the file.
    writeSoundFile({ theme: 'dark', pollIntervalMinutes: 60, notificationSound: false });
    opening.open();
    await boot.flush();
    expect(readSettingsFile(dir)).toMatchObject({
      theme: 'dark',
      notificationSound: false,
      pollIntervalMinutes: 10,
    });
    expect(boot.settings.getPreferences()).toMatchObject({
      theme: 'dark',
      notificationSound: false,
      pollIntervalMinutes: 10,
    });
  });

  it('a write the file refuses by the time the store opens is logged, and the file wins', async () => {
    writeSoundFile();
    const log = quietLog();
    const snapshot = readSettingsData(dir)!;
    const opening = gate();
    const refusing: SettingsStoreLike = {
      path: file(),
      get: (key) => defaultSettings()[key],
      set: () => {
        throw new Error('Config schema violation: `notifiedInviteIds` must NOT have more than 1000 items');
      },
    };
    const store = createDeferredSettingsStore({
      snapshot,
      openStore: () => opening.promise.then(() => refusing),
      log,
    });
    store.set({ notifiedInviteIds: ['a'] });
    opening.open();
    await store.flush();
    expect(log.error).toHaveBeenCalledWith(
      expect.stringContaining('refused by it and is lost (notifiedInviteIds)'),
      expect.any(Error),
    );
    expect(store.get('notifiedInviteIds')).toEqual([]);
  });

  it.each([
    ['open()', (boot: Awaited<ReturnType<typeof bootWith>>) => boot.open()],
    ['flush() (a quit)', (boot: Awaited<ReturnType<typeof bootWith>>) => boot.flush()],
  ])('with openOnWrite off, a write waits in memory for the store until %s', async (_case, settle) => {
    // The app's boot: demo mode adds its account while the first count is on its way.
    writeSoundFile();
    const loader = confLoader();
    const boot = await bootWith(loader, quietLog(), false, false);
    boot.settings.updatePreferences({ pollIntervalMinutes: 10 });
    boot.settings.addNotified('invite-1');
    await new Promise((wait) => setTimeout(wait, 20));
    expect(loader.load).not.toHaveBeenCalled();
    expect(boot.settings.getPreferences()).toMatchObject({ pollIntervalMinutes: 10 });
    expect(readSettingsFile(dir).pollIntervalMinutes).toBe(5);
    await settle(boot);
    expect(loader.load).toHaveBeenCalledTimes(1);
    expect(loader.writes).toEqual([{ pollIntervalMinutes: 10 }, { notifiedInviteIds: ['invite-1'] }]);
    expect(readSettingsFile(dir)).toMatchObject({ pollIntervalMinutes: 10, notifiedInviteIds: ['invite-1'] });
    // Once open, writes go straight to it, as always.
    boot.settings.updatePreferences({ pollIntervalMinutes: 60 });
    expect(readSettingsFile(dir).pollIntervalMinutes).toBe(60);
  });

  it('a fresh profile directory starts from the defaults and gets its file when the store opens', async () => {
    const loader = confLoader();
    const boot = await bootWith(loader, quietLog(), true);
    expect(loader.load).not.toHaveBeenCalled();
    expect(fs.existsSync(file())).toBe(false);
    await boot.open();
    const onDisk = readSettingsFile(dir);
    expect(onDisk).toMatchObject(defaultSettings());
    // What conf writes into an empty directory is exactly what the boot served from memory.
    const { __internal__, ...settings } = onDisk;
    expect(settings).toEqual(defaultSettings());
    expect(__internal__).toEqual({ migrations: { version: SETTINGS_FORMAT_VERSION } });
  });

  it.each([
    ['absent (first run)', null],
    ['not JSON', '{"pollIntervalMinutes": '],
    [
      'an older format',
      JSON.stringify({ pollIntervalMinutes: 10, __internal__: { migrations: { version: '0.1.0' } } }),
    ],
  ])('a file that is %s opens through electron-store before anything else', async (_case, text) => {
    if (text !== null) fs.writeFileSync(file(), text);
    const log = quietLog();
    const loader = confLoader();
    const boot = await bootWith(loader, log);
    expect(loader.load).toHaveBeenCalledTimes(1);
    const onDisk = readSettingsFile(dir);
    expect((onDisk.__internal__ as { migrations: { version: string } }).migrations.version).toBe(
      SETTINGS_FORMAT_VERSION,
    );
    if (text === '{"pollIntervalMinutes": ') {
      expect(log.warn).toHaveBeenCalledWith(
        expect.stringContaining('Settings were unreadable (invalid-json)'),
      );
    }
    boot.settings.updatePreferences({ theme: 'dark' });
    expect(readSettingsFile(dir).theme).toBe('dark');
  });
});
