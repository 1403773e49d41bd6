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
import { byExpiry, entryKey, inPendingGroup, parseTime, statusAt } from '../../electron/shared/invite-order';
import { EXPIRING_SOON_MS } from './format';

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

export { entryKey };

function toEntry(
  profile: ProfileSummary,
  invite: Invite,
  now: number,
  respondErrors: Record<string, ErrorInfo>,
  responding: Record<string, InviteResponse>,
  userTwoFactor: boolean | null | undefined,
): InviteEntry {
  const expiresAt = parseTime(invite.expires_on);
  const status = statusAt(invite, expiresAt, now);
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
      (inPendingGroup(entry.status, () => entry.responding) ? pending : earlier).push(entry);
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
