import { describe, expect, it } from 'vitest';
import { initialProfileModel, reduceProfile } from '../../../electron/main/core/sync/profile-model';
import {
  buildAppSnapshot,
  countPending,
  deepFreeze,
  sortInvites,
  toProfileState,
} from '../../../electron/main/core/sync/snapshot';
import type { ProfileSummary } from '../../../electron/shared/types';
import { makeInvite } from './support/invites';

const NOW = Date.UTC(2025, 0, 15);
const profile: ProfileSummary = { id: 'p1', label: 'Work', authKind: 'token' };

describe('sortInvites', () => {
  it('puts pending first, soonest expiry first, unknown expiry last, then by id', () => {
    const invites = [
      makeInvite('done', {
        status: 'accepted',
        effective_status: 'accepted',
        expires_on: '2025-01-02T00:00:00Z',
      }),
      makeInvite('late', { expires_on: '2025-06-01T00:00:00Z' }),
      makeInvite('none', { expires_on: undefined }),
      makeInvite('bad', { expires_on: 'not a date' }),
      makeInvite('soon', { expires_on: '2025-01-16T00:00:00Z' }),
      makeInvite('soon2', { expires_on: '2025-01-16T00:00:00Z' }),
      makeInvite('old', {
        status: 'pending',
        effective_status: 'expired',
        expires_on: '2025-01-01T00:00:00Z',
      }),
    ];
    expect(sortInvites(invites).map((invite) => invite.id)).toEqual([
      'soon',
      'soon2',
      'late',
      'bad',
      'none',
      'old',
      'done',
    ]);
  });

  it('does not reorder its input', () => {
    const input = [makeInvite('b'), makeInvite('a')];
    sortInvites(input);
    expect(input.map((invite) => invite.id)).toEqual(['b', 'a']);
  });
});

describe('countPending', () => {
  it('counts effective status, not raw status', () => {
    expect(
      countPending([
        makeInvite('a'),
        makeInvite('b', { effective_status: 'expired' }),
        makeInvite('c', { status: 'rejected', effective_status: 'rejected' }),
        makeInvite('d'),
      ]),
    ).toBe(2);
  });
});

describe('toProfileState', () => {
  it('publishes a deeply frozen, sorted view with the optimistic answers applied', () => {
    let model = reduceProfile(initialProfileModel(profile), {
      type: 'sync-succeeded',
      invites: [makeInvite('x', { expires_on: '2025-09-01T00:00:00Z' }), makeInvite('y')],
      at: 5,
      nextRetryAt: 10,
    });
    model = reduceProfile(model, { type: 'respond-started', inviteId: 'y', response: 'accepted' });
    const state = toProfileState(model, NOW);
    expect(state.invites.map((invite) => [invite.id, invite.status, invite.effective_status])).toEqual([
      ['x', 'pending', 'pending'],
      ['y', 'accepted', 'accepted'],
    ]);
    expect(state.pendingCount).toBe(1);
    expect(state.responding).toEqual({ y: 'accepted' });
    expect(Object.isFrozen(state)).toBe(true);
    expect(Object.isFrozen(state.invites)).toBe(true);
    expect(Object.isFrozen(state.invites[0])).toBe(true);
    expect(Object.isFrozen(state.invites[0]?.roles)).toBe(true);
    expect(Object.isFrozen(state.profile)).toBe(true);
    expect(() => {
      (state as { pendingCount: number }).pendingCount = 9;
    }).toThrow(TypeError);
    // The server data itself is untouched by the overlay.
    expect(model.serverInvites.find((invite) => invite.id === 'y')?.status).toBe('pending');
  });

  it('shows what lapsed by the time it is built as expired, without a new list', () => {
    const model = reduceProfile(initialProfileModel(profile), {
      type: 'sync-succeeded',
      invites: [makeInvite('soon', { expires_on: '2025-01-20T00:00:00Z' }), makeInvite('later')],
      at: 5,
      nextRetryAt: null,
    });
    const before = toProfileState(model, Date.parse('2025-01-19T23:59:59Z'));
    expect(before.pendingCount).toBe(2);
    const after = toProfileState(model, Date.parse('2025-01-20T00:00:00Z'));
    expect(after.pendingCount).toBe(1);
    expect(after.invites.map((invite) => [invite.id, invite.status, invite.effective_status])).toEqual([
      ['later', 'pending', 'pending'],
      ['soon', 'pending', 'expired'],
    ]);
  });
});

describe('buildAppSnapshot', () => {
  it('sums pending across profiles and freezes', () => {
    const one = toProfileState(
      reduceProfile(initialProfileModel(profile), {
        type: 'sync-succeeded',
        invites: [makeInvite('a'), makeInvite('b')],
        at: 1,
        nextRetryAt: null,
      }),
      NOW,
    );
    const two = toProfileState(initialProfileModel({ id: 'p2', label: 'Home', authKind: 'global-key' }), NOW);
    const snapshot = buildAppSnapshot([one, two], 42);
    expect(snapshot.pendingCount).toBe(2);
    expect(snapshot.at).toBe(42);
    expect(snapshot.profiles.map((state) => state.profile.id)).toEqual(['p1', 'p2']);
    expect(Object.isFrozen(snapshot.profiles)).toBe(true);
  });

  it('deepFreeze leaves primitives alone', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});
