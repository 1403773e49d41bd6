import type { SettingsStoreLike } from './settings-repository';
import { isDeepStrictEqual } from 'node:util';
import type { SettingsData, StoredProfile } from './settings-schema';
import { mergeChecked } from './settings-without-conf';
import type { SettingsSnapshotData } from './settings-without-conf';

// The store of record (electron-store: conf, Ajv, semver, atomically…) is ~100 modules and most
// of the boot's CPU before the first tray image (issue 21). The first image and count only read
// the settings, so they are served from the file as read at boot, and the store of record opens
// after them, or at once when something is written (unless told to wait for open(): see
// `openOnWrite`).

const PROFILES_UNSAVED =
  'Invitray could not open its settings file, so accounts cannot be added or removed in this run (the log says why)';

export interface DeferredSettingsStore extends SettingsStoreLike {
  /** Opens the store of record (once) and writes what waited, in order. Never rejects. */
  open(): Promise<void>;
  /** Resolves once no write waits for the store of record (opening it if one does). Never rejects. */
  flush(): Promise<void>;
}

export interface DeferredSettingsDeps {
  /** The file as read at boot (readSettingsData), or a fresh profile's defaults. */
  snapshot: SettingsSnapshotData;
  /** Loads and opens the store of record (openSettings: recovery, migrations, defaults). */
  openStore: () => Promise<SettingsStoreLike>;
  /**
   * Whether a write opens the store of record at once (the default). When false, it waits in
   * memory for open() or flush(): the app's boot opens the store after its first tray count and
   * flushes at quit, so a write made while the count is under way (demo mode adds its account
   * then) does not load electron-store in the middle of it.
   */
  openOnWrite?: boolean;
  log: { error(message: string, ...details: unknown[]): void };
}

/**
 * Reads come from memory until the store of record is open, then from it alone. A write before
 * then is checked like conf checks it (same error), is visible at once, and is replayed through
 * the store of record as it opens: each write is a `set` of the keys it changed, as conf does
 * (read the file, merge, write), so for every key this run did not write, the file on disk when
 * the store opens wins over the boot snapshot (the CLI may have changed it in between).
 * If the store of record cannot open, the app keeps working from memory and says so in the log.
 */
export function createDeferredSettingsStore(deps: DeferredSettingsDeps): DeferredSettingsStore {
  let data: SettingsData = deps.snapshot.data;
  let store: SettingsStoreLike | null = null;
  let failed = false;
  let opening: Promise<void> | null = null;
  /** Each write with the profile list it was made from (the boot snapshot's, possibly stale). */
  const waiting: { values: Partial<SettingsData>; profilesBefore: StoredProfile[] }[] = [];

  const replay = (opened: SettingsStoreLike) => {
    for (const { values, profilesBefore } of waiting.splice(0)) {
      try {
        opened.set(
          values.profiles === undefined
            ? values
            : {
                ...values,
                profiles: rebaseProfiles(profilesBefore, values.profiles, opened.get('profiles')),
              },
        );
      } catch (error) {
        // Valid against the boot snapshot, refused against what is on disk now: the file wins.
        deps.log.error(
          `A settings change made before the settings file was open was refused by it and is lost (${Object.keys(values).join(', ')})`,
          error,
        );
      }
    }
    store = opened;
  };

  const open = () =>
    (opening ??= deps.openStore().then(replay, (error: unknown) => {
      failed = true;
      const unsaved = waiting.splice(0).length;
      deps.log.error(
        `Invitray could not open its settings file (electron-store): settings are kept in memory for this run only; ` +
          `${unsaved} change(s) so far and every later one will not be saved`,
        error,
      );
    }));

  return {
    get path() {
      return store?.path ?? deps.snapshot.path;
    },
    get(key) {
      return store ? store.get(key) : structuredClone(data[key]);
    },
    set(values) {
      if (store) return store.set(values);
      // A profile pairs with a keychain secret outside this file: kept in memory only, the secret
      // would outlive this run without it (or a removed one come back). Refused, as a failing conf
      // write is, so the caller undoes the keychain side.
      if (failed && Object.hasOwn(values, 'profiles')) throw new Error(PROFILES_UNSAVED);
      const profilesBefore = data.profiles;
      data = mergeChecked(data, values);
      if (failed) return;
      waiting.push({ values: structuredClone(values), profilesBefore });
      if (deps.openOnWrite !== false) void open();
    },
    open,
    flush: () => (waiting.length > 0 ? open() : Promise.resolve()),
  };
}

/**
 * A profile list written before the store opened, applied to the list on disk now: this run's
 * additions, removals and edits, not its copy of the rest, which may be stale (the CLI may have
 * added or removed an account since boot, and that account's secret is in the keychain).
 */
function rebaseProfiles(
  before: StoredProfile[],
  mine: StoredProfile[],
  onDisk: StoredProfile[],
): StoredProfile[] {
  const beforeById = new Map(before.map((profile) => [profile.id, profile]));
  const mineById = new Map(mine.map((profile) => [profile.id, profile]));
  const kept = onDisk
    .filter((profile) => mineById.has(profile.id) || !beforeById.has(profile.id))
    .map((profile) => {
      const edited = mineById.get(profile.id);
      return edited && !isDeepStrictEqual(edited, beforeById.get(profile.id)) ? edited : profile;
    });
  const keptIds = new Set(kept.map((profile) => profile.id));
  const added = mine.filter((profile) => !beforeById.has(profile.id) && !keptIds.has(profile.id));
  return [...kept, ...added];
}
