import { profileIdSchema } from '../../../shared/ipc-contract';
import type { Credential } from '../cloudflare/api';
import { AppError, sentence } from '../errors';
import { keychainUnavailable } from './keychain-errors';
import type { KeychainOperation } from './keychain-errors';

export const DEFAULT_KEYCHAIN_SERVICE = 'Invitray';

/** Credentials in the OS keychain: one entry per profile (service = app, account = profile id). */
export interface Keychain {
  readonly service: string;
  /** null when nothing is stored for the profile. */
  get(profileId: string): Promise<Credential | null>;
  set(profileId: string, credential: Credential): Promise<void>;
  /** Resolves false when there was nothing to delete. */
  delete(profileId: string): Promise<boolean>;
}

export interface KeychainOptions {
  /** Tests use a throwaway name so they never touch the real app's entries. */
  service?: string;
  /** Picks the advice in error messages. */
  platform?: NodeJS.Platform;
}

interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/**
 * keytar is imported on first use, not at startup: if its native module is
 * missing or built for another ABI, that becomes a 'keychain-unavailable'
 * error the user can read instead of a crash at boot. There is deliberately no
 * plaintext fallback.
 */
export function createKeychain(options: KeychainOptions = {}): Keychain {
  const service = options.service ?? DEFAULT_KEYCHAIN_SERVICE;
  const platform = options.platform ?? process.platform;
  let loading: Promise<Keytar> | null = null;

  async function keytar(): Promise<Keytar> {
    // keytar is CommonJS; Node's ESM view of it only exposes everything on `default`.
    loading ??= import('keytar').then((module: Keytar & { default?: Keytar }) => module.default ?? module);
    try {
      return await loading;
    } catch (error) {
      loading = null;
      throw keychainUnavailable('load', error, platform);
    }
  }

  async function run<T>(operation: KeychainOperation, profileId: string, call: (k: Keytar) => Promise<T>) {
    if (!profileIdSchema.safeParse(profileId).success) {
      throw new AppError('invalid-request', sentence('error.invalidAccountId'));
    }
    const k = await keytar();
    try {
      return await call(k);
    } catch (error) {
      throw keychainUnavailable(operation, error, platform);
    }
  }

  return {
    service,
    async get(profileId) {
      const stored = await run('read', profileId, (k) => k.getPassword(service, profileId));
      return stored === null ? null : parseCredential(stored);
    },
    async set(profileId, credential) {
      const secret = serializeCredential(credential);
      await run('save', profileId, (k) => k.setPassword(service, profileId, secret));
    },
    async delete(profileId) {
      return run('delete', profileId, (k) => k.deletePassword(service, profileId));
    },
  };
}

/** The keychain entry's value: the credential as JSON, so a key login keeps its email beside the key. */
export function serializeCredential(credential: Credential): string {
  return credential.kind === 'token'
    ? JSON.stringify({ kind: 'token', token: credential.token })
    : JSON.stringify({ kind: 'global-key', email: credential.email, key: credential.key });
}

export function parseCredential(stored: string): Credential {
  const unreadable = () => new AppError('signed-out', sentence('error.credentialUnreadable'));
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    // The parse error would quote the stored secret: report only that it is unreadable.
    throw unreadable();
  }
  if (typeof value !== 'object' || value === null) throw unreadable();
  const record = value as Record<string, unknown>;
  if (record.kind === 'token' && isFilled(record.token)) return { kind: 'token', token: record.token };
  if (record.kind === 'global-key' && isFilled(record.email) && isFilled(record.key)) {
    return { kind: 'global-key', email: record.email, key: record.key };
  }
  throw unreadable();
}

function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
