import type { AppSnapshot, Invite, ProfileState } from '../../../shared/types';
import type { ProfileModel } from './profile-model';

/** Freezes a plain-data tree. Already frozen subtrees were frozen here too, so they are skipped. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}

function expiryKey(invite: Invite): number {
  const time = invite.expires_on === undefined ? Number.NaN : Date.parse(invite.expires_on);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

function compareInvites(a: Invite, b: Invite): number {
  const pending = Number(b.effective_status === 'pending') - Number(a.effective_status === 'pending');
  if (pending !== 0) return pending;
  const expiry = expiryKey(a) - expiryKey(b);
  if (expiry !== 0 && !Number.isNaN(expiry)) return expiry;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Pending first, then soonest expiry (unknown expiry last), then id so the order is stable. */
export function sortInvites(invites: readonly Invite[]): Invite[] {
  return [...invites].sort(compareInvites);
}

export function countPending(invites: readonly Invite[]): number {
  let count = 0;
  for (const invite of invites) if (invite.effective_status === 'pending') count++;
  return count;
}

/** Shows an answer being sent as if Cloudflare had already taken it. */
function withOptimisticAnswers(model: ProfileModel): readonly Invite[] {
  if (Object.keys(model.responding).length === 0) return model.serverInvites;
  return model.serverInvites.map((invite) => {
    const answer = model.responding[invite.id];
    return answer === undefined ? invite : { ...invite, status: answer, effective_status: answer };
  });
}

/** The published, deeply frozen view of one profile. */
export function toProfileState(model: ProfileModel): ProfileState {
  const invites = sortInvites(withOptimisticAnswers(model));
  return deepFreeze({
    profile: { ...model.profile },
    invites,
    unreadableCount: model.unreadableCount,
    pendingCount: countPending(invites),
    lastSuccessAt: model.lastSuccessAt,
    error: model.error,
    nextRetryAt: model.nextRetryAt,
    syncing: model.syncing,
    responding: { ...model.responding },
    respondErrors: { ...model.respondErrors },
  });
}

export function buildAppSnapshot(profiles: readonly ProfileState[], at: number): AppSnapshot {
  let pendingCount = 0;
  for (const profile of profiles) pendingCount += profile.pendingCount;
  return deepFreeze({ profiles: [...profiles], pendingCount, at });
}
