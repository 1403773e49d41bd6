import { describe, expect, it } from 'vitest';
import {
  trayView,
  URGENT_TITLE_MARK,
  type MenuItemSpec,
  type TrayViewOptions,
} from '../../../electron/main/core/tray/tray-view';
import type { AppSnapshot } from '../../../electron/shared/types';
import { STALE_AFTER_MS } from '../../../electron/main/core/tray/tray-status';
import { error, HOUR, MINUTE, NOW, pendingInvites, profile, snapshot } from './snapshot-fixtures';

const base: TrayViewOptions = { platform: 'win32', now: NOW, showCountInTray: true, startAtLogin: false };
const view = (snap: AppSnapshot, options: Partial<TrayViewOptions> = {}) =>
  trayView(snap, { ...base, ...options });
const find = (menu: MenuItemSpec[], id: string) => menu.find((item) => item.id === id);
const withPending = (count: number) => snapshot(profile('p1', { invites: pendingInvites(count) }));

const USER_MUST_ACT = [
  'bad-credentials',
  'missing-permission',
  'signed-out',
  'keychain-unavailable',
  'certificate-untrusted',
  'proxy-auth-required',
] as const;

describe('tray icon state', () => {
  it('is signed-out without profiles, on every platform', () => {
    const snap = snapshot();
    expect(view(snap).state).toBe('signed-out');
    expect(view(snap).icon).toBe('tray/tray-signed-out.png');
    expect(view(snap, { platform: 'linux' }).icon).toBe('tray/linux/tray-signed-out-24.png');
    expect(view(snap, { platform: 'darwin' }).icon).toBe('tray/mac/traySignedOutTemplate.png');
  });

  it('is idle with no pending invitations', () => {
    const result = view(withPending(0));
    expect(result.state).toBe('idle');
    expect(result.icon).toBe('tray/tray-idle.png');
    expect(view(withPending(0), { platform: 'darwin' })).toMatchObject({
      icon: 'tray/mac/trayTemplate.png',
      title: '',
    });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])('draws %i into the icon on Windows and Linux', (count) => {
    expect(view(withPending(count)).icon).toBe(`tray/tray-${count}.png`);
    expect(view(withPending(count), { platform: 'linux', linuxSize: 22 }).icon).toBe(
      `tray/linux/tray-${count}-22.png`,
    );
  });

  it('shows 9+ above nine', () => {
    expect(view(withPending(10)).state).toBe('9plus');
    expect(view(withPending(42), { platform: 'freebsd' }).icon).toBe('tray/linux/tray-9plus-24.png');
  });

  it('puts the count in the macOS title next to the template icon', () => {
    const result = view(withPending(12), { platform: 'darwin' });
    expect(result).toMatchObject({ icon: 'tray/mac/trayTemplate.png', title: '12' });
    expect(view(withPending(3)).title).toBe('');
  });

  it('shows a dot instead of the number when the count is turned off', () => {
    expect(view(withPending(3), { showCountInTray: false })).toMatchObject({
      state: 'pending',
      icon: 'tray/tray-pending.png',
    });
    expect(view(withPending(3), { platform: 'darwin', showCountInTray: false })).toMatchObject({
      icon: 'tray/mac/trayPendingTemplate.png',
      title: '',
    });
  });

  it.each(USER_MUST_ACT)(
    'is error when a profile needs the user (%s), even if another has invitations',
    (kind) => {
      const snap = snapshot(
        profile('p1', { invites: pendingInvites(2) }),
        profile('p2', { error: error(kind, 'Sign in again.'), nextRetryAt: null }),
      );
      expect(view(snap).state).toBe('error');
      expect(view(snap).icon).toBe('tray/tray-error.png');
      expect(view(snap, { platform: 'darwin' })).toMatchObject({
        icon: 'tray/mac/trayErrorTemplate.png',
        title: '2',
      });
    },
  );

  it.each(['offline', 'rate-limited', 'server-error'] as const)(
    'is offline on %s before any data',
    (kind) => {
      const snap = snapshot(profile('p1', { error: error(kind, 'No connection.'), lastSuccessAt: null }));
      expect(view(snap).state).toBe('offline');
      expect(view(snap, { platform: 'darwin' })).toMatchObject({
        icon: 'tray/mac/trayOfflineTemplate.png',
        title: '',
      });
    },
  );

  it('keeps showing the last count when offline with data', () => {
    const snap = snapshot(
      profile('p1', { invites: pendingInvites(3), error: error('offline', 'No connection.') }),
    );
    expect(view(snap).state).toBe('3');
  });

  it('is idle while the first sync runs', () => {
    const snap = snapshot(profile('p1', { lastSuccessAt: null, syncing: true }));
    expect(view(snap).state).toBe('idle');
    expect(view(snap).tooltip).toBe('Invitray — checking for invitations…');
  });
});

describe('tooltip', () => {
  it('says how many are pending, and not when it synced while polls succeed on schedule', () => {
    expect(view(withPending(3)).tooltip).toBe('Invitray — 3 pending invitations');
    expect(view(withPending(1)).tooltip).toBe('Invitray — 1 pending invitation');
    expect(view(withPending(0)).tooltip).toBe('Invitray — No pending invitations');
  });

  it('says when it synced once the data are older than any poll interval explains', () => {
    const snap = snapshot(profile('p1', { lastSuccessAt: NOW - STALE_AFTER_MS }));
    expect(view(snap).tooltip).toBe('Invitray — No pending invitations · synced 1 hr ago');
  });

  it('uses the stalest sync of several profiles', () => {
    const snap = snapshot(profile('p1'), profile('p2', { lastSuccessAt: NOW - 3 * HOUR }));
    expect(view(snap).tooltip).toBe('Invitray — No pending invitations · synced 3 hr ago');
  });

  it('says when it is not signed in', () => {
    expect(view(snapshot()).tooltip).toBe('Invitray — not signed in');
  });

  it('shows the error and when it retries', () => {
    const offline = error('offline', "Can't reach Cloudflare.");
    const snap = snapshot(
      profile('p1', { error: offline, lastSuccessAt: null, nextRetryAt: NOW + 4 * MINUTE }),
    );
    expect(view(snap).tooltip).toBe("Invitray — Can't reach Cloudflare. · retrying in 4 min");
  });

  it('waits for a rate limit that ends after the backoff', () => {
    const limited = error('rate-limited', 'Too many requests.', { retryAt: NOW + 5 * MINUTE });
    const snap = snapshot(
      profile('p1', { invites: pendingInvites(2), error: limited, nextRetryAt: NOW + MINUTE }),
    );
    expect(view(snap).tooltip).toBe(
      'Invitray — 2 pending invitations · Too many requests. · retrying in 5 min',
    );
  });

  it('names the profile when there are several, and omits a retry that will not happen', () => {
    const snap = snapshot(
      profile('p1'),
      profile('p2', { error: error('bad-credentials', 'The token was rejected.'), nextRetryAt: null }),
    );
    expect(view(snap).tooltip).toBe('Invitray — No pending invitations · Label p2: The token was rejected.');
  });

  it('fits the Windows 127-character limit', () => {
    const long = error('server-error', 'x'.repeat(300));
    const tooltip = view(snapshot(profile('p1', { error: long, lastSuccessAt: null }))).tooltip;
    expect([...tooltip]).toHaveLength(127);
    expect(tooltip.endsWith('…')).toBe(true);
  });
});

describe('serialisable', () => {
  it('survives a structured clone unchanged', () => {
    const result = view(withPending(12), { updateReady: true });
    expect(structuredClone(result)).toEqual(result);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('is a function of its input', () => {
    expect(view(withPending(4))).toEqual(view(withPending(4)));
  });

  it('finds the header', () => {
    expect(find(view(withPending(2)).menu, 'header')).toMatchObject({ label: '2 pending invitations' });
  });
});

describe('time passing without a new list', () => {
  it('drops a lapsed invitation from the count, title, tooltip and menu at its expires_on', () => {
    // i0 lapses 25 hours after NOW, i1 26 hours after; the snapshot was built at NOW and
    // the API has failed since (rate limited), so no list says anything. By then both are in
    // their last day (the clock mark, and on macOS the warning sign in the title).
    const limited = error('rate-limited', 'Rate limited.', { retryAt: NOW + 30 * HOUR });
    const snap = snapshot(profile('p1', { invites: pendingInvites(2), error: limited }));
    const later = view(snap, { platform: 'darwin', now: NOW + 25 * HOUR });
    expect(later.title).toBe(`${URGENT_TITLE_MARK} 1`);
    expect(later.tooltip).toMatch(/1 pending invitation\b/);
    expect(find(later.menu, 'header')?.label).toBe('1 pending invitation');
    expect(find(later.menu, 'invite:p1:i0')).toBeUndefined();
    expect(find(later.menu, 'invite:p1:i1')).toBeDefined();
    expect(view(snap, { now: NOW + 25 * HOUR - 1 }).state).toBe('urgent-2');
    expect(view(snap, { now: NOW + 25 * HOUR }).state).toBe('urgent-1');
    expect(view(snap, { now: NOW + 26 * HOUR }).state).toBe('idle');
  });
});
