import fs from 'node:fs';
import path from 'node:path';
import type { SettingsStoreLike } from './settings-repository';
import { settingsCertainlyValid } from './settings-check';
import { SETTINGS_FORMAT_VERSION, defaultSettings, settingsStoreOptions } from './settings-schema';
import type { SettingsData } from './settings-schema';

// Settings stores for the CLI that do not load conf (and with it ajv, which compiles the schema):
// both cost more than the whole `invitray list` request (issue 21).

/**
 * The settings file read once, for a run that only reads it. null whenever conf would do more
 * than read it: the file absent (conf creates it), not JSON or refused by the schema (conf
 * throws and openSettings sets it aside), another format version (conf migrates), a key missing
 * (conf writes the defaults in), or unreadable. The caller then opens it through conf, so each of
 * those cases behaves exactly as before.
 */
export function readSettingsSnapshot(cwd: string): SettingsStoreLike | null {
  const filePath = path.resolve(cwd, `${settingsStoreOptions.configName}.json`);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(filePath, 'utf8'));
  } catch {
    // Absent, unreadable or not JSON: conf says which, with the error the user has always had.
    return null;
  }
  if (!isCurrentAndComplete(data) || !settingsCertainlyValid(data)) return null;
  return {
    path: filePath,
    // A copy per read, as conf gives (it parses the file on every get).
    get: (key) => structuredClone(data[key]),
    set: () => {
      throw new Error('The settings were opened for reading only.');
    },
  };
}

/** Settings that live in memory for one run (the CLI's --demo), checked on each write like conf. */
export function memorySettingsStore(): SettingsStoreLike {
  let data = defaultSettings();
  return {
    path: ':memory:',
    get: (key) => structuredClone(data[key]),
    set(values) {
      const next = { ...data, ...structuredClone(values) };
      // The prefix is conf's, which SettingsRepository turns into a typed error.
      if (!settingsCertainlyValid(next))
        throw new Error('Config schema violation: refused by the settings schema');
      data = next;
    },
  };
}

function isCurrentAndComplete(data: unknown): data is SettingsData & { __internal__: unknown } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  const internal = record.__internal__ as { migrations?: { version?: unknown } } | undefined;
  if (internal?.migrations?.version !== SETTINGS_FORMAT_VERSION) return false;
  return Object.keys(defaultSettings()).every((key) => Object.hasOwn(record, key));
}
