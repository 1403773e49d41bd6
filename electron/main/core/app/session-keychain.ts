import { profileIdSchema } from '../../../shared/ipc-contract';
import type { Keychain } from '../accounts/keychain';
import type { Credential } from '../cloudflare/api';
import { AppError, sentence } from '../errors';

/**
 * Credentials kept in memory for one run, never written anywhere. Only for demo mode
 * (`npm run demo`), whose credentials are public and which must run without a keychain;
 * real logins always go to the OS keychain.
 */
export function createSessionKeychain(service = 'Invitray demo session'): Keychain {
  const entries = new Map<string, Credential>();
  const check = (profileId: string) => {
    if (!profileIdSchema.safeParse(profileId).success)
      throw new AppError('invalid-request', sentence('error.invalidAccountId'));
  };
  return {
    service,
    async get(profileId) {
      check(profileId);
      return entries.get(profileId) ?? null;
    },
    async set(profileId, credential) {
      check(profileId);
      entries.set(profileId, { ...credential });
    },
    async delete(profileId) {
      check(profileId);
      return entries.delete(profileId);
    },
  };
}
