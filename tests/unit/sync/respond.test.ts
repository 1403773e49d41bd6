import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/main/core/errors';
import { initialProfileModel, reduceProfile } from '../../../electron/main/core/sync/profile-model';
import { appErrorFromInfo, checkAnswerable, isValidInviteId } from '../../../electron/main/core/sync/respond';
import { makeInvite } from './support/invites';

// Before every expires_on of the fixtures (2025-02-01).
const NOW = Date.UTC(2025, 0, 15);
const model = reduceProfile(initialProfileModel({ id: 'p', label: 'P', authKind: 'token' }), {
  type: 'sync-succeeded',
  invites: [
    makeInvite('open'),
    makeInvite('took', { status: 'accepted', effective_status: 'accepted' }),
    makeInvite('no', { status: 'rejected', effective_status: 'rejected' }),
    makeInvite('late', { status: 'pending', effective_status: 'expired' }),
  ],
  at: 1,
  nextRetryAt: null,
});

describe('checkAnswerable', () => {
  it('lets pending and unknown invites through to the server', () => {
    expect(checkAnswerable(model, 'open', NOW)).toBeNull();
    expect(checkAnswerable(model, 'unlisted', NOW)).toBeNull();
  });

  it('refuses what the list already shows answered or expired', () => {
    for (const id of ['took', 'no', 'late']) {
      const error = checkAnswerable(model, id, NOW);
      expect(error).toBeInstanceOf(AppError);
      expect(error?.kind).toBe('already-answered');
    }
    expect(checkAnswerable(model, 'late', NOW)?.message).toMatch(/expired/);
    expect(checkAnswerable(model, 'no', NOW)?.message).toMatch(/declined/);
  });

  it('refuses a listed pending invitation once its expires_on has passed, with no new list', () => {
    const lapsed = Date.parse('2025-02-01T00:00:00Z');
    expect(checkAnswerable(model, 'open', lapsed - 1)).toBeNull();
    expect(checkAnswerable(model, 'open', lapsed)?.message).toMatch(/expired/);
  });
});

describe('isValidInviteId', () => {
  it('accepts Cloudflare ids and refuses path tricks', () => {
    expect(isValidInviteId('4f5f0c14a2a41d5063dd301b2f829f04')).toBe(true);
    for (const bad of ['', '../user', 'a/b', 'a b', 'x'.repeat(65), 42, null])
      expect(isValidInviteId(bad)).toBe(false);
  });
});

describe('appErrorFromInfo', () => {
  it('round-trips the info', () => {
    const info = {
      kind: 'rate-limited' as const,
      message: 'Too many requests.',
      status: 429,
      retryAt: 123,
      cloudflareErrors: [{ code: 971, message: 'Please wait' }],
    };
    expect(appErrorFromInfo(info).info).toEqual(info);
  });
});
