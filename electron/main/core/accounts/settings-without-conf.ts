import fs from 'node:fs';
import path from 'node:path';
import type { SettingsStoreLike } from './settings-repository';
import { settingsCertainlyValid } from './settings-check';
import { parseSettingsText } from './settings-text';
import { SETTINGS_FORMAT_VERSION, defaultSettings, settingsStoreOptions } from './settings-schema';
import type { SettingsData } from './settings-schema';

// Settings stores for the CLI that do not load conf (and with it ajv, which compiles the schema):
// both cost more than the whole `invitray list` request (issue 21).

/** The settings as read from (or, for a fresh profile, about to be written to) the file. */
export interface SettingsSnapshotData {
  path: string;
  data: SettingsData;
}

/**
 * The settings file read once, for a run that only reads it. null whenever conf would do more
 * than read it: the file absent (conf creates it), not JSON or refused by the schema (conf
 * throws and openSettings sets it aside), another format version (conf migrates), a key missing
 * (conf writes the defaults in), or unreadable. The caller then opens it through conf, so each of
 * those cases behaves exactly as before.
 */
export function readSettingsSnapshot(cwd: string): SettingsStoreLike | null {
  const snapshot = readSettingsData(cwd);
  if (!snapshot) return null;
  const { data } = snapshot;
  return {
    path: snapshot.path,
    // A copy per read, as conf gives (it parses the file on every get).
    get: (key) => structuredClone(data[key]),
    set: () => {
      throw new Error('The settings were opened for reading only.');
    },
  };
}

/** The data behind readSettingsSnapshot: null in the same cases (conf would do more than read). */
export function readSettingsData(cwd: string): SettingsSnapshotData | null {
  const filePath = settingsFilePath(cwd);
  let data: unknown;
  try {
    data = parseSettingsText(fs.readFileSync(filePath, 'utf8'));
  } catch {
    // Absent, unreadable or not JSON: conf says which, with the error the user has always had.
    return null;
  }
  if (!isCurrentAndComplete(data) || !settingsCertainlyValid(data)) return null;
  return { path: filePath, data };
}

/**
 * What conf writes into a directory that holds no settings file: the defaults (every migration
 * finds its key already there, so none changes anything). Only for a directory this run created
 * itself (demo mode's throwaway profile): anywhere else a file may appear, and conf must judge it.
 */
export function freshSettingsData(cwd: string): SettingsSnapshotData {
  return { path: settingsFilePath(cwd), data: defaultSettings() };
}

/** Settings that live in memory for one run (the CLI's --demo), checked on each write like conf. */
export function memorySettingsStore(): SettingsStoreLike {
  let data = defaultSettings();
  return {
    path: ':memory:',
    get: (key) => structuredClone(data[key]),
    set(values) {
      data = mergeChecked(data, values);
    },
  };
}

/** `data` with `values` written over it, or conf's schema error (SettingsRepository types it). */
export function mergeChecked(data: SettingsData, values: Partial<SettingsData>): SettingsData {
  for (const [key, value] of Object.entries(values)) {
    // conf's own refusal, word for word (its checkValueType).
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol')
      throw new TypeError(
        `Setting a value of type \`${typeof value}\` for key \`${key}\` is not allowed as it's not supported by JSON`,
      );
  }
  // As conf holds it: written to JSON and read back (a nested `email: undefined` is dropped, which
  // ajv also reads as absent; the hand check would otherwise refuse it).
  const next = { ...data, ...(JSON.parse(JSON.stringify(values)) as Partial<SettingsData>) };
  // The prefix is conf's, which SettingsRepository turns into a typed error.
  if (!settingsCertainlyValid(next))
    throw new Error('Config schema violation: refused by the settings schema');
  return next;
}

function settingsFilePath(cwd: string): string {
  return path.resolve(cwd, `${settingsStoreOptions.configName}.json`);
}

function isCurrentAndComplete(data: unknown): data is SettingsData & { __internal__: unknown } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  const internal = record.__internal__ as { migrations?: { version?: unknown } } | undefined;
  if (internal?.migrations?.version !== SETTINGS_FORMAT_VERSION) return false;
  return Object.keys(defaultSettings()).every((key) => Object.hasOwn(record, key));
}
