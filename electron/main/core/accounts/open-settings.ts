import fs from 'node:fs';
import path from 'node:path';
import { SettingsRepository } from './settings-repository';
import type { SettingsStoreLike } from './settings-repository';
import { settingsStoreOptions } from './settings-schema';
import type { SettingsStoreOptions } from './settings-schema';

export type SettingsStoreFactory<S extends SettingsStoreLike> = (
  options: SettingsStoreOptions & { cwd: string },
) => S;

/** What openSettings did about a corrupt file, for the shell to log. Never holds file contents. */
export interface SettingsRecovery {
  reason: 'invalid-json' | 'schema-violation';
  /** The corrupt file, moved aside untouched. */
  backupPath: string;
  detail: string;
}

export interface OpenedSettings<S extends SettingsStoreLike> {
  settings: SettingsRepository;
  store: S;
  /** null when the file was fine (or absent). */
  recovered: SettingsRecovery | null;
}

export interface OpenSettingsOptions<S extends SettingsStoreLike> {
  /** Directory of config.json: the app's userData directory, or a temp dir in tests. */
  cwd: string;
  /** `(o) => new ElectronStore(o)` in the shell, `(o) => new Conf(o)` in tests and the CLI. */
  createStore: SettingsStoreFactory<S>;
  now?: () => number;
}

/**
 * Opens the settings file. A corrupt one (bad JSON, or JSON the schema refuses)
 * is moved aside as `config.json.corrupt-<time>` and the app starts from
 * defaults: losing preferences is better than not starting, and the backup
 * lets the user (or a bug report) recover what was there.
 */
export function openSettings<S extends SettingsStoreLike>(
  options: OpenSettingsOptions<S>,
): OpenedSettings<S> {
  const storeOptions = { ...settingsStoreOptions, cwd: options.cwd };
  const filePath = path.resolve(options.cwd, `${settingsStoreOptions.configName}.json`);
  // conf merges defaults into the file before it validates it, so the original
  // bytes are taken first: the backup must be what was on disk, untouched.
  const original = readIfPresent(filePath);
  let recovered: SettingsRecovery | null = null;
  let store: S;
  try {
    store = options.createStore(storeOptions);
  } catch (error) {
    const problem = describeCorruption(error);
    if (problem === null) throw error;
    const backupPath = backUp(filePath, original, (options.now ?? Date.now)());
    recovered = { ...problem, backupPath };
    store = options.createStore(storeOptions);
  }
  return { settings: new SettingsRepository(store), store, recovered };
}

function describeCorruption(error: unknown): Omit<SettingsRecovery, 'backupPath'> | null {
  if (!(error instanceof Error)) return null;
  // V8's JSON message quotes the file's text, which may hold an email: keep it out of the logs.
  if (error.name === 'SyntaxError')
    return { reason: 'invalid-json', detail: 'The settings file is not valid JSON.' };
  if (error.message.startsWith('Config schema violation'))
    return { reason: 'schema-violation', detail: error.message };
  return null;
}

function readIfPresent(filePath: string): Buffer | null {
  try {
    return fs.readFileSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes the original bytes beside the file (never over an earlier backup), then removes the file. */
function backUp(filePath: string, original: Buffer | null, at: number): string {
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  let backupPath = `${filePath}.corrupt-${stamp}`;
  for (let n = 2; fs.existsSync(backupPath); n += 1) backupPath = `${filePath}.corrupt-${stamp}-${n}`;
  if (original === null) {
    fs.renameSync(filePath, backupPath);
  } else {
    fs.writeFileSync(backupPath, original, { flag: 'wx', mode: 0o600 });
    fs.rmSync(filePath, { force: true });
  }
  return backupPath;
}
