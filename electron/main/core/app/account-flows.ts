import type { CredentialInput } from '../../../shared/ipc-contract';
import type { ProfileSummary } from '../../../shared/types';
import type { Accounts } from '../accounts/accounts';
import type { CloudflareApi, CreateCloudflareApi } from '../cloudflare/api';
import type { SyncEngine } from '../sync';
import { isDemoCredential, type DemoAccess } from './demo-access';
import type { CoreLog } from './types';
import type { Notifier } from './notifier';

export const DEMO_PROFILE_LABEL = 'Demo account';

export interface ProfileApiDeps {
  accounts: Pick<Accounts, 'credentialFor'>;
  demo: DemoAccess;
  createApi: CreateCloudflareApi;
  apiBaseUrl: string;
}

/**
 * The API for one profile, built per request from the keychain, so a replaced credential
 * is used at once. Demo logins go to the demo API, everything else to apiBaseUrl.
 */
export function createProfileApi(deps: ProfileApiDeps): (profileId: string) => Promise<CloudflareApi> {
  return async (profileId) => {
    const credential = await deps.accounts.credentialFor(profileId);
    const baseUrl = isDemoCredential(credential) ? (await deps.demo.endpoint()).baseUrl : deps.apiBaseUrl;
    return deps.createApi({ credential, baseUrl });
  };
}

export interface AccountFlowsDeps {
  accounts: Accounts;
  engine: SyncEngine;
  notifier: Notifier;
  demo: DemoAccess;
  log: CoreLog;
}

/** Account changes, each followed by what it means for syncing and notifications. */
export function createAccountFlows(deps: AccountFlowsDeps) {
  const { accounts, engine, notifier, log } = deps;

  function syncProfiles(): void {
    engine.setProfiles(accounts.list());
  }

  async function added(summary: ProfileSummary): Promise<ProfileSummary> {
    // What the first list finds, the user is about to see in the window: no notification burst.
    notifier.quietFirstList(summary.id);
    syncProfiles();
    log.info(`Account ${summary.id} added (${summary.authKind})`);
    return summary;
  }

  return {
    syncProfiles,

    async add(label: string | undefined, credential: CredentialInput): Promise<ProfileSummary> {
      return added(await accounts.add({ ...(label === undefined ? {} : { label }), credential }));
    },

    async updateCredential(profileId: string, credential: CredentialInput): Promise<ProfileSummary> {
      const summary = await accounts.updateCredential(profileId, credential);
      syncProfiles();
      engine.credentialsChanged(profileId);
      log.info(`Account ${profileId} has a new credential (${summary.authKind})`);
      return summary;
    },

    async remove(profileId: string): Promise<void> {
      await accounts.remove(profileId);
      notifier.forget(profileId);
      syncProfiles();
      log.info(`Account ${profileId} removed`);
    },

    async tryDemo(): Promise<ProfileSummary> {
      for (const profile of accounts.list()) {
        // A profile whose secret cannot be read is not the demo one; its own sync reports why.
        const credential = await accounts.credentialFor(profile.id).catch(() => null);
        if (credential && isDemoCredential(credential)) return profile;
      }
      const demo = await deps.demo.endpoint();
      const input = { label: DEMO_PROFILE_LABEL, credential: demo.credential };
      return added(await accounts.add(input, { baseUrl: demo.baseUrl, vouched: true }));
    },
  };
}
