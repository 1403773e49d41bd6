import { describe, expect, it } from 'vitest';
import { DEFAULT_API_BASE_URL } from '../../../electron/main/core/cloudflare/api';
import { normalizeApiBaseUrl, resolveApiBaseUrl } from '../../../electron/main/core/cloudflare/base-url';
import { AppError } from '../../../electron/main/core/errors';

describe('resolveApiBaseUrl', () => {
  it("defaults to Cloudflare's API", () => {
    expect(resolveApiBaseUrl(undefined, {})).toBe(DEFAULT_API_BASE_URL);
    expect(resolveApiBaseUrl('  ', { INVITRAY_API_BASE_URL: '' })).toBe(DEFAULT_API_BASE_URL);
  });

  it('uses the setting when the environment says nothing', () => {
    expect(resolveApiBaseUrl('http://127.0.0.1:8787/client/v4/', {})).toBe('http://127.0.0.1:8787/client/v4');
  });

  it('lets INVITRAY_API_BASE_URL win over the setting', () => {
    expect(
      resolveApiBaseUrl('https://setting.example/client/v4', {
        INVITRAY_API_BASE_URL: 'http://localhost:9000/v4',
      }),
    ).toBe('http://localhost:9000/v4');
  });

  it.each([
    'ftp://example.com/client/v4',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    'https://user:secret@example.com/client/v4',
    'https://example.com/client/v4?x=1',
    'https://example.com/client/v4#frag',
  ])('refuses %s from the environment with a typed error', (value) => {
    let caught: unknown;
    try {
      resolveApiBaseUrl(undefined, { INVITRAY_API_BASE_URL: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).kind).toBe('invalid-request');
    expect((caught as AppError).message).toContain('INVITRAY_API_BASE_URL');
    expect((caught as AppError).message).not.toContain('secret');
  });

  it('refuses a bad setting too', () => {
    expect(() => resolveApiBaseUrl('ws://example.com', {})).toThrow(AppError);
  });
});

describe('normalizeApiBaseUrl', () => {
  it('drops trailing slashes and keeps the path', () => {
    expect(normalizeApiBaseUrl('https://api.cloudflare.com/client/v4///')).toBe(DEFAULT_API_BASE_URL);
    expect(normalizeApiBaseUrl('http://127.0.0.1:1234')).toBe('http://127.0.0.1:1234');
  });
});
