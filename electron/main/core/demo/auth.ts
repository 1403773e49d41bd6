import type { IncomingHttpHeaders } from 'node:http';
import { DEMO_GLOBAL_KEY_LOGIN } from './credentials';
import type { DemoPermission, DemoToken } from './credentials';
import { CF_ERRORS, fail } from './envelope';
import type { DemoResponse } from './envelope';

export type Principal =
  { kind: 'token'; name: string; token: DemoToken } | { kind: 'global-key'; name: string };

/** Header names that carry a credential: logged by name only, never by value. */
export const CREDENTIAL_HEADERS = [
  'authorization',
  'x-auth-email',
  'x-auth-key',
  'x-auth-user-service-key',
] as const;

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{20,})$/;
const GLOBAL_KEY = /^[0-9a-f]{37}$/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;

export function presentCredentialHeaders(headers: IncomingHttpHeaders): string[] {
  return CREDENTIAL_HEADERS.filter((name) => headers[name] !== undefined);
}

/**
 * Who is calling, the way Cloudflare decides it: one scheme per request, header
 * format checked before the credential is looked up.
 */
export function authenticate(
  headers: IncomingHttpHeaders,
  tokens: ReadonlyMap<string, DemoToken>,
  isTokenVerify: boolean,
): { principal: Principal } | { response: DemoResponse } {
  const authorization = single(headers.authorization);
  const email = single(headers['x-auth-email']);
  const key = single(headers['x-auth-key']);
  const hasKeyScheme = email !== undefined || key !== undefined;

  if (authorization !== undefined && (hasKeyScheme || headers['x-auth-user-service-key'] !== undefined)) {
    return { response: fail(400, CF_ERRORS.mixedAuth) };
  }
  if (authorization !== undefined) {
    const match = BEARER.exec(authorization);
    if (!match) return { response: fail(400, CF_ERRORS.badAuthorizationFormat) };
    const token = tokens.get(match[1] ?? '');
    if (token === undefined) {
      return {
        response: isTokenVerify ? fail(401, CF_ERRORS.invalidToken) : fail(403, CF_ERRORS.invalidAccessToken),
      };
    }
    // A disabled or expired token can still ask whether it works (and learns its status).
    if (token.status !== 'active' && !isTokenVerify)
      return { response: fail(403, CF_ERRORS.invalidAccessToken) };
    return { principal: { kind: 'token', name: token.name, token } };
  }
  if (email === undefined || key === undefined) return { response: fail(400, CF_ERRORS.missingAuth) };
  if (!EMAIL.test(email)) return { response: fail(400, CF_ERRORS.badEmailFormat) };
  if (!GLOBAL_KEY.test(key)) return { response: fail(400, CF_ERRORS.badKeyFormat) };
  if (email.toLowerCase() !== DEMO_GLOBAL_KEY_LOGIN.email || key !== DEMO_GLOBAL_KEY_LOGIN.key) {
    return { response: fail(403, CF_ERRORS.unknownKey) };
  }
  // /user/tokens/verify is for bearer tokens only.
  if (isTokenVerify) return { response: fail(400, CF_ERRORS.badAuthorizationFormat) };
  return { principal: { kind: 'global-key', name: DEMO_GLOBAL_KEY_LOGIN.name } };
}

/** The Global API key can do everything its user can; a token only what it was granted. */
export function can(principal: Principal, permission: DemoPermission): boolean {
  return principal.kind === 'global-key' || principal.token.permissions.has(permission);
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
