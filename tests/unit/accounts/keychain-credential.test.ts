import { describe, expect, it } from 'vitest';
import { parseCredential, serializeCredential } from '../../../electron/main/core/accounts/keychain';
import type { Credential } from '../../../electron/main/core/cloudflare/api';
import { AppError } from '../../../electron/main/core/errors';

describe('keychain credential encoding', () => {
  it.each<Credential>([
    { kind: 'token', token: 'tok_0123456789abcdefghijkl' },
    { kind: 'global-key', email: 'alice@example.com', key: '0123456789abcdef0123456789abcdef01234' },
  ])('round-trips a $kind credential', (credential) => {
    expect(parseCredential(serializeCredential(credential))).toEqual(credential);
  });

  it('stores only the credential fields', () => {
    const extra = { kind: 'token', token: 'tok_0123456789abcdefghijkl', note: 'x' } as Credential;
    expect(JSON.parse(serializeCredential(extra))).toEqual({
      kind: 'token',
      token: 'tok_0123456789abcdefghijkl',
    });
  });

  it.each([
    'plain-old-secret-value-123',
    '{"kind":"token"}',
    '{"kind":"token","token":""}',
    '{"kind":"global-key","key":"k"}',
    '{"kind":"password","password":"p"}',
    'null',
    '["token"]',
  ])('treats %j as signed out without quoting it', (stored) => {
    let caught: unknown;
    try {
      parseCredential(stored);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).kind).toBe('signed-out');
    expect((caught as AppError).message).toMatch(/sign in again/i);
    expect((caught as AppError).message).not.toContain(stored);
  });
});
