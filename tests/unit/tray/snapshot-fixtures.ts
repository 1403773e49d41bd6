import type { AppSnapshot, ErrorInfo, ErrorKind, Invite, ProfileState } from '../../../electron/shared/types';

export const NOW = Date.parse('2025-06-01T12:00:00Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export function invite(id: string, overrides: Partial<Invite> = {}): Invite {
  return {
    id,
    organization_id: `org-${id}`,
    invited_member_id: null,
    organization_name: `Org ${id}`,
    invited_by: 'alice@example.com',
    roles: ['Administrator'],
    expires_on: new Date(NOW + 7 * 24 * HOUR).toISOString(),
    status: 'pending',
    effective_status: 'pending',
    ...overrides,
  };
}

export function error(kind: ErrorKind, message: string, extra: Partial<ErrorInfo> = {}): ErrorInfo {
  return { kind, message, cloudflareErrors: [], ...extra };
}

export function profile(id: string, overrides: Partial<ProfileState> = {}): ProfileState {
  const invites = overrides.invites ?? [];
  return {
    profile: { id, label: id === 'p1' ? 'Work' : `Label ${id}`, authKind: 'token' },
    unreadableCount: 0,
    pendingCount: invites.filter((entry) => entry.effective_status === 'pending').length,
    lastSuccessAt: NOW - 2 * MINUTE,
    error: null,
    nextRetryAt: NOW + 3 * MINUTE,
    syncing: false,
    responding: {},
    respondErrors: {},
    ...overrides,
    invites,
  };
}

export function snapshot(...profiles: ProfileState[]): AppSnapshot {
  return { profiles, pendingCount: profiles.reduce((sum, p) => sum + p.pendingCount, 0), at: NOW };
}

/**
 * `count` pending invitations, the i-th expiring i+1 hours after the next 24 (none urgent: the
 * tray's last-day state has its own tests, tray-urgency.test.ts).
 */
export function pendingInvites(count: number, prefix = 'i'): Invite[] {
  return Array.from({ length: count }, (_, i) =>
    invite(`${prefix}${i}`, { expires_on: new Date(NOW + (25 + i) * HOUR).toISOString() }),
  );
}
