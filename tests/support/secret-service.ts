import { randomUUID } from 'node:crypto';
import { createKeychain } from '../../electron/main/core/accounts/keychain';
import { isAppError } from '../../electron/main/core/errors';

/** A service name no real install uses, so tests never see or touch the app's own entries. */
export function throwawayService(): string {
  return `Invitray-test-${randomUUID()}`;
}

export type SecretServiceProbe = { ok: true } | { ok: false; reason: string };

/**
 * Writes, reads and deletes one entry: a Secret Service that answers reads but
 * has a locked collection would otherwise pass a read-only probe.
 */
export async function probeSecretService(): Promise<SecretServiceProbe> {
  const keychain = createKeychain({ service: throwawayService() });
  try {
    await keychain.set('probe', { kind: 'token', token: 'probe-not-a-secret' });
    const read = await keychain.get('probe');
    await keychain.delete('probe');
    return read === null ? { ok: false, reason: 'the keychain did not keep a written entry' } : { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, reason: error.message };
    throw error;
  }
}

/**
 * Keychain suites run against the real Secret Service. Without one they are
 * skipped on a developer machine (the reason is in the suite name) and fail in CI,
 * where `npm test` always starts one — unless the runner found it cannot
 * (scripts/test-keyring.mjs: tools missing), which is a skip with the reason and
 * the install line wherever it happens.
 */
export function keychainSuiteGate(
  probe: SecretServiceProbe,
  env: NodeJS.ProcessEnv = process.env,
): { skip: boolean; title: string } {
  if (probe.ok) return { skip: false, title: 'real Secret Service' };
  const cannotStart = env.INVITRAY_KEYCHAIN_SKIP_REASON;
  if (cannotStart) return { skip: true, title: `real Secret Service — SKIPPED: ${cannotStart}` };
  const inCi = Boolean(env.CI);
  const verdict = inCi ? 'FAILING in CI' : 'skipped';
  return { skip: !inCi, title: `real Secret Service — ${verdict}: no usable keychain (${probe.reason})` };
}

interface KeytarForTests {
  findCredentials(service: string): Promise<{ account: string; password: string }[]>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

async function keytarForTests(): Promise<KeytarForTests> {
  const module: KeytarForTests & { default?: KeytarForTests } = await import('keytar');
  return module.default ?? module;
}

/** Account names stored under a test service, read straight from keytar (not through the code under test). */
export async function storedAccounts(service: string): Promise<string[]> {
  const keytar = await keytarForTests();
  return (await keytar.findCredentials(service)).map((entry) => entry.account).sort();
}

/** Deletes everything a test left under its throwaway service. */
export async function purgeService(service: string): Promise<void> {
  const keytar = await keytarForTests();
  for (const account of await storedAccounts(service)) await keytar.deletePassword(service, account);
}
