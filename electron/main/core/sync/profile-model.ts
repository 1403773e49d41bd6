import type { ErrorInfo, Invite, InviteResponse, ProfileSummary } from '../../../shared/types';

/**
 * Everything the engine knows about one profile. `serverInvites` is the last list
 * Cloudflare sent (plus answers it confirmed); optimistic answers live only in
 * `responding`, so rolling one back is just deleting its entry.
 */
export interface ProfileModel {
  readonly profile: ProfileSummary;
  readonly serverInvites: readonly Invite[];
  /** Invitations the last list held that could not be read (set aside by the API client). */
  readonly unreadableCount: number;
  readonly lastSuccessAt: number | null;
  readonly error: ErrorInfo | null;
  readonly nextRetryAt: number | null;
  readonly syncing: boolean;
  readonly responding: Readonly<Record<string, InviteResponse>>;
  readonly respondErrors: Readonly<Record<string, ErrorInfo>>;
  /** The user's own 2FA state as GET /user last told it (two-factor-cache.ts); null: unknown. */
  readonly twoFactorEnabled: boolean | null;
}

export type ProfileAction =
  | { type: 'profile-updated'; profile: ProfileSummary }
  | { type: 'sync-started' }
  | {
      type: 'sync-succeeded';
      invites: readonly Invite[];
      /** Default 0. */
      unreadableCount?: number;
      at: number;
      nextRetryAt: number | null;
    }
  | { type: 'sync-failed'; error: ErrorInfo; nextRetryAt: number | null }
  /** The request was abandoned (engine stopped, profile removed): no verdict on the data. */
  | { type: 'sync-abandoned' }
  | { type: 'scheduled'; nextRetryAt: number | null }
  /** A failure outside a list (a PATCH hit the rate limit) that blocks the whole profile. */
  | { type: 'blocked'; error: ErrorInfo; nextRetryAt: number }
  | { type: 'respond-started'; inviteId: string; response: InviteResponse }
  | { type: 'respond-succeeded'; invite: Invite }
  | { type: 'respond-failed'; inviteId: string; error: ErrorInfo }
  | { type: 'respond-error-cleared'; inviteId: string }
  | { type: 'two-factor-read'; enabled: boolean | null };

export function initialProfileModel(profile: ProfileSummary): ProfileModel {
  return {
    profile,
    serverInvites: [],
    unreadableCount: 0,
    lastSuccessAt: null,
    error: null,
    nextRetryAt: null,
    syncing: false,
    responding: {},
    respondErrors: {},
    twoFactorEnabled: null,
  };
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> {
  if (!Object.hasOwn(record, key)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** An answered invite that was never listed stays out: only a list may add invites. */
function replaceInvite(invites: readonly Invite[], invite: Invite): readonly Invite[] {
  const index = invites.findIndex((candidate) => candidate.id === invite.id);
  if (index === -1) return invites;
  return invites.map((candidate, i) => (i === index ? invite : candidate));
}

/** Respond errors about invites that are no longer listed would never be shown again. */
function pruneRespondErrors(
  errors: Readonly<Record<string, ErrorInfo>>,
  invites: readonly Invite[],
): Readonly<Record<string, ErrorInfo>> {
  const keys = Object.keys(errors);
  if (keys.length === 0) return errors;
  const listed = new Set(invites.map((invite) => invite.id));
  const kept = keys.filter((key) => listed.has(key));
  if (kept.length === keys.length) return errors;
  return Object.fromEntries(kept.map((key) => [key, errors[key] as ErrorInfo]));
}

function sameProfile(a: ProfileSummary, b: ProfileSummary): boolean {
  return a.id === b.id && a.label === b.label && a.authKind === b.authKind && a.maskedEmail === b.maskedEmail;
}

/** Pure reducer; returns the same object when nothing changed, so callers can skip publishing. */
export function reduceProfile(model: ProfileModel, action: ProfileAction): ProfileModel {
  switch (action.type) {
    case 'profile-updated':
      return sameProfile(model.profile, action.profile) ? model : { ...model, profile: action.profile };
    case 'sync-started':
      return model.syncing ? model : { ...model, syncing: true };
    case 'sync-succeeded':
      return {
        ...model,
        serverInvites: action.invites,
        unreadableCount: action.unreadableCount ?? 0,
        lastSuccessAt: action.at,
        error: null,
        nextRetryAt: action.nextRetryAt,
        syncing: false,
        respondErrors: pruneRespondErrors(model.respondErrors, action.invites),
      };
    case 'sync-failed':
      return { ...model, error: action.error, nextRetryAt: action.nextRetryAt, syncing: false };
    case 'sync-abandoned':
      return model.syncing ? { ...model, syncing: false } : model;
    case 'scheduled':
      return model.nextRetryAt === action.nextRetryAt ? model : { ...model, nextRetryAt: action.nextRetryAt };
    case 'blocked':
      return { ...model, error: action.error, nextRetryAt: action.nextRetryAt };
    case 'respond-started':
      return {
        ...model,
        responding: { ...model.responding, [action.inviteId]: action.response },
        respondErrors: without(model.respondErrors, action.inviteId),
      };
    case 'respond-succeeded':
      return {
        ...model,
        serverInvites: replaceInvite(model.serverInvites, action.invite),
        responding: without(model.responding, action.invite.id),
        respondErrors: without(model.respondErrors, action.invite.id),
      };
    case 'respond-failed':
      return {
        ...model,
        responding: without(model.responding, action.inviteId),
        respondErrors: { ...model.respondErrors, [action.inviteId]: action.error },
      };
    case 'respond-error-cleared': {
      const respondErrors = without(model.respondErrors, action.inviteId);
      return respondErrors === model.respondErrors ? model : { ...model, respondErrors };
    }
    case 'two-factor-read':
      return model.twoFactorEnabled === action.enabled
        ? model
        : { ...model, twoFactorEnabled: action.enabled };
  }
}

/**
 * True when a healthy profile's model moved only in its times (last success, next poll): what a
 * poll that found nothing new does. Nothing the user sees changed, so nothing is pushed for it.
 */
export function onlyTimesMoved(before: ProfileModel, after: ProfileModel): boolean {
  return (
    before.lastSuccessAt !== null &&
    after.lastSuccessAt !== null &&
    before.error === null &&
    after.error === null &&
    before.profile === after.profile &&
    before.serverInvites === after.serverInvites &&
    before.unreadableCount === after.unreadableCount &&
    before.syncing === after.syncing &&
    before.responding === after.responding &&
    before.respondErrors === after.respondErrors &&
    before.twoFactorEnabled === after.twoFactorEnabled
  );
}
