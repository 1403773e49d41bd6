import { describe, expect, it } from 'vitest';
import { initialProfileModel, reduceProfile } from '../../../electron/main/core/sync/profile-model';
import type { ErrorInfo, ProfileSummary } from '../../../electron/shared/types';
import { makeInvite } from './support/invites';

const profile: ProfileSummary = { id: 'p1', label: 'Work', authKind: 'token' };
const boom: ErrorInfo = { kind: 'server-error', message: 'boom', cloudflareErrors: [], status: 500 };
const loaded = reduceProfile(initialProfileModel(profile), {
  type: 'sync-succeeded',
  invites: [makeInvite('a'), makeInvite('b')],
  at: 100,
  nextRetryAt: 400,
});

describe('reduceProfile', () => {
  it('starts empty', () => {
    expect(initialProfileModel(profile)).toMatchObject({
      serverInvites: [],
      lastSuccessAt: null,
      error: null,
      nextRetryAt: null,
      syncing: false,
    });
  });

  it('returns the same object when nothing changes', () => {
    const idle = initialProfileModel(profile);
    expect(reduceProfile(idle, { type: 'sync-abandoned' })).toBe(idle);
    expect(reduceProfile(idle, { type: 'scheduled', nextRetryAt: null })).toBe(idle);
    expect(reduceProfile(idle, { type: 'respond-error-cleared', inviteId: 'a' })).toBe(idle);
    expect(reduceProfile(idle, { type: 'profile-updated', profile: { ...profile } })).toBe(idle);
    expect(
      reduceProfile(idle, { type: 'profile-updated', profile: { ...profile, label: 'New' } }).profile.label,
    ).toBe('New');
    const syncing = reduceProfile(idle, { type: 'sync-started' });
    expect(syncing).not.toBe(idle);
    expect(reduceProfile(syncing, { type: 'sync-started' })).toBe(syncing);
  });

  it('keeps the invites and last success time through a failure, and clears the error on success', () => {
    const failed = reduceProfile(reduceProfile(loaded, { type: 'sync-started' }), {
      type: 'sync-failed',
      error: boom,
      nextRetryAt: 130,
    });
    expect(failed).toMatchObject({ error: boom, nextRetryAt: 130, syncing: false, lastSuccessAt: 100 });
    expect(failed.serverInvites).toHaveLength(2);
    const ok = reduceProfile(failed, { type: 'sync-succeeded', invites: [], at: 200, nextRetryAt: 500 });
    expect(ok).toMatchObject({ error: null, lastSuccessAt: 200, nextRetryAt: 500, serverInvites: [] });
  });

  it('rolls an optimistic answer back and keeps why', () => {
    const started = reduceProfile(loaded, { type: 'respond-started', inviteId: 'a', response: 'rejected' });
    expect(started.responding).toEqual({ a: 'rejected' });
    const failed = reduceProfile(started, { type: 'respond-failed', inviteId: 'a', error: boom });
    expect(failed.responding).toEqual({});
    expect(failed.respondErrors).toEqual({ a: boom });
    expect(failed.serverInvites).toBe(loaded.serverInvites);
    // Trying again clears the old error.
    const again = reduceProfile(failed, { type: 'respond-started', inviteId: 'a', response: 'accepted' });
    expect(again.respondErrors).toEqual({});
    expect(reduceProfile(failed, { type: 'respond-error-cleared', inviteId: 'a' }).respondErrors).toEqual({});
  });

  it('takes a confirmed answer as server data, but never adds an unlisted invite', () => {
    const started = reduceProfile(loaded, { type: 'respond-started', inviteId: 'b', response: 'accepted' });
    const answer = makeInvite('b', { status: 'accepted', effective_status: 'accepted' });
    const done = reduceProfile(started, { type: 'respond-succeeded', invite: answer });
    expect(done.responding).toEqual({});
    expect(done.serverInvites.map((invite) => invite.status)).toEqual(['pending', 'accepted']);
    const stranger = reduceProfile(loaded, { type: 'respond-succeeded', invite: makeInvite('zzz') });
    expect(stranger.serverInvites).toBe(loaded.serverInvites);
  });

  it('drops respond errors of invites a new list no longer has', () => {
    const withErrors = reduceProfile(
      reduceProfile(loaded, { type: 'respond-failed', inviteId: 'a', error: boom }),
      {
        type: 'respond-failed',
        inviteId: 'b',
        error: boom,
      },
    );
    const next = reduceProfile(withErrors, {
      type: 'sync-succeeded',
      invites: [makeInvite('b')],
      at: 300,
      nextRetryAt: null,
    });
    expect(Object.keys(next.respondErrors)).toEqual(['b']);
  });

  it('a rate limit from an answer blocks without touching syncing', () => {
    const limit: ErrorInfo = { kind: 'rate-limited', message: 'slow', cloudflareErrors: [], retryAt: 999 };
    const syncing = reduceProfile(loaded, { type: 'sync-started' });
    expect(reduceProfile(syncing, { type: 'blocked', error: limit, nextRetryAt: 999 })).toMatchObject({
      error: limit,
      nextRetryAt: 999,
      syncing: true,
    });
  });
});
