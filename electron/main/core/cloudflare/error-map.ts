import type { AuthKind, CloudflareMessage, ErrorText } from '../../../shared/types';
import { AppError, sentence } from '../errors';
import { classifyNetworkFailure, networkFailureError } from './network-failure';
import { extractCloudflareErrors } from './schemas';

export type ApiOperation =
  | 'list-invites'
  | 'get-invite'
  | 'respond'
  | 'verify-credentials'
  | 'list-memberships'
  | 'get-membership'
  | 'leave-membership'
  | 'read-user';

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
    return new AppError('rate-limited', sentence('error.rateLimited', { count: minutes }), {
      ...extra,
      retryAt,
    });
  }
  if (status >= 500) {
    return new AppError('server-error', sentence('error.serverError', { status: String(status) }), extra);
  }
  if (status === 403 && lacksPermission) return missingPermission(context, extra);
  if (status === 401 || ((status === 400 || status === 403) && authCode)) {
    return new AppError('bad-credentials', badCredentialsText(context.credentialKind), extra);
  }
  if (status === 403) return missingPermission(context, extra);
  if (status === 404) return new AppError('not-found', notFoundText(context.operation), extra);
  if (
    context.operation === 'respond' &&
    ALREADY_ANSWERED_STATUSES.has(status) &&
    cloudflareErrors.some((error) => ALREADY_ANSWERED_MESSAGE.test(error.message))
  ) {
    return new AppError('already-answered', sentence('error.alreadyAnswered'), extra);
  }
  if (status >= 400) {
    return new AppError('invalid-request', sentence('error.refused', { status: String(status) }), extra);
  }
  return invalidResponse(`an unexpected HTTP status ${status}`, extra);
}

/** A 200 whose body is not JSON, does not match the schema, or says success:false. */
export function invalidResponse(
  detail: string,
  extra: { status?: number; cloudflareErrors?: CloudflareMessage[]; cause?: unknown } = {},
): AppError {
  return new AppError('invalid-response', sentence('error.invalidResponse', { detail }), extra);
}

export type TransportFailure = 'timeout' | 'cancelled' | 'network';

export function mapTransportFailure(failure: TransportFailure, timeoutMs: number, cause: unknown): AppError {
  if (failure === 'timeout') {
    const seconds = Math.round(timeoutMs / 100) / 10;
    return new AppError('offline', sentence('error.timeout', { count: seconds }), { cause });
  }
  if (failure === 'cancelled') {
    return new AppError('offline', sentence('error.cancelled'), { cause });
  }
  const network = classifyNetworkFailure(cause);
  if (network !== null) return networkFailureError(network, cause);
  return new AppError('offline', sentence('error.offline'), { cause });
}

export function badCredentialsText(kind: AuthKind): ErrorText {
  return sentence(kind === 'token' ? 'error.badCredentialsToken' : 'error.badCredentialsGlobalKey');
}

function missingPermission(
  context: FailureContext,
  extra: { status: number; cloudflareErrors: CloudflareMessage[] },
): AppError {
  const text =
    context.credentialKind === 'global-key'
      ? sentence('error.missingPermissionGlobalKey')
      : context.operation === 'respond' || context.operation === 'leave-membership'
        ? sentence('error.missingPermissionWrite')
        : sentence('error.missingPermissionRead');
  return new AppError('missing-permission', text, extra);
}

function notFoundText(operation: ApiOperation): ErrorText {
  if (operation === 'get-invite' || operation === 'respond') return sentence('error.inviteNotFound');
  return sentence('error.endpointNotFound');
}
