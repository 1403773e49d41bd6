// Public entry of the Cloudflare API client.
export { DEFAULT_API_BASE_URL } from './api';
export type {
  ApiFetch,
  CloudflareApi,
  CloudflareApiOptions,
  CreateCloudflareApi,
  Credential,
  VerifiedIdentity,
} from './api';
export { createCloudflareApi, DEFAULT_TIMEOUT_MS } from './client';
export { API_BASE_URL_ENV, normalizeApiBaseUrl, resolveApiBaseUrl } from './base-url';
export { effectiveStatus, withEffectiveStatus } from './effective-status';
export { parseRetryAfter, DEFAULT_RATE_LIMIT_WAIT_MS } from './error-map';
export type { InviteListing, UnreadableInvite } from './invite-list-reader';
