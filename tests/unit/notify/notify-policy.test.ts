import { describe, expect, it } from 'vitest';
import {
  decideNotifications,
  type NotifyInput,
  type NotifyPreferences,
} from '../../../electron/main/core/notify/notify-policy';
import type { InviteEvent } from '../../../electron/main/core/sync/events';
import type { AppSnapshot, Invite } from '../../../electron/shared/types';
import { HOUR, invite, NOW, profile, snapshot } from '../tray/snapshot-fixtures';

// The day-before reminder on its own; the last-chance one has its own tests (last-chance.test.ts).
const prefs: NotifyPreferences = {
  notificationsEnabled: true,
  expiringReminder: true,
  lastChanceReminder: false,
  notificationClick: 'accept',
};
const added = (entry: Invite, profileId = 'p1'): InviteEvent => ({ type: 'added', profileId, invite: entry });
const soon = (hours: number) => new Date(NOW + hours * HOUR).toISOString();
const acme = invite('acme1', {
  organization_name: 'Acme Corp',
  invited_by: 'alice@acme.test',
  roles: ['Administrator', 'Billing'],
});

function decide(events: InviteEvent[], overrides: Partial<NotifyInput> = {}) {
  const invites = events.flatMap((event) => (event.type === 'gone' ? [] : [event.invite]));
  const snap: AppSnapshot = overrides.snapshot ?? snapshot(profile('p1', { invites }));
  return decideNotifications({
    events,
    snapshot: snap,
    preferences: prefs,
    notifiedIds: [],
    remindedIds: [],
    now: NOW,
    ...overrides,
  });
}

describe('new invitations', () => {
  it('raise one notification naming the organisation, inviter and roles; clicking accepts', () => {
    const result = decide([added(acme)]);
    expect(result.notifications).toEqual([
      {
        kind: 'new-invite',
        tag: 'invite:acme1',
        title: 'Invitation to join Acme Corp',
        body: 'alice@acme.test invited you as Administrator, Billing.\nClick to accept',
        profileId: 'p1',
        inviteId: 'acme1',
        clickAction: { kind: 'accept', profileId: 'p1', inviteId: 'acme1' },
        actions: [
          { id: 'accept', label: 'Accept' },
          { id: 'decline', label: 'Decline' },
        ],
      },
    ]);
    expect(result.markNotified).toEqual(['acme1']);
    expect(result.markReminded).toEqual([]);
  });

  it('opens the window on click when the setting says so', () => {
    const [note] = decide([added(acme)], {
      preferences: { ...prefs, notificationClick: 'open' },
    }).notifications;
    expect(note?.clickAction).toEqual({ kind: 'open', profileId: 'p1', inviteId: 'acme1' });
    expect(note?.body.endsWith('Click to open')).toBe(true);
  });

  it('are never announced twice, across restarts', () => {
    const first = decide([added(acme)]);
    // A restart: the first list again reports every invitation as added; the ids were persisted.
    const second = decide([added(acme)], { notifiedIds: new Set(first.markNotified) });
    expect(second).toEqual({ notifications: [], markNotified: [], markReminded: [], markLastChance: [] });
  });

  it('announce an invitation seen by two profiles once', () => {
    const snap = snapshot(profile('p1', { invites: [acme] }), profile('p2', { invites: [acme] }));
    const result = decide([added(acme, 'p1'), added(acme, 'p2')], { snapshot: snap });
    expect(result.notifications).toHaveLength(1);
    expect(result.markNotified).toEqual(['acme1']);
    expect(result.notifications[0]?.body).toContain('For Work.');
  });

  it('ignore answered, expired and gone invitations', () => {
    const events: InviteEvent[] = [
      added(invite('a', { status: 'accepted', effective_status: 'accepted' })),
      added(invite('b', { effective_status: 'expired' })),
      { type: 'gone', profileId: 'p1', previous: invite('c') },
    ];
    expect(decide(events).notifications).toEqual([]);
  });

  it('count an invitation that becomes pending again as new, but not a changed pending one', () => {
    const renewed = invite('r');
    const events: InviteEvent[] = [
      {
        type: 'changed',
        profileId: 'p1',
        invite: renewed,
        previous: { ...renewed, effective_status: 'expired' },
      },
      {
        type: 'changed',
        profileId: 'p1',
        invite: invite('s'),
        previous: invite('s', { expires_on: soon(100) }),
      },
    ];
    expect(decide(events).markNotified).toEqual(['r']);
  });

  it('say when a brand-new invitation expires soon, and count that as its reminder', () => {
    const urgent = invite('u', { organization_name: 'Urgent Ltd', expires_on: soon(5) });
    const result = decide([added(urgent)]);
    expect(result.notifications).toHaveLength(1);
    expect(result.notifications[0]?.body).toContain('Expires in 5 hours.');
    expect(result.markReminded).toEqual(['u']);
  });

  it('mention two-factor enforcement and survive missing fields', () => {
    const bare = invite('x', {
      organization_name: undefined,
      invited_by: undefined,
      roles: undefined,
      organization_is_enforcing_twofactor: true,
    });
    const [note] = decide([added(bare)]).notifications;
    expect(note?.title).toBe('Invitation to join Organisation org-x');
    expect(note?.body).toBe('Requires two-factor authentication.\nClick to accept');
  });

  it('keep HTML in an organisation name as plain text', () => {
    const name = '<b>Evil</b> & Co';
    const [note] = decide([added(invite('h', { organization_name: name }))]).notifications;
    expect(note?.title).toBe(`Invitation to join ${name}`);
  });
});

describe('several at once', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => invite(`n${i}`, { organization_name: `Org ${i}` }));

  it('three still get one notification each', () => {
    const result = decide(many(3).map((entry) => added(entry)));
    expect(result.notifications.map((note) => note.kind)).toEqual(['new-invite', 'new-invite', 'new-invite']);
  });

  it('more than three become one summary that opens the window, all marked', () => {
    const result = decide(many(5).map((entry) => added(entry)));
    expect(result.notifications).toEqual([
      {
        kind: 'summary',
        tag: 'summary:new',
        title: '5 new Cloudflare invitations',
        body: 'Org 0, Org 1, Org 2 and 2 more.\nClick to open Invitray',
        clickAction: { kind: 'open' },
      },
    ]);
    expect(result.markNotified).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
  });

  it('a summary does not stand in for the reminder of an invitation about to lapse', () => {
    const invites = [...many(3), invite('late', { expires_on: soon(2) })];
    const result = decide(invites.map((entry) => added(entry)));
    expect(result.notifications.map((note) => note.kind)).toEqual(['summary', 'expiring']);
    expect(result.markReminded).toEqual(['late']);
  });
});

describe('expiring reminders', () => {
  const expiring = invite('e', { organization_name: 'Acme Corp', expires_on: soon(5) });
  const snap = snapshot(profile('p1', { invites: [expiring] }));
  const quiet = { snapshot: snap, notifiedIds: ['e'] };

  it('remind once for an invitation expiring within 24 hours', () => {
    const result = decide([], quiet);
    expect(result.notifications).toHaveLength(1);
    expect(result.notifications[0]).toMatchObject({
      kind: 'expiring',
      title: 'Invitation to Acme Corp expires in 5 hours',
      clickAction: { kind: 'accept', profileId: 'p1', inviteId: 'e' },
    });
    expect(result.markReminded).toEqual(['e']);
    expect(decide([], { ...quiet, remindedIds: ['e'] }).notifications).toEqual([]);
  });

  it('do not remind outside the window or after expiry', () => {
    const later = snapshot(profile('p1', { invites: [invite('l', { expires_on: soon(25) })] }));
    const past = snapshot(profile('p1', { invites: [invite('p', { expires_on: soon(-1) })] }));
    expect(decide([], { snapshot: later }).notifications).toEqual([]);
    expect(decide([], { snapshot: past }).notifications).toEqual([]);
  });

  it('stay silent and unmarked when reminders are off', () => {
    const result = decide([], { ...quiet, preferences: { ...prefs, expiringReminder: false } });
    expect(result).toEqual({ notifications: [], markNotified: [], markReminded: [], markLastChance: [] });
  });

  it('more than three at once become one summary', () => {
    const invites = [1, 2, 3, 4].map((hours) => invite(`x${hours}`, { expires_on: soon(hours) }));
    const result = decide([], {
      snapshot: snapshot(profile('p1', { invites })),
      notifiedIds: invites.map((i) => i.id),
    });
    expect(result.notifications).toHaveLength(1);
    expect(result.notifications[0]).toMatchObject({
      kind: 'expiring',
      title: '4 invitations expire within 24 hours',
      clickAction: { kind: 'open' },
    });
    expect(result.markReminded).toEqual(['x1', 'x2', 'x3', 'x4']);
  });
});

describe('notifications off', () => {
  it('show nothing but mark everything, so turning them on does not flood', () => {
    const off = { ...prefs, notificationsEnabled: false };
    const urgent = invite('u', { expires_on: soon(3) });
    const result = decide([added(acme), added(urgent)], { preferences: off });
    expect(result).toEqual({
      notifications: [],
      markNotified: ['acme1', 'u'],
      markReminded: ['u'],
      markLastChance: [],
    });
  });
});
