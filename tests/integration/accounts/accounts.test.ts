import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccounts } from '../../../electron/main/core/accounts/accounts';
import type { Accounts } from '../../../electron/main/core/accounts/accounts';
import { createKeychain } from '../../../electron/main/core/accounts/keychain';
import type { Keychain } from '../../../electron/main/core/accounts/keychain';
import type { SettingsRepository } from '../../../electron/main/core/accounts/settings-repository';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare/client';
import {
  DEMO_CREDENTIALS,
  DEMO_EMAIL,
  DEMO_GLOBAL_KEY,
  DEMO_TOKEN,
  startDemoServer,
} from '../../../electron/main/core/demo';
import type { DemoServer } from '../../../electron/main/core/demo';
import {
  keychainSuiteGate,
  probeSecretService,
  purgeService,
  storedAccounts,
  throwawayService,
} from '../../support/secret-service';
import { makeTempDir, openInDir, removeDir } from '../../support/settings-helpers';

const probe = await probeSecretService();
const gate = keychainSuiteGate(probe);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UNKNOWN_TOKEN = 'tok_not_known_to_the_demo_0123456789abcd';

describe.skipIf(gate.skip)(`accounts with the demo API, conf files and the ${gate.title}`, () => {
  let demo: DemoServer;
  let dir: string;
  let keychain: Keychain;
  let settings: SettingsRepository;
  let accounts: Accounts;

  beforeAll(async () => {
    demo = await startDemoServer();
  });
  afterAll(async () => {
    await demo.close();
  });

  beforeEach(() => {
    demo.reset();
    dir = makeTempDir();
    keychain = createKeychain({ service: throwawayService() });
    settings = openInDir(dir).settings;
    accounts = createAccounts({
      settings,
      keychain,
      createApi: createCloudflareApi,
      baseUrl: () => demo.baseUrl,
    });
  });
  afterEach(async () => {
    await purgeService(keychain.service);
    removeDir(dir);
  });

  const settingsText = () => fs.readFileSync(settings.filePath, 'utf8');

  it('adds a token profile only after Cloudflare verified it', async () => {
    const summary = await accounts.add({
      label: '  Work  ',
      credential: { kind: 'token', token: DEMO_TOKEN },
    });
    expect(summary).toEqual({ id: expect.stringMatching(UUID), label: 'Work', authKind: 'token' });
    expect(accounts.list()).toEqual([summary]);
    expect(await keychain.get(summary.id)).toEqual(DEMO_CREDENTIALS.token);
    expect(await accounts.credentialFor(summary.id)).toEqual(DEMO_CREDENTIALS.token);
    expect(demo.requestLog().map((entry) => [entry.method, entry.path, entry.authHeaders])).toEqual([
      ['GET', '/client/v4/user/tokens/verify', ['authorization']],
    ]);
    expect(settingsText()).not.toContain(DEMO_TOKEN);
  });

  it('a vouched credential — the demo API token — is stored without asking, but its form is still checked', async () => {
    const summary = await accounts.add(
      { credential: { kind: 'token', token: DEMO_TOKEN } },
      { vouched: true },
    );
    expect(await keychain.get(summary.id)).toEqual(DEMO_CREDENTIALS.token);
    await expect(
      accounts.add({ credential: { kind: 'token', token: 'short' } }, { vouched: true }),
    ).rejects.toMatchObject({ kind: 'invalid-request' });
    expect(accounts.list()).toEqual([summary]);
    expect(demo.requestLog()).toEqual([]);
  });

  it('adds a Global API key profile with a masked email, and keeps the key out of the file', async () => {
    const summary = await accounts.add({ credential: DEMO_CREDENTIALS.globalKey });
    expect(summary).toEqual({
      id: expect.stringMatching(UUID),
      label: 'd***@example.com',
      authKind: 'global-key',
      maskedEmail: 'd***@example.com',
    });
    expect(JSON.stringify(accounts.list())).not.toContain(DEMO_EMAIL);
    expect(await keychain.get(summary.id)).toEqual(DEMO_CREDENTIALS.globalKey);
    expect(settings.getProfile(summary.id)?.email).toBe(DEMO_EMAIL);
    expect(demo.requestLog().map((entry) => [entry.path, entry.authHeaders])).toEqual([
      ['/client/v4/user', ['x-auth-email', 'x-auth-key']],
    ]);
    expect(settingsText()).not.toContain(DEMO_GLOBAL_KEY);
  });

  it.each([
    ['an unknown token', { kind: 'token', token: UNKNOWN_TOKEN }, 'bad-credentials'],
    ['a revoked token', DEMO_CREDENTIALS.revokedToken, 'bad-credentials'],
    ['a wrong key', { kind: 'global-key', email: DEMO_EMAIL, key: 'f'.repeat(37) }, 'bad-credentials'],
    [
      'a key with the wrong email',
      { kind: 'global-key', email: 'x@example.com', key: DEMO_GLOBAL_KEY },
      'bad-credentials',
    ],
  ])('refuses %s and stores nothing', async (_name, credential, kind) => {
    await expect(accounts.add({ label: 'Work', credential })).rejects.toMatchObject({ kind });
    expect(accounts.list()).toEqual([]);
    expect(await storedAccounts(keychain.service)).toEqual([]);
    expect(demo.requestLog()).toHaveLength(1);
  });

  it('stores nothing when Cloudflare cannot be reached to verify', async () => {
    demo.failNext(1, 500);
    await expect(accounts.add({ credential: DEMO_CREDENTIALS.token })).rejects.toMatchObject({
      kind: 'server-error',
    });
    expect(accounts.list()).toEqual([]);
    expect(await storedAccounts(keychain.service)).toEqual([]);
  });

  it.each([
    { kind: 'token', token: 'short' },
    { kind: 'token', token: `${DEMO_TOKEN} with spaces` },
    { kind: 'global-key', email: 'not-an-email', key: DEMO_GLOBAL_KEY },
    { kind: 'password', password: DEMO_TOKEN },
    { kind: 'token', token: DEMO_TOKEN, key: DEMO_GLOBAL_KEY },
    null,
  ])('refuses malformed credential %# before any request, without echoing it', async (credential) => {
    const rejection = accounts.add({ credential });
    await expect(rejection).rejects.toMatchObject({ kind: 'invalid-request' });
    const message = await rejection.catch((error: Error) => error.message);
    expect(message).not.toContain(DEMO_TOKEN);
    expect(message).not.toContain(DEMO_GLOBAL_KEY);
    expect(demo.requestLog()).toEqual([]);
    expect(accounts.list()).toEqual([]);
  });

  it('keeps labels distinct and falls back to a generic one', async () => {
    const work = await accounts.add({ label: 'Work', credential: DEMO_CREDENTIALS.token });
    const again = await accounts.add({ label: 'work', credential: DEMO_CREDENTIALS.readOnlyToken });
    const blank = await accounts.add({ label: '   ', credential: DEMO_CREDENTIALS.token });
    expect([work.label, again.label, blank.label]).toEqual(['Work', 'work (2)', 'Cloudflare account']);
    expect(new Set([work.id, again.id, blank.id]).size).toBe(3);
    expect(await storedAccounts(keychain.service)).toEqual([work.id, again.id, blank.id].sort());
  });

  it('remove deletes the secret and the profile, and tolerates a missing secret', async () => {
    const kept = await accounts.add({ label: 'Kept', credential: DEMO_CREDENTIALS.token });
    const gone = await accounts.add({ label: 'Gone', credential: DEMO_CREDENTIALS.globalKey });
    await accounts.remove(gone.id);
    expect(accounts.list().map((profile) => profile.id)).toEqual([kept.id]);
    expect(await storedAccounts(keychain.service)).toEqual([kept.id]);
    await accounts.remove(gone.id);

    await keychain.delete(kept.id);
    await accounts.remove(kept.id);
    expect(accounts.list()).toEqual([]);
    expect(openInDir(dir).settings.listProfiles()).toEqual([]);
  });

  it('asks to sign in again when the secret is missing from the keychain', async () => {
    const profile = await accounts.add({ label: 'Work', credential: DEMO_CREDENTIALS.token });
    await keychain.delete(profile.id);
    const failure = accounts.credentialFor(profile.id);
    await expect(failure).rejects.toMatchObject({
      kind: 'signed-out',
      message: expect.stringMatching(/Sign in again/),
    });
    await expect(accounts.apiFor(profile.id)).rejects.toMatchObject({ kind: 'signed-out' });
    await expect(accounts.credentialFor('no-such-profile')).rejects.toMatchObject({
      kind: 'invalid-request',
    });
  });

  it('replaces a credential only after verifying the new one', async () => {
    const profile = await accounts.add({ label: 'Work', credential: DEMO_CREDENTIALS.token });
    await expect(
      accounts.updateCredential(profile.id, { kind: 'token', token: UNKNOWN_TOKEN }),
    ).rejects.toMatchObject({ kind: 'bad-credentials' });
    expect(await keychain.get(profile.id)).toEqual(DEMO_CREDENTIALS.token);

    const updated = await accounts.updateCredential(profile.id, DEMO_CREDENTIALS.globalKey);
    expect(updated).toEqual({ ...profile, authKind: 'global-key', maskedEmail: 'd***@example.com' });
    expect(await keychain.get(profile.id)).toEqual(DEMO_CREDENTIALS.globalKey);
    expect(await storedAccounts(keychain.service)).toEqual([profile.id]);

    const back = await accounts.updateCredential(profile.id, DEMO_CREDENTIALS.token);
    expect(back).toEqual(profile);
    expect(settings.getProfile(profile.id)).toEqual({ id: profile.id, label: 'Work', authKind: 'token' });
    await expect(accounts.updateCredential('no-such-profile', DEMO_CREDENTIALS.token)).rejects.toMatchObject({
      kind: 'invalid-request',
    });
  });

  it('gives an API bound to the profile credential and the chosen base URL', async () => {
    const profile = await accounts.add({ label: 'Key', credential: DEMO_CREDENTIALS.globalKey });
    demo.clearRequestLog();
    const { invites } = await (await accounts.apiFor(profile.id)).listInvites();
    expect(invites.length).toBeGreaterThan(0);
    expect(demo.requestLog().map((entry) => [entry.path, entry.principal])).toEqual([
      ['/client/v4/user/invites', 'demo-global-key'],
    ]);
    const elsewhere = await accounts.apiFor(profile.id, 'http://127.0.0.1:9/client/v4');
    await expect(elsewhere.listInvites()).rejects.toMatchObject({ kind: 'offline' });
  });

  it('never writes a secret into the settings file', async () => {
    await accounts.add({ label: 'Token', credential: DEMO_CREDENTIALS.token });
    await accounts.add({ label: 'Key', credential: DEMO_CREDENTIALS.globalKey });
    const profile = await accounts.add({ label: 'Swapped', credential: DEMO_CREDENTIALS.readOnlyToken });
    await accounts.updateCredential(profile.id, DEMO_CREDENTIALS.token);
    const text = settingsText();
    for (const secret of [DEMO_TOKEN, DEMO_GLOBAL_KEY, DEMO_CREDENTIALS.readOnlyToken.token]) {
      expect(text).not.toContain(secret);
    }
    expect(JSON.parse(text).profiles).toHaveLength(3);
  });
});
