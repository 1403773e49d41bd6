import { AppError, sentence } from '../errors';
import { DEFAULT_API_BASE_URL } from './api';

export const API_BASE_URL_ENV = 'INVITRAY_API_BASE_URL';

/**
 * Checks an API base URL and returns it without a trailing slash. Credentials,
 * queries and fragments are refused: the base URL ends up in settings and logs,
 * and the SDK appends paths to it verbatim.
 */
export function normalizeApiBaseUrl(value: string, origin = 'API base URL'): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch (error) {
    throw new AppError(
      'invalid-request',
      sentence('error.baseUrlInvalid', { origin, example: DEFAULT_API_BASE_URL }),
      {
        cause: error,
      },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('invalid-request', sentence('error.baseUrlScheme', { origin }));
  }
  if (url.username !== '' || url.password !== '') {
    throw new AppError('invalid-request', sentence('error.baseUrlLogin', { origin }));
  }
  if (url.search !== '' || url.hash !== '') {
    throw new AppError('invalid-request', sentence('error.baseUrlQuery', { origin }));
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * The base URL to use: the INVITRAY_API_BASE_URL environment variable wins (demo
 * mode, tests, a corporate proxy), then the user's setting, then Cloudflare's own.
 */
export function resolveApiBaseUrl(
  setting: string | null | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const fromEnv = env[API_BASE_URL_ENV]?.trim();
  if (fromEnv) return normalizeApiBaseUrl(fromEnv, API_BASE_URL_ENV);
  const fromSetting = setting?.trim();
  if (fromSetting) return normalizeApiBaseUrl(fromSetting, 'The API base URL setting');
  return DEFAULT_API_BASE_URL;
}
