// The CLI (`invitray add`, `invitray remove`) writes the same settings file through conf while
// the app runs. Before issue 21's deferred store every app read went to the file (conf reads it
// on each get), so the app's account writes kept what the CLI had done. An account's secret is in
// the keychain: a profile list written back stale leaves a secret without its profile, or a
// profile without its secret.
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsStoreLike } from '../../../electron/main/core/accounts/settings-repository';
import type { StoredProfile } from '../../../electron/main/core/accounts/settings-schema';
import {
  defaultSettings,
  SETTINGS_FORMAT_VERSION,
} from '../../../electron/main/core/accounts/settings-schema';
import { openBootSettings } from '../../../electron/main/shell/settings-store';
import type { ElectronStoreConstructor } from '../../../electron/main/shell/settings-store';
import { makeTempDir, openInDir, readSettingsFile, removeDir } from '../../support/settings-helpers';

const profile = (id: string, label = id): StoredProfile => ({ id, label, authKind: 'token' });

let dir: string;
beforeEach(() => {
  dir = makeTempDir('invitray-deferred-cli-');
  fs.writeFileSync(
    path.join(dir, 'config.json'),
    JSON.stringify({
      ...defaultSettings(),
      profiles: [profile('at-boot-1'), profile('at-boot-2')],
      __internal__: { migrations: { version: SETTINGS_FORMAT_VERSION } },
    }),
  );
});
afterEach(() => removeDir(dir));

async function bootApp() {
  const log = { warn: vi.fn(), error: vi.fn() };
  const boot = await openBootSettings({
    userDataDir: dir,
    freshDirectory: false,
    log,
    loadElectronStore: async () => Conf as unknown as ElectronStoreConstructor<SettingsStoreLike>,
  });
  return { boot, log };
}

const profilesOnDisk = () => readSettingsFile(dir).profiles as StoredProfile[];
const cli = () => openInDir(dir).settings;

describe('accounts changed by the CLI before the app’s settings store opens', () => {
  it('an account the CLI added survives one the app adds', async () => {
    const { boot, log } = await bootApp();
    cli().addProfile(profile('from-cli'));
    boot.settings.addProfile(profile('from-app'));
    await boot.flush();
    expect(profilesOnDisk().map((p) => p.id)).toEqual(['at-boot-1', 'at-boot-2', 'from-cli', 'from-app']);
    expect(boot.settings.listProfiles().map((p) => p.id)).toContain('from-cli');
    expect(log.error).not.toHaveBeenCalled();
  });

  it('an account the CLI removed stays removed when the app edits another and removes a third', async () => {
    const { boot } = await bootApp();
    cli().addProfile(profile('from-cli'));
    cli().removeProfile('at-boot-1');
    boot.settings.updateProfile('at-boot-2', { label: 'Renamed in the app' });
    boot.settings.addProfile(profile('from-app'));
    boot.settings.removeProfile('from-app');
    await boot.flush();
    expect(profilesOnDisk()).toEqual([profile('at-boot-2', 'Renamed in the app'), profile('from-cli')]);
  });

  it('what the app removed stays removed, and the CLI’s edit of an account the app left alone holds', async () => {
    const { boot } = await bootApp();
    cli().updateProfile('at-boot-2', { label: 'Renamed by the CLI' });
    boot.settings.removeProfile('at-boot-1');
    await boot.flush();
    expect(profilesOnDisk()).toEqual([profile('at-boot-2', 'Renamed by the CLI')]);
  });
});
