import type { Invite, ProfileSummary } from '../../shared/types';
import { inviteAt } from '../core/cloudflare/pending-now';
import { printable } from './cli-io';
import { TWO_FACTOR_SETTINGS_URL } from '../../shared/two-factor';

function when(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? printable(iso)
    : date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

/** One line per invite, pending first (the engine's order is not available here, so sort the same way). */
export function formatInviteList(invites: readonly Invite[], now = Date.now()): string {
  if (invites.length === 0) return 'No invitations.';
  // The same "pending now" rule as the app, so a lapsed invitation never reads as pending.
  return invites
    .map((invite) => inviteAt(invite, now))
    .sort((a, b) => rank(a) - rank(b) || byCodeUnits(a.expires_on ?? '', b.expires_on ?? ''))
    .map((invite) => {
      const roles = invite.roles?.length ? ` (${invite.roles.map(printable).join(', ')})` : '';
      const expiry = invite.effective_status === 'pending' ? `  expires ${when(invite.expires_on)}` : '';
      return `${invite.id}  ${invite.effective_status.padEnd(8)}  ${printable(invite.organization_name ?? invite.organization_id)}${roles}${expiry}`;
    })
    .join('\n');
}

/**
 * ISO timestamps sort the same by code unit as by locale, and the first localeCompare loads ICU's
 * collator: ~20 ms, a tenth of a whole `invitray list` (issue 21).
 */
function byCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function rank(invite: Invite): number {
  return invite.effective_status === 'pending' ? 0 : 1;
}

/** `twoFactorReady`: see two-factor-ready.ts; shown only for an organisation that enforces 2FA. */
export function formatInviteDetails(
  listed: Invite,
  now = Date.now(),
  twoFactorReady: boolean | null = null,
): string {
  const invite = inviteAt(listed, now);
  const rows: [string, string][] = [
    ['ID', invite.id],
    ['Organization', `${invite.organization_name ?? '—'} (${invite.organization_id})`],
    [
      'Status',
      invite.effective_status + (invite.status !== invite.effective_status ? ` (API: ${invite.status})` : ''),
    ],
    ['Roles', invite.roles?.join(', ') || '—'],
    ['Invited by', invite.invited_by ?? '—'],
    ['Invited email', invite.invited_member_email ?? '—'],
    ['Invited on', when(invite.invited_on)],
    ['Expires on', when(invite.expires_on)],
    ['Requires 2FA', invite.organization_is_enforcing_twofactor ? 'yes' : 'no'],
  ];
  if (invite.organization_is_enforcing_twofactor) rows.push(['Your 2FA', yourTwoFactor(twoFactorReady)]);
  return rows.map(([key, value]) => `${key.padEnd(14)} ${printable(value)}`).join('\n');
}

function yourTwoFactor(ready: boolean | null): string {
  if (ready === null) return 'unknown';
  return ready ? 'on' : `off — turn it on first: ${TWO_FACTOR_SETTINGS_URL}`;
}

export function formatProfiles(profiles: readonly ProfileSummary[]): string {
  if (profiles.length === 0) return 'No accounts. Sign in with: invitray login --token';
  return profiles
    .map((p) => {
      const kind = p.authKind === 'token' ? 'API token' : 'Global API key';
      return `${p.id}  ${printable(p.label)}  [${kind}]${p.maskedEmail ? `  ${p.maskedEmail}` : ''}`;
    })
    .join('\n');
}
