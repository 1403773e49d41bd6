import { describe, expect, it } from 'vitest';
import {
  decideNotifications,
  type NotifyInput,
  type NotifyPreferences,
} from '../../../electron/main/core/notify/notify-policy';
import {
  notificationId,
  parseNotificationId,
  specFromId,
} from '../../../electron/main/core/notify/notification-id';
import { duringQuietHours } from '../../../electron/main/core/notify/quiet-hours';
import { translatorFor } from '../../../electron/shared/i18n/catalogues';
import type { InviteEvent } from '../../../electron/main/core/sync/events';
import type { Invite } from '../../../electron/shared/types';
import { HOUR, invite, MINUTE, NOW, profile, snapshot } from '../tray/snapshot-fixtures';

// Issue 22: the last-chance reminder, two hours before an invitation lapses.

const prefs: NotifyPreferences = {
  notificationsEnabled: true,
  expiringReminder: true,
  lastChanceReminder: true,
  notificationClick: 'accept',
};
const lapsing = (id: string, inMs: number, name = `Org ${id}`) =>
  invite(id, { organization_name: name, expires_on: new Date(NOW + inMs).toISOString() });
const added = (entry: Invite): InviteEvent => ({ type: 'added', profileId: 'p1', invite: entry });

function decide(invites: Invite[], overrides: Partial<NotifyInput> = {}) {
  return decideNotifications({
    events: [],
    snapshot: snapshot(profile('p1', { invites })),
    preferences: prefs,
    notifiedIds: invites.map((entry) => entry.id),
    remindedIds: [],
    now: NOW,
    ...overrides,
  });
}

describe('the last-chance reminder', () => {
  it('comes at the 2 h mark and not a millisecond before', () => {
    const acme = lapsing('a', 2 * HOUR + 1, 'Acme Corp');
    const before = decide([acme], { remindedIds: ['a'] });
    expect(before.notifications).toEqual([]);
    expect(before.markLastChance).toEqual([]);
    const at = decide([acme], { remindedIds: ['a'], now: NOW + 1 });
    expect(at.notifications).toEqual([
      expect.objectContaining({
        kind: 'last-chance',
        tag: 'last-chance:a',
        title: 'Last chance: invitation to Acme Corp expires in 2 hours',
        urgent: true,
        inviteId: 'a',
        clickAction: { kind: 'accept', profileId: 'p1', inviteId: 'a' },
      }),
    ]);
    expect(at.notifications[0]?.actions?.map((action) => action.label)).toEqual(['Accept', 'Decline']);
    expect(at.markLastChance).toEqual(['a']);
  });

  it('comes once: an id already had its last chance gets nothing', () => {
    const result = decide([lapsing('a', HOUR)], { remindedIds: ['a'], lastChanceIds: ['a'] });
    expect(result.notifications).toEqual([]);
    expect(result.markLastChance).toEqual([]);
  });

  it('stands in for a day-before reminder still due, and marks both', () => {
    const result = decide([lapsing('a', HOUR)]);
    expect(result.notifications.map((spec) => spec.kind)).toEqual(['last-chance']);
    expect(result.markReminded).toEqual(['a']);
    expect(result.markLastChance).toEqual(['a']);
  });

  it('makes the announcement of an invitation arriving in its last two hours urgent instead', () => {
    const late = lapsing('a', 90 * MINUTE);
    const result = decide([late], { events: [added(late)], notifiedIds: [] });
    expect(result.notifications.map((spec) => [spec.kind, spec.urgent])).toEqual([['new-invite', true]]);
    expect(result.markLastChance).toEqual(['a']);
  });

  it('off: nothing shown and nothing marked, and the day-before reminder is not swallowed', () => {
    const result = decide([lapsing('a', HOUR)], { preferences: { ...prefs, lastChanceReminder: false } });
    expect(result.notifications.map((spec) => [spec.kind, spec.urgent])).toEqual([['expiring', undefined]]);
    expect(result.markLastChance).toEqual([]);
  });

  it('notifications off: marked, so turning them on brings no stale urgency', () => {
    const result = decide([lapsing('a', HOUR)], { preferences: { ...prefs, notificationsEnabled: false } });
    expect(result).toMatchObject({ notifications: [], markLastChance: ['a'] });
  });

  it('more than three at once: one urgent summary that opens the window', () => {
    const many = ['a', 'b', 'c', 'd'].map((id, index) => lapsing(id, HOUR + index * MINUTE));
    const result = decide(many, { remindedIds: ['a', 'b', 'c', 'd'] });
    expect(result.notifications).toEqual([
      expect.objectContaining({
        kind: 'last-chance',
        tag: 'summary:last-chance',
        title: '4 invitations expire within 2 hours',
        urgent: true,
        clickAction: { kind: 'open' },
      }),
    ]);
  });

  it('speaks the user’s language', () => {
    const result = decide([lapsing('a', HOUR, 'Acme')], { translator: translatorFor('de') });
    expect(result.notifications[0]?.title).toBe('Letzte Gelegenheit: Einladung zu Acme läuft in 1 Stunde ab');
  });

  it('during quiet hours without coming through: silent and not urgent', () => {
    const [spec] = decide([lapsing('a', HOUR)]).notifications;
    expect(duringQuietHours(spec!)).toMatchObject({ silent: true });
    expect(duringQuietHours(spec!)?.urgent).toBeUndefined();
    expect(duringQuietHours({ ...spec!, throughQuietHours: true })).toEqual({
      ...spec,
      throughQuietHours: true,
    });
  });

  it('its id survives a Windows activation: an answerable last-chance reminder for the same invitation', () => {
    const [spec] = decide([lapsing('a', HOUR)]).notifications;
    const id = notificationId(spec!);
    expect(id).toMatch(/^ivt\.l\./);
    const back = specFromId(parseNotificationId(id)!, ['p1']);
    expect(back).toMatchObject({ kind: 'last-chance', profileId: 'p1', inviteId: 'a' });
    expect(back.actions?.map((action) => action.id)).toEqual(['accept', 'decline']);
    const summary = decide(['a', 'b', 'c', 'd'].map((id) => lapsing(id, HOUR))).notifications[0]!;
    expect(notificationId(summary)).toBe('ivt.k');
  });
});
