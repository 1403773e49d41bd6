import type { Invite, InviteResponse } from '../../../shared/types';
import type { InviteListing } from './invite-list-reader';
import type { MembershipCalls } from './memberships';

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
export interface CloudflareApi extends MembershipCalls {
  /**
   * Every invitation that could be read, and where the others failed (see invite-list-reader.ts).
   * Given the `previous` listing, returns that very object when Cloudflare's answer is the same text.
   */
  listInvites(signal?: AbortSignal, previous?: InviteListing): Promise<InviteListing>;
  getInvite(inviteId: string, signal?: AbortSignal): Promise<Invite>;
  respond(inviteId: string, response: InviteResponse, signal?: AbortSignal): Promise<Invite>;
  verifyCredentials(signal?: AbortSignal): Promise<VerifiedIdentity>;
  /**
   * Whether the signed-in user has two-factor authentication on (GET /user); null when
   * Cloudflare's answer does not say. A token without "User Details Read" gets missing-permission.
   */
  twoFactorEnabled(signal?: AbortSignal): Promise<boolean | null>;
}

export interface CloudflareApiOptions {
  credential: Credential;
  /** Defaults to DEFAULT_API_BASE_URL; the demo API and tests point it elsewhere. */
  baseUrl?: string;
  /** Per request; default 15 s. */
  timeoutMs?: number;
  /** Clock used for effective status and Retry-After; injectable for tests. */
  now?: () => number;
  /**
   * How requests reach the network. Default: Node's global fetch (the CLI, tests); the
   * app passes Electron's net.fetch (system proxy, PAC, OS trust store) from its boot list.
   */
  fetch?: ApiFetch;
  /** Where to note invitations set aside as unreadable (field path only, never the value). */
  log?: { warn(message: string): void };
}

/** The one thing the client needs from a network stack: fetch's own signature. */
export type ApiFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export type CreateCloudflareApi = (options: CloudflareApiOptions) => CloudflareApi;
