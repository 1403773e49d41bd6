import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../electron/shared/i18n/catalogues';
import type {
  AppSnapshot,
  ErrorInfo,
  Invite,
  InviteStatus,
  ProfileState,
} from '../../../electron/shared/types';
import {
  ALL_ACCOUNTS,
  entryKey,
  findEntry,
  groupInvites,
  organisationName,
  type InviteEntry,
} from '../../../src/lib/invites';

const NOW = Date.UTC(2026, 2, 4, 12, 0, 0);
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

function invite(id: string, fields: Partial<Invite> & { expiresIn?: number | null } = {}): Invite {
  const { expiresIn = 48, ...rest } = fields;
  return {
    id,
    organization_id: `org-${id}`,
    invited_member_id: null,
    organization_name: `Org ${id}`,
    invited_on: iso(NOW - 24 * HOUR),
    ...(expiresIn === null ? {} : { expires_on: iso(NOW + expiresIn * HOUR) }),
    status: 'pending',
    effective_status: 'pending' as InviteStatus,
    ...rest,
  };
}

function profile(id: string, invites: Invite[], extra: Partial<ProfileState> = {}): ProfileState {
  return {
    profile: { id, label: `Label ${id}`, authKind: 'token' },
    invites,
    unreadableCount: 0,
    pendingCount: invites.filter((i) => i.effective_status === 'pending').length,
    lastSuccessAt: NOW - 60_000,
    error: null,
    nextRetryAt: null,
    syncing: false,
    responding: {},
    respondErrors: {},
    ...extra,
  };
}

const snapshot = (...profiles: ProfileState[]): AppSnapshot => ({ profiles, pendingCount: 0, at: NOW });
const ids = (entries: InviteEntry[]) => entries.map((e) => e.invite.id);

describe('groupInvites', () => {
  it('lists pending invitations soonest expiry first, those without an expiry last', () => {
    const groups = groupInvites(
      snapshot(
        profile('p1', [
          invite('late', { expiresIn: 100 }),
          invite('never', { expiresIn: null }),
          invite('soon', { expiresIn: 5 }),
          invite('middle', { expiresIn: 50 }),
        ]),
      ),
      ALL_ACCOUNTS,
      NOW,
    );
    expect(ids(groups.pending)).toEqual(['soon', 'middle', 'late', 'never']);
    expect(groups.earlier).toEqual([]);
  });

  it('orders invitations expiring together by organisation name, then by key', () => {
    const same = { expiresIn: 10 };
    const groups = groupInvites(
      snapshot(
        profile('p2', [invite('x2', { ...same, organization_name: 'Zeta' })]),
        profile('p1', [
          invite('x1', { ...same, organization_name: 'Zeta' }),
          invite('x3', { ...same, organization_name: 'Alpha' }),
        ]),
      ),
      ALL_ACCOUNTS,
      NOW,
    );
    expect(groups.pending.map((e) => e.key)).toEqual(['p1/x3', 'p1/x1', 'p2/x2']);
  });

  it('moves answered invitations, and pending ones past their expiry, to Earlier, most recent first', () => {
    const groups = groupInvites(
      snapshot(
        profile('p1', [
          invite('open', { expiresIn: 30 }),
          invite('accepted', { status: 'accepted', effective_status: 'accepted', expiresIn: 20 }),
          invite('lapsed', { expiresIn: -2 }),
          invite('declined', { status: 'rejected', effective_status: 'rejected', expiresIn: -50 }),
        ]),
      ),
      ALL_ACCOUNTS,
      NOW,
    );
    expect(ids(groups.pending)).toEqual(['open']);
    expect(ids(groups.earlier)).toEqual(['accepted', 'lapsed', 'declined']);
    const lapsed = groups.earlier.find((e) => e.invite.id === 'lapsed');
    expect(lapsed?.status).toBe('expired');
    expect(lapsed?.invite.effective_status).toBe('pending');
  });

  it('keeps an invitation being answered where it is until the answer lands', () => {
    const groups = groupInvites(
      snapshot(
        profile('p1', [invite('busy', { status: 'accepted', effective_status: 'accepted' })], {
          responding: { busy: 'accepted' },
        }),
      ),
      ALL_ACCOUNTS,
      NOW,
    );
    expect(ids(groups.pending)).toEqual(['busy']);
    expect(groups.pending[0]?.responding).toBe('accepted');
  });

  it('flags pending invitations expiring within a day, and only those', () => {
    const groups = groupInvites(
      snapshot(profile('p1', [invite('soon', { expiresIn: 23 }), invite('later', { expiresIn: 25 })])),
      ALL_ACCOUNTS,
      NOW,
    );
    expect(groups.pending.map((e) => [e.invite.id, e.expiringSoon])).toEqual([
      ['soon', true],
      ['later', false],
    ]);
  });

  it('attaches each invitation’s failed answer and parsed times', () => {
    const error: ErrorInfo = { kind: 'offline', message: 'You are offline.', cloudflareErrors: [] };
    const [entry] = groupInvites(
      snapshot(profile('p1', [invite('a1', { expiresIn: 10 })], { respondErrors: { a1: error } })),
      ALL_ACCOUNTS,
      NOW,
    ).pending;
    expect(entry?.error).toBe(error);
    expect(entry?.expiresAt).toBe(NOW + 10 * HOUR);
    expect(entry?.invitedAt).toBe(NOW - 24 * HOUR);
    expect(entry?.profile.label).toBe('Label p1');
  });

  it('shows one account when filtered, and nothing without a snapshot', () => {
    const both = snapshot(profile('p1', [invite('a')]), profile('p2', [invite('b')]));
    expect(ids(groupInvites(both, 'p2', NOW).pending)).toEqual(['b']);
    expect(ids(groupInvites(both, ALL_ACCOUNTS, NOW).pending)).toEqual(['a', 'b']);
    expect(groupInvites(null, ALL_ACCOUNTS, NOW)).toEqual({ pending: [], earlier: [] });
  });

  it('gives the same invitation in two accounts two distinct keys', () => {
    const groups = groupInvites(
      snapshot(profile('p1', [invite('same')]), profile('p2', [invite('same')])),
      ALL_ACCOUNTS,
      NOW,
    );
    expect(groups.pending.map((e) => e.key)).toEqual([entryKey('p1', 'same'), entryKey('p2', 'same')]);
    expect(new Set(groups.pending.map((e) => e.key)).size).toBe(2);
  });
});

describe('findEntry', () => {
  it('finds one invitation of one account, with its status as of now', () => {
    const data = snapshot(profile('p1', [invite('a', { expiresIn: 1 })]), profile('p2', [invite('b')]));
    expect(findEntry(data, 'p1', 'a', NOW)?.status).toBe('pending');
    expect(findEntry(data, 'p1', 'a', NOW + 2 * HOUR)?.status).toBe('expired');
    expect(findEntry(data, 'p1', 'b', NOW)).toBeNull();
    expect(findEntry(data, 'p3', 'a', NOW)).toBeNull();
    expect(findEntry(null, 'p1', 'a', NOW)).toBeNull();
  });
});

describe('organisationName', () => {
  it('falls back to a label for a missing or blank name', () => {
    expect(organisationName(invite('a', { organization_name: '  Acme  ' }), ENGLISH)).toBe('Acme');
    expect(organisationName(invite('a', { organization_name: '   ' }), ENGLISH)).toBe('Unnamed organisation');
    expect(organisationName(invite('a', { organization_name: undefined }), ENGLISH)).toBe(
      'Unnamed organisation',
    );
  });
});
