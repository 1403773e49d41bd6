import { randomUUID } from 'node:crypto';
import {
  credentialInputSchema,
  globalKeyCredentialSchema,
  tokenCredentialSchema,
} from '../../../shared/ipc-contract';
import type { ProfileSummary } from '../../../shared/types';
import type { CloudflareApi, CreateCloudflareApi, Credential } from '../cloudflare/api';
import { AppError, sentence } from '../errors';
import type { Keychain } from './keychain';
import { maskEmail } from './mask-email';
import type { SettingsRepository } from './settings-repository';
import type { StoredProfile } from './settings-schema';

export const DEFAULT_PROFILE_LABEL = 'Cloudflare account';
const MAX_LABEL_LENGTH = 80;

export interface AddAccountInput {
  /** Blank or missing: the masked email, or DEFAULT_PROFILE_LABEL. */
  label?: string;
  /** Checked here again (credentialInputSchema), whatever the caller validated. */
  credential: unknown;
}

export interface VerifyOptions {
  signal?: AbortSignal;
  /** Overrides `deps.baseUrl()` for this call. */
  baseUrl?: string;
  /**
   * The caller vouches for the credential (only the app's own demo API, whose token it made):
   * its form is still checked, but no request asks the server. A normal boot never verifies, so
   * demo mode asking its in-process server first only delayed the demo's first count.
   */
  vouched?: boolean;
}

export interface Accounts {
  list(): ProfileSummary[];
  /** Verifies the credential with Cloudflare, then stores the secret, then the profile. */
  add(input: AddAccountInput, options?: VerifyOptions): Promise<ProfileSummary>;
  /** Verifies, then replaces the stored secret (the auth kind may change). */
  updateCredential(profileId: string, credential: unknown, options?: VerifyOptions): Promise<ProfileSummary>;
  /** Deletes the secret, then the profile; a secret that is already gone is fine. */
  remove(profileId: string): Promise<void>;
  credentialFor(profileId: string): Promise<Credential>;
  apiFor(profileId: string, baseUrl?: string): Promise<CloudflareApi>;
}

export interface AccountsDeps {
  settings: Pick<
    SettingsRepository,
    'listProfiles' | 'getProfile' | 'addProfile' | 'updateProfile' | 'removeProfile' | 'getApiBaseUrl'
  >;
  keychain: Keychain;
  createApi: CreateCloudflareApi;
  /**
   * The API base URL when a call does not pass one. Default: the apiBaseUrl
   * setting; undefined lets the API client use Cloudflare's.
   */
  baseUrl?: () => string | undefined;
}

export function createAccounts(deps: AccountsDeps): Accounts {
  const resolveBaseUrl = deps.baseUrl ?? (() => deps.settings.getApiBaseUrl() ?? undefined);

  function api(credential: Credential, baseUrl: string | undefined): CloudflareApi {
    const url = baseUrl ?? resolveBaseUrl();
    return deps.createApi(url === undefined ? { credential } : { credential, baseUrl: url });
  }

  async function verify(credentialInput: unknown, options: VerifyOptions) {
    const credential = parseCredentialInput(credentialInput);
    const identity =
      options.vouched === true
        ? {}
        : await api(credential, options.baseUrl).verifyCredentials(options.signal);
    // A key login's email is the one the user typed (and Cloudflare accepted); tokens carry none.
    const email = credential.kind === 'global-key' ? credential.email : identity.email;
    return { credential, email };
  }

  function existingProfile(profileId: string): StoredProfile {
    const profile = deps.settings.getProfile(profileId);
    if (profile === undefined) throw new AppError('invalid-request', sentence('error.accountGone'));
    return profile;
  }

  async function credentialFor(profileId: string): Promise<Credential> {
    const profile = existingProfile(profileId);
    const credential = await deps.keychain.get(profileId);
    if (credential === null) {
      throw new AppError('signed-out', sentence('error.credentialMissing', { label: profile.label }));
    }
    return credential;
  }

  return {
    list: () => deps.settings.listProfiles().map(toSummary),

    async add(input, options = {}) {
      const { credential, email } = await verify(input.credential, options);
      const wanted =
        cleanLabel(input.label) ?? (email === undefined ? DEFAULT_PROFILE_LABEL : maskEmail(email));
      const profile: StoredProfile = {
        id: randomUUID(),
        label: uniqueLabel(wanted, deps.settings.listProfiles()),
        authKind: credential.kind,
        ...(email === undefined ? {} : { email }),
      };
      await deps.keychain.set(profile.id, credential);
      try {
        deps.settings.addProfile(profile);
      } catch (error) {
        // No profile was saved, so its secret must not stay behind in the keychain.
        await deps.keychain.delete(profile.id).catch((cleanupError: unknown) => {
          throw new AggregateError(
            [error, cleanupError],
            'Saving the account failed, and so did removing its secret.',
          );
        });
        throw error;
      }
      return toSummary(profile);
    },

    async updateCredential(profileId, credentialInput, options = {}) {
      existingProfile(profileId);
      const { credential, email } = await verify(credentialInput, options);
      // Removed while Cloudflare was answering: storing the secret now would orphan it.
      existingProfile(profileId);
      await deps.keychain.set(profileId, credential);
      return toSummary(deps.settings.updateProfile(profileId, { authKind: credential.kind, email }));
    },

    async remove(profileId) {
      // Secret first: if the keychain is unavailable the profile stays, so the user can retry
      // instead of leaving an orphaned secret behind.
      await deps.keychain.delete(profileId);
      deps.settings.removeProfile(profileId);
    },

    credentialFor,

    async apiFor(profileId, baseUrl) {
      return api(await credentialFor(profileId), baseUrl);
    },
  };
}

export function toSummary(profile: StoredProfile): ProfileSummary {
  const summary: ProfileSummary = { id: profile.id, label: profile.label, authKind: profile.authKind };
  return profile.email === undefined ? summary : { ...summary, maskedEmail: maskEmail(profile.email) };
}

function parseCredentialInput(input: unknown): Credential {
  // The union would build both forms (the email check too) to pick one by `kind`; picking it
  // here builds only the one given. The option's issues are the union's, so the message names
  // the same fields.
  const kind = (input as { kind?: unknown } | null)?.kind;
  const schema =
    kind === 'token'
      ? tokenCredentialSchema
      : kind === 'global-key'
        ? globalKeyCredentialSchema
        : credentialInputSchema;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // Paths and rule names only: zod's messages never quote the value, and the value may be a secret.
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'credential'))].join(
    ', ',
  );
  throw new AppError('invalid-request', sentence('error.checkCredential', { fields }));
}

function cleanLabel(label: string | undefined): string | undefined {
  const trimmed = label?.replace(/\s+/g, ' ').trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed.slice(0, MAX_LABEL_LENGTH);
}

/** "Work", "Work (2)", …: labels are how the user tells accounts apart in menus. */
export function uniqueLabel(wanted: string, profiles: readonly StoredProfile[]): string {
  const taken = new Set(profiles.map((profile) => profile.label.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${wanted.slice(0, MAX_LABEL_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
