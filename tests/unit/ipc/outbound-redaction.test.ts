import { describe, expect, it } from 'vitest';
import { redactOutbound } from '../../../electron/main/core/ipc';

const TOKEN = 'Abcdefghij0123456789_-klmnopqrstuvwxyz98';
const KEY = '0123456789abcdef0123456789abcdef01234';

describe('redactOutbound', () => {
  it('replaces secret-shaped text anywhere, keeps the shape, and never mutates the input', () => {
    const input = {
      ok: false,
      error: {
        kind: 'bad-credentials',
        message: `Authorization: Bearer ${TOKEN}`,
        cloudflareErrors: [{ code: 6003, message: `key ${KEY}`, source: { pointer: `/h/${TOKEN}` } }],
      },
    };
    const before = JSON.stringify(input);
    const out = redactOutbound(input);
    expect(out).toEqual({
      ok: false,
      error: {
        kind: 'bad-credentials',
        message: 'Authorization: Bearer [redacted]',
        cloudflareErrors: [{ code: 6003, message: 'key [redacted]', source: { pointer: '/h/[redacted]' } }],
      },
    });
    expect(JSON.stringify(input)).toBe(before);
  });

  it('returns parts with nothing to redact as they are, so large snapshots cost no copy', () => {
    const invite = { id: '9ce88802f07591e5ce0457ef51ece021', organization_name: 'Acme', roles: ['Admin'] };
    const snapshot = { profiles: [{ invites: [invite], error: null }], pendingCount: 1, at: 5 };
    expect(redactOutbound(snapshot)).toBe(snapshot);
    const withError = {
      ...snapshot,
      profiles: [{ invites: [invite], error: { message: `Bearer ${TOKEN}` } }],
    };
    const out = redactOutbound(withError);
    expect(out.profiles[0]!.invites[0]).toBe(invite);
    expect(out.profiles[0]!.error.message).toBe('Bearer [redacted]');
  });
});
