import type { Invite, InviteResponse } from '../../../shared/types';

export const DEFAULT_API_BASE_URL = 'https://api.cloudflare.com/client/v4';

/** Exactly one credential is ever sent: the one the profile was created with. */
export type Credential =
  { kind: 'token'; token: string } | { kind: 'global-key'; email: string; key: string };

export interface VerifiedIdentity {
  /** The account email when the API tells it (Global API key logins). */
  email?: string;
}

/**
 * What the rest of the core needs from Cloudflare. Every method rejects with an
 * AppError (see ../errors.ts) and never with a raw SDK or network error.
 */
export interface CloudflareApi {
  listInvites(signal?: AbortSignal): Promise<Invite[]>;
  getInvite(inviteId: string, signal?: AbortSignal): Promise<Invite>;
  respond(inviteId: string, response: InviteResponse, signal?: AbortSignal): Promise<Invite>;
  verifyCredentials(signal?: AbortSignal): Promise<VerifiedIdentity>;
}

export interface CloudflareApiOptions {
  credential: Credential;
  /** Defaults to DEFAULT_API_BASE_URL; the demo API and tests point it elsewhere. */
  baseUrl?: string;
  /** Per request; default 15 s. */
  timeoutMs?: number;
  /** Clock used for effective status and Retry-After; injectable for tests. */
  now?: () => number;
}

export type CreateCloudflareApi = (options: CloudflareApiOptions) => CloudflareApi;
