import type { Translator } from '../../electron/shared/i18n/translate';
import type { MessageKey } from '../../electron/shared/i18n/catalogue';
import type {
  AppSnapshot,
  ErrorInfo,
  Invite,
  InviteResponse,
  EffectiveStatus,
  ProfileSummary,
} from '../../electron/shared/types';
import { twoFactorReadiness, type TwoFactorReadiness } from '../../electron/shared/two-factor';
import { EXPIRING_SOON_MS, parseTime } from './format';

// Pure shaping of snapshots into what the invitations screen shows.

export interface InviteEntry {
  /** Unique across accounts: the same invite can reach two logins. */
  key: string;
  profile: ProfileSummary;
  invite: Invite;
  /** Status as of `now`: a pending invite past its expiry is expired; 'unknown' is read-only. */
  status: EffectiveStatus;
  expiresAt: number | null;
  invitedAt: number | null;
  expiringSoon: boolean;
  responding: InviteResponse | null;
  error: ErrorInfo | null;
  /** What to say about the organisation's 2FA rule, given the user's own 2FA state. */
  twoFactor: TwoFactorReadiness;
}

export interface InviteGroups {
  pending: InviteEntry[];
  earlier: InviteEntry[];
}

export const ALL_ACCOUNTS = 'all';

export function entryKey(profileId: string, inviteId: string): string {
  return `${profileId}/${inviteId}`;
}

function toEntry(
  profile: ProfileSummary,
  invite: Invite,
  now: number,
  respondErrors: Record<string, ErrorInfo>,
  responding: Record<string, InviteResponse>,
  userTwoFactor: boolean | null | undefined,
): InviteEntry {
  const expiresAt = parseTime(invite.expires_on);
  const expired = invite.effective_status === 'pending' && expiresAt !== null && expiresAt <= now;
  const status: EffectiveStatus = expired ? 'expired' : invite.effective_status;
  return {
    key: entryKey(profile.id, invite.id),
    profile,
    invite,
    status,
    expiresAt,
    invitedAt: parseTime(invite.invited_on),
    // Inclusive, like the tray's clock mark (issue 22): both turn at the same moment.
    expiringSoon: status === 'pending' && expiresAt !== null && expiresAt - now <= EXPIRING_SOON_MS,
    responding: responding[invite.id] ?? null,
    error: respondErrors[invite.id] ?? null,
    twoFactor: twoFactorReadiness(
      invite.organization_is_enforcing_twofactor,
      status === 'pending',
      userTwoFactor,
    ),
  };
}

/** Soonest expiry first; invites that never expire last; then by name so the order is stable. */
function byExpiry(a: InviteEntry, b: InviteEntry): number {
  const ea = a.expiresAt ?? Number.POSITIVE_INFINITY;
  const eb = b.expiresAt ?? Number.POSITIVE_INFINITY;
  if (ea !== eb) return ea < eb ? -1 : 1;
  return (
    (a.invite.organization_name ?? '').localeCompare(b.invite.organization_name ?? '') ||
    a.key.localeCompare(b.key)
  );
}

/** Most recent first. */
function byRecency(a: InviteEntry, b: InviteEntry): number {
  const ta = a.expiresAt ?? a.invitedAt ?? 0;
  const tb = b.expiresAt ?? b.invitedAt ?? 0;
  return tb - ta || a.key.localeCompare(b.key);
}

export function groupInvites(snapshot: AppSnapshot | null, accountFilter: string, now: number): InviteGroups {
  const pending: InviteEntry[] = [];
  const earlier: InviteEntry[] = [];
  for (const state of snapshot?.profiles ?? []) {
    if (accountFilter !== ALL_ACCOUNTS && state.profile.id !== accountFilter) continue;
    for (const invite of state.invites) {
      const entry = toEntry(
        state.profile,
        invite,
        now,
        state.respondErrors,
        state.responding,
        state.twoFactorEnabled,
      );
      // An invite being answered stays where it is until the answer lands, so it does not jump under the pointer.
      (entry.status === 'pending' || entry.responding ? pending : earlier).push(entry);
    }
  }
  pending.sort(byExpiry);
  earlier.sort(byRecency);
  return { pending, earlier };
}

export function findEntry(
  snapshot: AppSnapshot | null,
  profileId: string,
  inviteId: string,
  now: number,
): InviteEntry | null {
  const state = snapshot?.profiles.find((p) => p.profile.id === profileId);
  const invite = state?.invites.find((i) => i.id === inviteId);
  return state && invite
    ? toEntry(state.profile, invite, now, state.respondErrors, state.responding, state.twoFactorEnabled)
    : null;
}

/** Catalogue keys of each status's label (electron/shared/i18n). */
export const STATUS_LABELS = {
  pending: 'status.pending',
  accepted: 'status.accepted',
  rejected: 'status.rejected',
  expired: 'status.expired',
  unknown: 'status.unknown',
} as const satisfies Record<EffectiveStatus, MessageKey>;

/** Invitations Cloudflare listed that could not be read, over the accounts shown. */
export function unreadableCount(states: readonly { unreadableCount: number }[]): number {
  return states.reduce((sum, state) => sum + state.unreadableCount, 0);
}

/** The organisation's name, or the window's words for one Cloudflare did not name. */
export function organisationName(invite: Invite, translator: Pick<Translator, 't'>): string {
  return invite.organization_name?.trim() || translator.t('org.unnamed');
}
