import { EventEmitter } from 'node:events';
import {
  registerUpdater,
  type AutoUpdaterLike,
  type UpdateTimers,
  type UpdaterDeps,
  type UpdaterLogger,
} from '../../../electron/main/shell/updater';

// Typed fakes of the Electron-side objects the updater adapter uses. Only these are faked:
// the policy and the adapter under test are the real code.

/** Stands in for electron-updater's autoUpdater: an EventEmitter whose checks run a script. */
export class FakeAutoUpdater extends EventEmitter implements AutoUpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  logger: UpdaterLogger | null = null;
  checks = 0;
  installs: [boolean | undefined, boolean | undefined][] = [];
  nextCheck: (self: FakeAutoUpdater) => Promise<unknown> = async (self) => {
    self.emit('checking-for-update');
    self.emit('update-not-available', { version: '0.1.0' });
    return null;
  };

  checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    return this.nextCheck(this);
  }

  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

export class FakeTimers implements UpdateTimers {
  private nextId = 1;
  readonly timeouts = new Map<number, { callback: () => void; ms: number }>();
  readonly intervals = new Map<number, { callback: () => void; ms: number }>();
  setTimeout(callback: () => void, ms: number): number {
    this.timeouts.set(this.nextId, { callback, ms });
    return this.nextId++;
  }
  clearTimeout(handle: unknown): void {
    this.timeouts.delete(handle as number);
  }
  setInterval(callback: () => void, ms: number): number {
    this.intervals.set(this.nextId, { callback, ms });
    return this.nextId++;
  }
  clearInterval(handle: unknown): void {
    this.intervals.delete(handle as number);
  }
  fireAll(): void {
    for (const { callback } of [...this.timeouts.values(), ...this.intervals.values()]) callback();
  }
}

export function setup(overrides: Partial<UpdaterDeps> = {}) {
  const updater = new FakeAutoUpdater();
  const timers = new FakeTimers();
  const logs: { level: string; message: string }[] = [];
  const logger: UpdaterLogger = {
    info: (message) => logs.push({ level: 'info', message }),
    warn: (message) => logs.push({ level: 'warn', message }),
    error: (message) => logs.push({ level: 'error', message }),
  };
  let loads = 0;
  let clock = 1_000;
  const handle = registerUpdater({
    loadAutoUpdater: () => {
      loads += 1;
      return updater;
    },
    environment: { packaged: true, demo: false },
    logger,
    timers,
    now: () => clock++,
    ...overrides,
  });
  return { handle, updater, timers, logs, loads: () => loads };
}

export const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

export const downloadsVersion = (version: string) => async (self: FakeAutoUpdater) => {
  self.emit('checking-for-update');
  self.emit('update-available', { version });
  self.emit('download-progress', { percent: 37.2 });
  self.emit('update-downloaded', { version, downloadedFile: '/tmp/x' });
  return { isUpdateAvailable: true };
};
