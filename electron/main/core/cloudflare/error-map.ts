import type { AuthKind, CloudflareMessage } from '../../../shared/types';
import { AppError } from '../errors';
import { classifyNetworkFailure, networkFailureError } from './network-failure';
import { extractCloudflareErrors } from './schemas';

export type ApiOperation = 'list-invites' | 'get-invite' | 'respond' | 'verify-credentials';

export interface FailureContext {
  operation: ApiOperation;
  credentialKind: AuthKind;
  nowMs: number;
}

/** Cloudflare's codes for a missing, malformed, unknown or revoked credential. */
export const AUTH_ERROR_CODES: ReadonlySet<number> = new Set([
  1000, 6003, 6100, 6101, 6102, 6103, 6111, 9103, 9106, 9109, 10000, 10001,
]);
// 9109 means both "Invalid access token" and "Unauthorized to access requested
// resource"; the second is what a valid token without the permission gets.
const PERMISSION_MESSAGE = /unauthorized to access requested resource/i;
const ALREADY_ANSWERED_MESSAGE =
  /already (been )?(accepted|rejected|answered|responded)|no longer pending|not pending|(has|is) expired/i;
const ALREADY_ANSWERED_STATUSES: ReadonlySet<number> = new Set([400, 409, 410, 422]);

export const DEFAULT_RATE_LIMIT_WAIT_MS = 5 * 60_000;

/** Retry-After is either delay-seconds or an HTTP date; without one Cloudflare blocks for about 5 minutes. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number {
  const text = value?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(text)) return nowMs + Math.ceil(Number(text) * 1000);
  // Every HTTP date form carries a time of day; without one, Date.parse would read "-5" as a year.
  const date = /\d:\d\d/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isFinite(date)) return Math.max(nowMs, date);
  return nowMs + DEFAULT_RATE_LIMIT_WAIT_MS;
}

export function mapHttpFailure(
  status: number,
  body: unknown,
  retryAfter: string | null,
  context: FailureContext,
): AppError {
  // Redacted of the credential on the way out of the client (redact-errors.ts), like every error.
  const cloudflareErrors = extractCloudflareErrors(body);
  const extra = { status, cloudflareErrors };
  const codes = cloudflareErrors.map((error) => error.code);
  const authCode = codes.some((code) => AUTH_ERROR_CODES.has(code));
  const lacksPermission = cloudflareErrors.some(
    (error) => error.code === 9109 && PERMISSION_MESSAGE.test(error.message),
  );

  if (status === 429) {
    const retryAt = parseRetryAfter(retryAfter, context.nowMs);
    const minutes = Math.max(1, Math.ceil((retryAt - context.nowMs) / 60_000));
    return new AppError(
      'rate-limited',
      `Cloudflare is limiting requests from this login. Invitray will try again in about ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { ...extra, retryAt },
    );
  }
  if (status >= 500) {
    return new AppError(
      'server-error',
      `Cloudflare had a problem (HTTP ${status}). Invitray will retry; if it persists, check cloudflarestatus.com.`,
      extra,
    );
  }
  if (status === 403 && lacksPermission) return missingPermission(context, extra);
  if (status === 401 || ((status === 400 || status === 403) && authCode)) {
    return new AppError('bad-credentials', badCredentialsMessage(context.credentialKind), extra);
  }
  if (status === 403) return missingPermission(context, extra);
  if (status === 404) return new AppError('not-found', notFoundMessage(context.operation), extra);
  if (
    context.operation === 'respond' &&
    ALREADY_ANSWERED_STATUSES.has(status) &&
    cloudflareErrors.some((error) => ALREADY_ANSWERED_MESSAGE.test(error.message))
  ) {
    return new AppError(
      'already-answered',
      'This invitation was already answered or has expired. Refresh to see where it stands.',
      extra,
    );
  }
  if (status >= 400) {
    return new AppError(
      'invalid-request',
      `Cloudflare refused the request (HTTP ${status}). See the details below; updating Invitray may help.`,
      extra,
    );
  }
  return invalidResponse(`an unexpected HTTP status ${status}`, extra);
}

/** A 200 whose body is not JSON, does not match the schema, or says success:false. */
export function invalidResponse(
  detail: string,
  extra: { status?: number; cloudflareErrors?: CloudflareMessage[]; cause?: unknown } = {},
): AppError {
  return new AppError(
    'invalid-response',
    `Cloudflare sent a response Invitray could not understand (${detail}). Invitray will retry; if this persists, update Invitray.`,
    extra,
  );
}

export type TransportFailure = 'timeout' | 'cancelled' | 'network';

export function mapTransportFailure(failure: TransportFailure, timeoutMs: number, cause: unknown): AppError {
  if (failure === 'timeout') {
    const seconds = Math.round(timeoutMs / 100) / 10;
    return new AppError(
      'offline',
      `Cloudflare did not answer within ${seconds} seconds (timed out). Check your internet connection; Invitray will retry.`,
      { cause },
    );
  }
  if (failure === 'cancelled') {
    return new AppError('offline', 'The request to Cloudflare was cancelled before it finished.', { cause });
  }
  const network = classifyNetworkFailure(cause);
  if (network !== null) return networkFailureError(network, cause);
  return new AppError(
    'offline',
    'Could not reach Cloudflare. Check your internet connection; Invitray will retry when it is back.',
    { cause },
  );
}

export function badCredentialsMessage(kind: AuthKind): string {
  return kind === 'token'
    ? 'Cloudflare did not accept this API token. Create a token with Memberships Read and Memberships Write, then sign in again.'
    : 'Cloudflare did not accept this email and Global API key. Check both in your Cloudflare profile, then sign in again.';
}

function missingPermission(
  context: FailureContext,
  extra: { status: number; cloudflareErrors: CloudflareMessage[] },
): AppError {
  const message =
    context.credentialKind === 'global-key'
      ? 'Cloudflare refused access for this login. Check that your user may see account invitations.'
      : context.operation === 'respond'
        ? 'This API token lacks the Memberships Write permission, so it can list invitations but not answer them. Edit the token in the Cloudflare dashboard to add Memberships Write.'
        : 'This API token lacks the Memberships Read permission. Edit the token in the Cloudflare dashboard to add Memberships Read and Memberships Write.';
  return new AppError('missing-permission', message, extra);
}

function notFoundMessage(operation: ApiOperation): string {
  if (operation === 'get-invite' || operation === 'respond') {
    return 'This invitation no longer exists; it may have been withdrawn. Refresh to update the list.';
  }
  return 'Cloudflare did not find this API endpoint. Check the API base URL in the settings.';
}
