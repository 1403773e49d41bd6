import { openSettings } from '../core/accounts/open-settings';
import type { OpenedSettings } from '../core/accounts/open-settings';
import type { SettingsStoreLike } from '../core/accounts/settings-repository';
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
