// Accounts over the deferred settings store (issue 21): a secret goes to the keychain and its
// profile to the settings file. Whatever happens to electron-store, the keychain must never keep
// a secret whose profile will not be in the file (the user could not see or remove it any more).
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccounts } from '../../../electron/main/core/accounts/accounts';
import { createKeychain } from '../../../electron/main/core/accounts/keychain';
import type { Keychain } from '../../../electron/main/core/accounts/keychain';
import type { SettingsStoreLike } from '../../../electron/main/core/accounts/settings-repository';
import {
  defaultSettings,
  SETTINGS_FORMAT_VERSION,
} from '../../../electron/main/core/accounts/settings-schema';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare/client';
import { DEMO_TOKEN, startDemoServer } from '../../../electron/main/core/demo';
import type { DemoServer } from '../../../electron/main/core/demo';
import { openBootSettings } from '../../../electron/main/shell/settings-store';
import type { ElectronStoreConstructor } from '../../../electron/main/shell/settings-store';
import {
  keychainSuiteGate,
  probeSecretService,
  purgeService,
  storedAccounts,
  throwawayService,
} from '../../support/secret-service';
import { makeTempDir, readSettingsFile, removeDir } from '../../support/settings-helpers';

const probe = await probeSecretService();
const gate = keychainSuiteGate(probe);

describe.skipIf(gate.skip)(`accounts before and without electron-store, with the ${gate.title}`, () => {
  let demo: DemoServer;
  let dir: string;
  let keychain: Keychain;

  beforeAll(async () => {
    demo = await startDemoServer();
  });
  afterAll(async () => {
    await demo.close();
  });
  beforeEach(() => {
    demo.reset();
    dir = makeTempDir('invitray-deferred-accounts-');
    fs.writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({
        ...defaultSettings(),
        __internal__: { migrations: { version: SETTINGS_FORMAT_VERSION } },
      }),
    );
    keychain = createKeychain({ service: throwawayService() });
  });
  afterEach(async () => {
    await purgeService(keychain.service);
    removeDir(dir);
  });

  async function bootWith(loadElectronStore: () => Promise<ElectronStoreConstructor<SettingsStoreLike>>) {
    const log = { warn: vi.fn(), error: vi.fn() };
    const boot = await openBootSettings({ userDataDir: dir, freshDirectory: false, log, loadElectronStore });
    const accounts = createAccounts({
      settings: boot.settings,
      keychain,
      createApi: createCloudflareApi,
      baseUrl: () => demo.baseUrl,
    });
    return { boot, accounts, log };
  }

  it('electron-store failing to load: an account added later leaves no secret without its profile', async () => {
    const { boot, accounts } = await bootWith(() =>
      Promise.reject(new Error('Cannot find package electron-store')),
    );
    await boot.open();
    // conf could not take the profile: the add must fail as a failed conf write does (the secret
    // is removed again), not succeed in memory while the secret stays in the keychain for good.
    await expect(accounts.add({ credential: { kind: 'token', token: DEMO_TOKEN } })).rejects.toThrow(
      'could not open its settings file',
    );
    await boot.flush();
    const profilesOnDisk = readSettingsFile(dir).profiles as { id: string }[];
    const secrets = await storedAccounts(keychain.service);
    expect(secrets.sort()).toEqual(profilesOnDisk.map((profile) => profile.id).sort());
  });

  it('an account added before the store opens is on disk with its secret once it has opened', async () => {
    let open!: () => void;
    const opening = new Promise<void>((resolve) => (open = resolve));
    const { boot, accounts } = await bootWith(async () => {
      await opening;
      return Conf as unknown as ElectronStoreConstructor<SettingsStoreLike>;
    });
    const summary = await accounts.add({ credential: { kind: 'token', token: DEMO_TOKEN } });
    open();
    await boot.flush();
    expect((readSettingsFile(dir).profiles as { id: string }[]).map((p) => p.id)).toEqual([summary.id]);
    expect(await storedAccounts(keychain.service)).toEqual([summary.id]);
    expect(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).not.toContain(DEMO_TOKEN);
  });
});
