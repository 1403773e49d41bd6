import { describe, expect, it } from 'vitest';
import {
  escapeBodyMarkup,
  isTwoFactorFailure,
  respondedNotification,
  respondFailedNotification,
} from '../../../electron/main/core/notify/notify-policy';
import { error, invite } from '../tray/snapshot-fixtures';

const acme = invite('a1', { organization_name: 'Acme Corp', roles: ['Administrator'] });
const strict = { ...acme, organization_is_enforcing_twofactor: true };
const refused = error('missing-permission', 'Cloudflare refused: the token lacks Memberships Write.', {
  status: 403,
});

describe('respondedNotification', () => {
  it('confirms joining, with the roles, and opens the window on click', () => {
    expect(respondedNotification(acme, 'accepted', 'p1')).toEqual({
      kind: 'responded',
      tag: 'responded:a1',
      title: 'You joined Acme Corp',
      body: 'Your roles: Administrator.',
      profileId: 'p1',
      inviteId: 'a1',
      clickAction: { kind: 'open', profileId: 'p1', inviteId: 'a1' },
    });
  });

  it('confirms declining', () => {
    const note = respondedNotification(acme, 'rejected');
    expect(note.title).toBe('Declined the invitation to Acme Corp');
    expect(note.clickAction).toEqual({ kind: 'open', inviteId: 'a1' });
  });
});

describe('respondFailedNotification', () => {
  it('says why and opens the window on click', () => {
    const offline = error('offline', "Can't reach Cloudflare. Check your connection.");
    expect(respondFailedNotification(acme, offline, 'accepted', 'p1')).toEqual({
      kind: 'respond-failed',
      tag: 'respond-failed:a1',
      title: "Couldn't join Acme Corp",
      body: "Can't reach Cloudflare. Check your connection.",
      profileId: 'p1',
      inviteId: 'a1',
      clickAction: { kind: 'open', profileId: 'p1', inviteId: 'a1' },
    });
  });

  it('names a failed decline as such', () => {
    expect(respondFailedNotification(acme, refused, 'rejected').title).toBe(
      "Couldn't decline the invitation to Acme Corp",
    );
  });

  it('explains the 2FA fix when a 2FA-enforcing organisation refuses the accept', () => {
    const note = respondFailedNotification(strict, refused);
    expect(note.body).toBe(
      'Acme Corp requires two-factor authentication: turn on 2FA in your Cloudflare profile, then accept again. ' +
        '(Cloudflare refused: the token lacks Memberships Write.)',
    );
  });

  it('uses only the 2FA advice when Cloudflare itself names two-factor authentication', () => {
    const twoFactor = error('invalid-request', 'Cloudflare rejected the request.', {
      cloudflareErrors: [{ code: 1234, message: 'User must enable two-factor authentication to join' }],
    });
    expect(respondFailedNotification(acme, twoFactor).body).toBe(
      'Acme Corp requires two-factor authentication: turn on 2FA in your Cloudflare profile, then accept again.',
    );
  });
});

describe('isTwoFactorFailure', () => {
  it('is not about 2FA for network trouble, other organisations or declines', () => {
    expect(isTwoFactorFailure(strict, error('offline', 'No connection.'))).toBe(false);
    expect(isTwoFactorFailure(strict, error('rate-limited', 'Slow down.'))).toBe(false);
    expect(isTwoFactorFailure(acme, refused)).toBe(false);
    expect(isTwoFactorFailure(strict, refused, 'rejected')).toBe(false);
    expect(isTwoFactorFailure(strict, refused)).toBe(true);
  });
});

describe('escapeBodyMarkup', () => {
  it('escapes the characters freedesktop body markup reads', () => {
    expect(escapeBodyMarkup('<b>A & B</b>')).toBe('&lt;b&gt;A &amp; B&lt;/b&gt;');
  });
});
