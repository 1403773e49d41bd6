import { describe, expect, it } from 'vitest';
import {
  notificationId,
  parseNotificationId,
  profileKey,
  specFromId,
} from '../../../electron/main/core/notify/notification-id';
import type { NotificationSpec } from '../../../electron/main/core/notify/notify-policy';

const PROFILE = '3f2b7c1e-9a4d-4e2f-8b1a-0c9d8e7f6a5b';
const INVITE = 'a'.repeat(32);
const invite: NotificationSpec = {
  kind: 'new-invite',
  tag: `invite:${INVITE}`,
  title: 't',
  body: 'b',
  profileId: PROFILE,
  inviteId: INVITE,
  clickAction: { kind: 'accept', profileId: PROFILE, inviteId: INVITE },
};

describe('notification ids', () => {
  it('fit a Windows toast Tag (64 chars) with the longest ids, using only URL- and XML-safe characters', () => {
    const id = notificationId(invite);
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(notificationId({ ...invite, tag: 'summary:new', profileId: undefined, inviteId: undefined })).toBe(
      'ivt.s',
    );
  });

  it.each([
    ['as it is', (id: string) => id],
    ['URL-encoded inside launch arguments', (id: string) => `launch=${encodeURIComponent(id)}&x=1`],
    ['after other text', (id: string) => `type=action;tag=${id}`],
  ])('are found in activation arguments %s', (_name, wrap) => {
    const parsed = parseNotificationId(wrap(notificationId(invite)));
    expect(parsed).toEqual({
      kind: 'new-invite',
      code: 'n',
      profileKey: profileKey(PROFILE),
      inviteId: INVITE,
    });
  });

  it('map back to the profile and invitation known now, with the buttons of answerable kinds', () => {
    const spec = specFromId(parseNotificationId(notificationId(invite))!, ['other', PROFILE]);
    expect(spec).toMatchObject({ kind: 'new-invite', profileId: PROFILE, inviteId: INVITE });
    expect(spec.actions?.map((action) => action.id)).toEqual(['accept', 'decline']);
  });

  it('open the window when the profile is gone, and restart for an update', () => {
    expect(specFromId(parseNotificationId(notificationId(invite))!, []).clickAction).toEqual({
      kind: 'open',
    });
    const update = parseNotificationId('ivt.u')!;
    expect(specFromId(update, []).clickAction).toEqual({ kind: 'restart-to-update' });
  });

  it('differ for the two summaries that can be on screen together, and both map back to a summary', () => {
    const bare = { ...invite, profileId: undefined, inviteId: undefined };
    const fresh = notificationId({ ...bare, kind: 'summary', tag: 'summary:new' });
    const quiet = notificationId({ ...bare, kind: 'summary', tag: 'summary:quiet-hours' });
    expect(quiet).not.toBe(fresh);
    expect(parseNotificationId(quiet)).toEqual({ kind: 'summary', code: 'h' });
    expect(specFromId(parseNotificationId(quiet)!, []).clickAction).toEqual({ kind: 'open' });
  });

  it('are not found in arguments that carry none, or a malformed one', () => {
    expect(parseNotificationId('')).toBeNull();
    expect(parseNotificationId('100%')).toBeNull();
    expect(parseNotificationId('ivt.q.12345678.x')).toBeNull();
  });
});
