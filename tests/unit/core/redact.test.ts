import { describe, expect, it } from 'vitest';
import { redactLogData, redactText, redactValue } from '../../../electron/main/core/redact';

const token = 'Abcdefghij0123456789_-klmnopqrstuvwxyz98'; // 40 chars, like a Cloudflare API token
const globalKey = '0123456789abcdef0123456789abcdef01234'; // 37 hex chars
const inviteId = '4f5f0c14a2a41d5063dd301b2f829f04'; // 32 hex chars

describe('redactText', () => {
  it('removes bearer tokens and X-Auth-Key values in every common spelling', () => {
    for (const text of [
      `Authorization: Bearer ${token}`,
      `{"authorization":"Bearer shorter-token.value"}`,
      `X-Auth-Key: ${globalKey}`,
      `{"X-Auth-Key":"anything-at-all"}`,
      `x-auth-key=anything-at-all&x=1`,
      `token=${token}`,
      `{"token":"not-a-token-shape"}`,
      `api_key: 'abc'`,
    ]) {
      const out = redactText(text);
      expect(out, text).toContain('[redacted]');
      expect(out).not.toMatch(/anything-at-all|not-a-token-shape|shorter-token|abc'/);
      expect(out).not.toContain(token);
      expect(out).not.toContain(globalKey);
    }
  });

  it('removes bare 37-hex global keys and 40-character tokens but keeps 32-hex invite IDs', () => {
    const out = redactText(`key ${globalKey} token ${token} invite ${inviteId}`);
    expect(out).toBe(`key [redacted] token [redacted] invite ${inviteId}`);
  });

  it('removes bearer tokens that were URL- or form-encoded', () => {
    expect(redactText(`Authorization=Bearer%20${token}&x=1`)).toBe('Authorization=Bearer%20[redacted]&x=1');
    expect(redactText('q=Bearer+short.tok')).toBe('q=Bearer+[redacted]');
  });

  it('leaves ordinary messages alone', () => {
    const text = 'sync ok: 3 pending invitations for profile p-1 in 120 ms';
    expect(redactText(text)).toBe(text);
  });
});

describe('redactValue', () => {
  it('drops secret-named fields, recurses into arrays, errors and causes, and never mutates', () => {
    const input = {
      profile: { id: 'p1', label: 'Work', token, nested: [`Bearer ${token}`] },
      headers: { 'X-Auth-Key': 'short', 'X-Auth-Email': 'me@example.com' },
    };
    const out = JSON.stringify(redactValue(input));
    expect(out).not.toContain(token);
    expect(out).not.toContain('short');
    expect(out).toContain('me@example.com');
    expect(out).toContain('Work');
    expect(input.profile.token).toBe(token);

    const error = new Error(`request failed with Bearer ${token}`, { cause: { key: globalKey } });
    const redacted = redactValue(error) as Error;
    expect(redacted).toBeInstanceOf(Error);
    expect(redacted.message).toBe('request failed with Bearer [redacted]');
    expect(redacted.stack).not.toContain(token);
    expect(redacted.cause).toEqual({ key: '[redacted]' });
    expect(error.message).toContain(token);
  });

  it('survives cycles and passes non-string primitives through', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(redactValue(cyclic)).toEqual({ a: 1, self: '[circular]' });
    expect(redactLogData([1, null, undefined, true, `Bearer ${token}`])).toEqual([
      1,
      null,
      undefined,
      true,
      'Bearer [redacted]',
    ]);
  });
});
