import { openSettings } from '../core/accounts/open-settings';
import type { OpenedSettings } from '../core/accounts/open-settings';
import { createDeferredSettingsStore } from '../core/accounts/deferred-settings-store';
import { SettingsRepository } from '../core/accounts/settings-repository';
import type { SettingsStoreLike } from '../core/accounts/settings-repository';
import { freshSettingsData, readSettingsData } from '../core/accounts/settings-without-conf';
import type { SettingsStoreOptions } from '../core/accounts/settings-schema';

/** electron-store's constructor; the options are exactly the core's conf options plus `cwd`. */
export type ElectronStoreConstructor<S extends SettingsStoreLike> = new (
  options: SettingsStoreOptions & { cwd: string },
) => S;

/**
 * The app's settings file: electron-store (conf underneath) in the userData directory,
 * created with the same schema, defaults and migrations the core defines and tests
 * run through conf. A corrupt file is moved aside and the app starts from defaults.
 */
export function openSettingsStore<S extends SettingsStoreLike>(
  ElectronStore: ElectronStoreConstructor<S>,
  userDataDir: string,
  log: { warn(message: string): void },
): OpenedSettings<S> {
  const opened = openSettings({ cwd: userDataDir, createStore: (options) => new ElectronStore(options) });
  if (opened.recovered) {
    log.warn(
      `Settings were unreadable (${opened.recovered.reason}); started from defaults. ` +
        `The old file is at ${opened.recovered.backupPath}`,
    );
  }
  return opened;
}

export interface BootSettings {
  settings: SettingsRepository;
  /** Opens electron-store if it is not open yet (after the first tray count). Never rejects. */
  open(): Promise<void>;
  /** Every write is on disk once this resolves (the quit waits for it). Never rejects. */
  flush(): Promise<void>;
}

export interface BootSettingsOptions {
  userDataDir: string;
  /** The directory was created by this run (demo mode's throwaway profile): it holds no file yet. */
  freshDirectory: boolean;
  log: { warn(message: string): void; error(message: string, ...details: unknown[]): void };
  /**
   * A write before electron-store is open opens it at once (true, the default), or waits for
   * open() or flush() (core/accounts/deferred-settings-store.ts).
   */
  openOnWrite?: boolean;
  /** The dynamic import of electron-store; a parameter so tests can make it fail. */
  loadElectronStore?: () => Promise<ElectronStoreConstructor<SettingsStoreLike>>;
}

const importElectronStore = async () =>
  (await import('electron-store')).default as ElectronStoreConstructor<SettingsStoreLike>;

/**
 * The settings at boot without loading electron-store when the file can simply be read
 * (core/accounts/deferred-settings-store.ts). Whenever conf would do more than read it (no file
 * on a real profile, corrupt, another format version, a key missing), electron-store opens here,
 * before anything else, exactly as it always has.
 */
export async function openBootSettings(options: BootSettingsOptions): Promise<BootSettings> {
  const { userDataDir, log } = options;
  const load = options.loadElectronStore ?? importElectronStore;
  const openStore = async () => openSettingsStore(await load(), userDataDir, log).store;
  const snapshot =
    readSettingsData(userDataDir) ?? (options.freshDirectory ? freshSettingsData(userDataDir) : null);
  if (!snapshot) {
    const settings = new SettingsRepository(await openStore());
    const done = () => Promise.resolve();
    return { settings, open: done, flush: done };
  }
  const store = createDeferredSettingsStore({ snapshot, openStore, log, openOnWrite: options.openOnWrite });
  return { settings: new SettingsRepository(store), open: () => store.open(), flush: () => store.flush() };
}
