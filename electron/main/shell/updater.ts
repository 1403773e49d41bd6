import { createEmitter } from '../core/app/emitter';
import {
  FIRST_CHECK_DELAY_MS,
  INITIAL_UPDATE_STATE,
  UPDATE_CHECK_INTERVAL_MS,
  becameReady,
  reduceUpdateState,
  shouldStartCheck,
  summarizeUpdateError,
  updateMode,
  updatesDisabledReason,
  type UpdateEnvironment,
  type UpdateEvent,
  type UpdateState,
  type UpdatesDisabledReason,
} from '../core/desktop/update-policy';

// A thin adapter around electron-updater's `autoUpdater`. It never imports
// electron-updater (which imports electron): main/index.ts passes the object in, and
// only when the policy says updates are on is it even loaded.

export interface UpdaterLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The part of electron-updater's AppUpdater used here; the real object satisfies it (see the tests). */
export interface AutoUpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  logger: UpdaterLogger | null;
  on(event: 'checking-for-update', listener: () => void): unknown;
  on(event: 'update-available', listener: (info: { version: string }) => void): unknown;
  on(event: 'update-not-available', listener: (info: { version: string }) => void): unknown;
  on(event: 'download-progress', listener: (info: { percent: number }) => void): unknown;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error, message?: string) => void): unknown;
  on(event: 'appimage-filename-updated', listener: (path: string) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

export interface UpdateTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface UpdaterDeps {
  /** Called at most once, and only when updates are on: `() => autoUpdater` from electron-updater. */
  loadAutoUpdater: () => AutoUpdaterLike;
  environment: UpdateEnvironment;
  logger: UpdaterLogger;
  timers: UpdateTimers;
  now: () => number;
  /** Runs just before quitAndInstall, so the app stops keeping its hidden window open. */
  beforeQuitAndInstall?: () => void;
  /**
   * AppImage: the update was installed under a new file name (the old one, with its version
   * in the name, is deleted). Called synchronously while the app quits: keep the autostart
   * entry pointing at the new file.
   */
  onAppImageRenamed?: (path: string) => void;
}

export interface UpdaterHandle {
  readonly enabled: boolean;
  readonly disabledReason: UpdatesDisabledReason | null;
  state(): UpdateState;
  onChange(listener: (state: UpdateState, previous: UpdateState) => void): () => void;
  /** Fires once when an update has been downloaded: show "Restart to update" and a notification. */
  onReady(listener: (version: string | null) => void): () => void;
  /** notify-only installs (deb, rpm): a newer version exists, or (null) no longer does. */
  onAvailable(listener: (version: string | null) => void): () => void;
  checkNow(): Promise<void>;
  /** Restarts into the downloaded update; false (and nothing happens) when none is ready. */
  quitAndInstall(): boolean;
  dispose(): void;
}

function updaterLogger(logger: UpdaterLogger): UpdaterLogger {
  const text = (message: unknown) =>
    `[updater] ${message instanceof Error ? message.message : String(message)}`;
  return {
    info: (message) => logger.info(text(message)),
    warn: (message) => logger.warn(text(message)),
    error: (message) => logger.error(text(message)),
  };
}

export function registerUpdater(deps: UpdaterDeps): UpdaterHandle {
  const { logger, timers, now } = deps;
  const disabledReason = updatesDisabledReason(deps.environment);
  const changes = createEmitter<{ state: UpdateState; previous: UpdateState }>((error) =>
    logger.error(`[updater] listener failed: ${summarizeUpdateError(error)}`),
  );
  let current = INITIAL_UPDATE_STATE;
  let disposed = false;

  const apply = (event: UpdateEvent) => {
    if (disposed) return;
    const previous = current;
    current = reduceUpdateState(current, event, now());
    if (current !== previous) changes.emit({ state: current, previous });
  };

  const base = {
    disabledReason,
    state: () => current,
    onChange: (listener: (state: UpdateState, previous: UpdateState) => void) =>
      changes.on(({ state, previous }) => listener(state, previous)),
    onReady: (listener: (version: string | null) => void) =>
      changes.on(({ state, previous }) => {
        if (becameReady(previous, state)) listener(state.version);
      }),
    onAvailable: (listener: (version: string | null) => void) =>
      changes.on(({ state, previous }) => {
        if (state.status === 'available' && previous.version !== state.version) listener(state.version);
        if (state.status === 'idle' && previous.version !== null) listener(null);
      }),
  };

  if (disabledReason !== null) {
    logger.info(`[updater] automatic updates are off (${disabledReason})`);
    return {
      ...base,
      enabled: false,
      checkNow: async () => undefined,
      quitAndInstall: () => false,
      dispose: () => changes.clear(),
    };
  }

  const mode = updateMode(deps.environment);
  const install = mode === 'install';
  const updater = deps.loadAutoUpdater();
  // deb/rpm: only look. Never download, never `pkexec dpkg -i` (DebUpdater's install): the
  // package manager owns the files, and the tray menu says that a newer version exists.
  updater.autoDownload = install;
  updater.autoInstallOnAppQuit = install;
  updater.logger = updaterLogger(logger);
  if (!install) logger.info(`[updater] ${deps.environment.packageType} install: checking only`);
  updater.on('checking-for-update', () => apply({ type: 'checking' }));
  updater.on('update-available', (info) =>
    apply(
      install ? { type: 'available', version: info.version } : { type: 'offered', version: info.version },
    ),
  );
  updater.on('appimage-filename-updated', (path) => {
    logger.info('[updater] the AppImage was updated under a new file name');
    deps.onAppImageRenamed?.(path);
  });
  updater.on('update-not-available', () => apply({ type: 'not-available' }));
  updater.on('download-progress', (info) => apply({ type: 'progress', percent: info.percent }));
  updater.on('update-downloaded', (info) => apply({ type: 'downloaded', version: info.version }));
  // An EventEmitter without an 'error' listener throws: this one keeps failures as state.
  updater.on('error', (error) => {
    logger.warn(`[updater] ${summarizeUpdateError(error)}`);
    apply({ type: 'error', message: summarizeUpdateError(error) });
  });

  const checkNow = async () => {
    if (disposed || !shouldStartCheck(current)) return;
    apply({ type: 'checking' });
    try {
      await updater.checkForUpdates();
      // No event at all (e.g. the updater found no app-update.yml): do not stay 'checking'.
      if (current.status === 'checking') apply({ type: 'not-available' });
    } catch (error) {
      if (current.status !== 'error') {
        logger.warn(`[updater] check failed: ${summarizeUpdateError(error)}`);
        apply({ type: 'error', message: summarizeUpdateError(error) });
      }
    }
  };

  const first = timers.setTimeout(() => void checkNow(), FIRST_CHECK_DELAY_MS);
  const every = timers.setInterval(() => void checkNow(), UPDATE_CHECK_INTERVAL_MS);

  return {
    ...base,
    enabled: true,
    checkNow,
    quitAndInstall: () => {
      if (!install || current.status !== 'ready') {
        logger.warn(`[updater] restart requested with no update ready (${current.status})`);
        return false;
      }
      try {
        deps.beforeQuitAndInstall?.();
        // Silent: the NSIS installer runs without its wizard; force-run: the app comes back.
        updater.quitAndInstall(true, true);
        return true;
      } catch (error) {
        logger.error(`[updater] could not restart into the update: ${summarizeUpdateError(error)}`);
        return false;
      }
    },
    dispose: () => {
      disposed = true;
      timers.clearTimeout(first);
      timers.clearInterval(every);
      changes.clear();
    },
  };
}
