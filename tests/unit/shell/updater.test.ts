import { describe, expect, expectTypeOf, it } from 'vitest';
// Type-only: erased at run time, so electron-updater (which imports electron) is never loaded.
import type { AppUpdater } from 'electron-updater';
import {
  FIRST_CHECK_DELAY_MS,
  UPDATE_CHECK_INTERVAL_MS,
  type UpdateState,
} from '../../../electron/main/core/desktop/update-policy';
import type { AutoUpdaterLike } from '../../../electron/main/shell/updater';
import { downloadsVersion, flush, setup } from './updater-fakes';

describe('registerUpdater', () => {
  it('accepts the real electron-updater object (type check)', () => {
    expectTypeOf<AppUpdater>().toExtend<AutoUpdaterLike>();
  });

  it('configures electron-updater and schedules a check at start and every 6 hours', () => {
    const { handle, updater, timers } = setup();
    expect(handle.enabled).toBe(true);
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.logger).not.toBeNull();
    expect([...timers.timeouts.values()].map((t) => t.ms)).toEqual([FIRST_CHECK_DELAY_MS]);
    expect([...timers.intervals.values()].map((t) => t.ms)).toEqual([UPDATE_CHECK_INTERVAL_MS]);
    expect(updater.listenerCount('error')).toBe(1);
  });

  it.each([
    [{ packaged: false, demo: false }, 'development'],
    [{ packaged: true, demo: true }, 'demo'],
  ] as const)('never loads or checks in %o', async (environment, reason) => {
    const { handle, updater, timers, logs, loads } = setup({ environment });
    await handle.checkNow();
    expect(handle.enabled).toBe(false);
    expect(handle.disabledReason).toBe(reason);
    expect(loads()).toBe(0);
    expect(updater.checks).toBe(0);
    expect(timers.timeouts.size + timers.intervals.size).toBe(0);
    expect(handle.quitAndInstall()).toBe(false);
    expect(logs).toContainEqual({
      level: 'info',
      message: `[updater] automatic updates are off (${reason})`,
    });
  });

  it('downloads in the background and announces ready once', async () => {
    const { handle, updater, timers } = setup();
    updater.nextCheck = downloadsVersion('1.4.0');
    const seen: UpdateState['status'][] = [];
    const ready: (string | null)[] = [];
    handle.onChange((state) => seen.push(state.status));
    handle.onReady((version) => ready.push(version));

    timers.fireAll();
    await flush();

    expect(seen).toEqual(['checking', 'downloading', 'downloading', 'ready']);
    expect(handle.state()).toMatchObject({ status: 'ready', version: '1.4.0', percent: 100 });
    expect(ready).toEqual(['1.4.0']);
    // A check that fires later does not re-download or re-announce.
    const checksBefore = updater.checks;
    await handle.checkNow();
    expect(updater.checks).toBe(checksBefore);
    expect(ready).toEqual(['1.4.0']);
  });

  it('runs one check at a time', async () => {
    const { handle, updater } = setup();
    let finish: () => void = () => undefined;
    updater.nextCheck = (self) =>
      new Promise((resolve) => {
        self.emit('checking-for-update');
        finish = () => {
          self.emit('update-not-available', { version: '0.1.0' });
          resolve(null);
        };
      });
    const first = handle.checkNow();
    await handle.checkNow();
    expect(updater.checks).toBe(1);
    finish();
    await first;
    expect(handle.state().status).toBe('idle');
  });

  it('keeps failures as a logged error state, and tries again on the next check', async () => {
    const { handle, updater, logs } = setup();
    updater.nextCheck = async (self) => {
      self.emit('checking-for-update');
      const error = new Error('net::ERR_NAME_NOT_RESOLVED\nstack…');
      self.emit('error', error);
      throw error;
    };
    await expect(handle.checkNow()).resolves.toBeUndefined();
    expect(handle.state()).toMatchObject({ status: 'error', error: 'net::ERR_NAME_NOT_RESOLVED' });
    expect(logs.filter((l) => l.level === 'warn')).toEqual([
      { level: 'warn', message: '[updater] net::ERR_NAME_NOT_RESOLVED' },
    ]);

    updater.nextCheck = downloadsVersion('1.5.0');
    await handle.checkNow();
    expect(handle.state().status).toBe('ready');
  });

  it('survives a rejected check without an error event, and a check that reports nothing', async () => {
    const { handle, updater } = setup();
    updater.nextCheck = () => Promise.reject(new Error('Cannot find app-update.yml'));
    await handle.checkNow();
    expect(handle.state()).toMatchObject({ status: 'error', error: 'Cannot find app-update.yml' });

    updater.nextCheck = async () => null;
    await handle.checkNow();
    expect(handle.state().status).toBe('idle');
  });

  it('an error event during the download (after the check resolved) is kept too', async () => {
    const { handle, updater } = setup();
    updater.nextCheck = async (self) => {
      self.emit('checking-for-update');
      self.emit('update-available', { version: '2.0.0' });
      return { isUpdateAvailable: true };
    };
    await handle.checkNow();
    expect(handle.state().status).toBe('downloading');
    updater.emit('error', new Error('sha512 checksum mismatch'));
    expect(handle.state()).toMatchObject({ status: 'error', error: 'sha512 checksum mismatch' });
  });

  it('quits and installs only when an update is ready', async () => {
    const order: string[] = [];
    const { handle, updater } = setup({ beforeQuitAndInstall: () => order.push('before') });
    expect(handle.quitAndInstall()).toBe(false);
    expect(updater.installs).toEqual([]);

    updater.nextCheck = downloadsVersion('1.6.0');
    await handle.checkNow();
    expect(handle.quitAndInstall()).toBe(true);
    expect(order).toEqual(['before']);
    expect(updater.installs).toEqual([[true, true]]);
  });

  it('logs electron-updater messages through the app logger, tagged', () => {
    const { updater, logs } = setup();
    updater.logger?.info('Checking for update');
    updater.logger?.error('boom');
    expect(logs).toContainEqual({ level: 'info', message: '[updater] Checking for update' });
    expect(logs).toContainEqual({ level: 'error', message: '[updater] boom' });
  });

  it('a throwing listener is logged and does not stop the others', async () => {
    const { handle, updater, logs } = setup();
    const seen: string[] = [];
    handle.onChange(() => {
      throw new Error('tray exploded');
    });
    handle.onChange((state) => seen.push(state.status));
    updater.nextCheck = downloadsVersion('1.7.0');
    await handle.checkNow();
    expect(seen.at(-1)).toBe('ready');
    expect(logs.some((l) => l.level === 'error' && l.message.includes('tray exploded'))).toBe(true);
  });

  it('dispose stops the schedule and ignores later events', async () => {
    const { handle, updater, timers } = setup();
    handle.dispose();
    expect(timers.timeouts.size + timers.intervals.size).toBe(0);
    updater.emit('update-downloaded', { version: '9.9.9' });
    await handle.checkNow();
    expect(updater.checks).toBe(0);
    expect(handle.state().status).toBe('idle');
  });
});
