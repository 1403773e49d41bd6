import type { AppSnapshot, Invite, InviteResponse, ProfileState } from '../../../shared/types';
import { inviteAt, nextLapseAt } from '../cloudflare/pending-now';
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

interface SortKey {
  invite: Invite;
  pending: number;
  expiry: number;
}

function compareKeys(a: SortKey, b: SortKey): number {
  const pending = b.pending - a.pending;
  if (pending !== 0) return pending;
  const expiry = a.expiry - b.expiry;
  if (expiry !== 0 && !Number.isNaN(expiry)) return expiry;
  return a.invite.id < b.invite.id ? -1 : a.invite.id > b.invite.id ? 1 : 0;
}

/**
 * Pending first, then soonest expiry (unknown expiry last), then id so the order is stable.
 * Each key is worked out once, not in every comparison: Date.parse n·log n times was most of
 * a large list's sync cost.
 */
export function sortInvites(invites: readonly Invite[]): Invite[] {
  return invites
    .map((invite) => ({
      invite,
      pending: Number(invite.effective_status === 'pending'),
      expiry: expiryKey(invite),
    }))
    .sort(compareKeys)
    .map((key) => key.invite);
}

export function countPending(invites: readonly Invite[]): number {
  let count = 0;
  for (const invite of invites) if (invite.effective_status === 'pending') count++;
  return count;
}

/** Shows an answer being sent as if Cloudflare had already taken it, and what lapsed by `now` as expired. */
function invitesAt(model: ProfileModel, now: number): readonly Invite[] {
  return model.serverInvites.map((invite) => {
    const answer = model.responding[invite.id];
    return answer === undefined
      ? inviteAt(invite, now)
      : { ...invite, status: answer, effective_status: answer };
  });
}

/** A profile's invitations as shown from `at` until `until` (the next lapse): sorted, frozen, counted. */
export interface InvitesView {
  readonly source: readonly Invite[];
  readonly responding: Readonly<Record<string, InviteResponse>>;
  readonly at: number;
  readonly until: number;
  readonly invites: Invite[];
  readonly pendingCount: number;
}

/**
 * The invitations of `model` at `now`. `previous` is returned as it is while it still holds
 * (same list, same answers in flight, no lapse since): a change of anything else (syncing,
 * times, errors) then costs nothing per invitation instead of a sort and a freeze of them all.
 */
export function invitesView(model: ProfileModel, now: number, previous?: InvitesView | null): InvitesView {
  if (
    previous &&
    previous.source === model.serverInvites &&
    previous.responding === model.responding &&
    now >= previous.at &&
    now < previous.until
  )
    return previous;
  const invites = deepFreeze(sortInvites(invitesAt(model, now)));
  return {
    source: model.serverInvites,
    responding: model.responding,
    at: now,
    until: nextLapseAt(invites, now),
    invites,
    pendingCount: countPending(invites),
  };
}

/** The published, deeply frozen view of one profile as it stands at `now`. */
export function toProfileState(
  model: ProfileModel,
  now: number,
  view: InvitesView = invitesView(model, now),
): ProfileState {
  return deepFreeze({
    profile: { ...model.profile },
    invites: view.invites,
    unreadableCount: model.unreadableCount,
    pendingCount: view.pendingCount,
    lastSuccessAt: model.lastSuccessAt,
    error: model.error,
    nextRetryAt: model.nextRetryAt,
    syncing: model.syncing,
    responding: { ...model.responding },
    respondErrors: { ...model.respondErrors },
    twoFactorEnabled: model.twoFactorEnabled,
  });
}

export function buildAppSnapshot(profiles: readonly ProfileState[], at: number): AppSnapshot {
  let pendingCount = 0;
  for (const profile of profiles) pendingCount += profile.pendingCount;
  return deepFreeze({ profiles: [...profiles], pendingCount, at });
}
