import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createKeychain } from '../../../electron/main/core/accounts/keychain';
import type { Keychain } from '../../../electron/main/core/accounts/keychain';
import type { Credential } from '../../../electron/main/core/cloudflare/api';
import { AppError } from '../../../electron/main/core/errors';
import {
  keychainSuiteGate,
  probeSecretService,
  storedAccounts,
  throwawayService,
} from '../../support/secret-service';

const probe = await probeSecretService();
const gate = keychainSuiteGate(probe);

const token: Credential = { kind: 'token', token: 'tok_integration_0123456789abcdef' };
const key: Credential = { kind: 'global-key', email: 'alice@example.com', key: 'k'.repeat(37) };

describe.skipIf(gate.skip)(`keychain: ${gate.title}`, () => {
  const written: { keychain: Keychain; profileId: string }[] = [];
  const services = new Set<string>();

  function trackedKeychain(): Keychain {
    const keychain = createKeychain({ service: throwawayService() });
    services.add(keychain.service);
    return {
      service: keychain.service,
      get: (id) => keychain.get(id),
      delete: (id) => keychain.delete(id),
      async set(id, credential) {
        await keychain.set(id, credential);
        written.push({ keychain, profileId: id });
      },
    };
  }

  afterEach(async () => {
    await Promise.all(written.splice(0).map(({ keychain, profileId }) => keychain.delete(profileId)));
  });

  afterAll(async () => {
    // Safe on a developer's own keychain: nothing written by this suite survives it.
    for (const service of services) expect(await storedAccounts(service)).toEqual([]);
  });

  it('has a usable Secret Service', () => {
    expect(probe).toEqual({ ok: true });
  });

  it('stores, reads, replaces and deletes a credential per profile id', async () => {
    const keychain = trackedKeychain();
    expect(await keychain.get('p1')).toBeNull();
    await keychain.set('p1', token);
    await keychain.set('p2', key);
    expect(await keychain.get('p1')).toEqual(token);
    expect(await keychain.get('p2')).toEqual(key);
    await keychain.set('p1', key);
    expect(await keychain.get('p1')).toEqual(key);
    expect(await keychain.delete('p1')).toBe(true);
    expect(await keychain.get('p1')).toBeNull();
    expect(await keychain.delete('p1')).toBe(false);
    expect(await keychain.get('p2')).toEqual(key);
  });

  it('keeps services apart', async () => {
    const a = trackedKeychain();
    const b = trackedKeychain();
    await a.set('same-id', token);
    expect(await b.get('same-id')).toBeNull();
    expect(await a.get('same-id')).toEqual(token);
  });

  it('defaults the service to Invitray without touching it', () => {
    expect(createKeychain().service).toBe('Invitray');
  });

  it('refuses account names that are not profile ids', async () => {
    const keychain = trackedKeychain();
    await expect(keychain.get('../other')).rejects.toMatchObject({ kind: 'invalid-request' });
    await expect(keychain.set('', token)).rejects.toBeInstanceOf(AppError);
  });
});
