import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { openSettings } from '../../electron/main/core/accounts/open-settings';
import type { SettingsStoreOptions } from '../../electron/main/core/accounts/settings-schema';

/** Real conf, the way the CLI and tests create it (the shell passes the same options to electron-store). */
export function createConf(options: SettingsStoreOptions & { cwd: string }) {
  return new Conf(options);
}

export function makeTempDir(prefix = 'invitray-settings-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function openInDir(cwd: string, now?: () => number) {
  return openSettings({ cwd, createStore: createConf, ...(now === undefined ? {} : { now }) });
}

export function readSettingsFile(cwd: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(cwd, 'config.json'), 'utf8')) as Record<string, unknown>;
}
