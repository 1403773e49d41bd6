import { describe, expect, it } from 'vitest';
import { nextWake } from '../../../electron/main/core/app/next-wake';
import { DEFAULT_PREFERENCES } from '../../../electron/main/core/accounts/settings-schema';
import {
  trayView,
  URGENT_TITLE_MARK,
  type MenuItemSpec,
  type TrayViewOptions,
} from '../../../electron/main/core/tray/tray-view';
import { translatorFor } from '../../../electron/shared/i18n/catalogues';
import type { AppSnapshot } from '../../../electron/shared/types';
import { utcMinutes } from '../../support/utc-time-of-day';
import { error, HOUR, invite, MINUTE, NOW, profile, snapshot } from './snapshot-fixtures';

// Issue 22: a pending invitation in its last 24 hours marks the tray on every platform (the
// clock mark in the drawn icon, and on macOS a warning sign in the title), and its menu item
// carries the countdown.

const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const EXPIRY = NOW + 30 * HOUR;
const MARK = EXPIRY - DAY; // the 24 h mark: NOW + 6 h
const acme = invite('acme', { organization_name: 'Acme Corp', expires_on: iso(EXPIRY) });
const later = invite('later', { organization_name: 'Later Ltd', expires_on: iso(NOW + 5 * DAY) });
// Never listed yet and nothing due: only the clock changes what the tray shows.
const quietSnap = (...invites: ReturnType<typeof invite>[]) =>
  snapshot(profile('p1', { invites, lastSuccessAt: null, nextRetryAt: null }));

const view = (snap: AppSnapshot, options: Partial<TrayViewOptions>) =>
  trayView(snap, { platform: 'linux', now: NOW, showCountInTray: true, startAtLogin: false, ...options });
const item = (menu: MenuItemSpec[], id: string) => menu.find((entry) => entry.id === id);

const PLATFORMS = [
  { platform: 'linux', plain: 'tray/linux/tray-2-24.png', urgent: 'tray/linux/tray-urgent-2-24.png' },
  { platform: 'win32', plain: 'tray/tray-2.png', urgent: 'tray/tray-urgent-2.png' },
  { platform: 'darwin', plain: 'tray/mac/trayTemplate.png', urgent: 'tray/mac/trayUrgentTemplate.png' },
] as const;

describe.each(PLATFORMS)('the 24-hour mark on $platform', ({ platform, plain, urgent }) => {
  const snap = quietSnap(acme, later);

  it('turns the icon urgent the moment it is crossed, not a millisecond before', () => {
    const before = view(snap, { platform, now: MARK - 1 });
    const at = view(snap, { platform, now: MARK });
    expect([before.state, before.icon]).toEqual(['2', plain]);
    expect([at.state, at.icon]).toEqual(['urgent-2', urgent]);
  });

  it('puts the warning sign in the title on macOS only', () => {
    expect(view(snap, { platform, now: MARK - 1 }).title).toBe(platform === 'darwin' ? '2' : '');
    expect(view(snap, { platform, now: MARK }).title).toBe(
      platform === 'darwin' ? `${URGENT_TITLE_MARK} 2` : '',
    );
    const hidden = view(snap, { platform, now: MARK, showCountInTray: false });
    expect(hidden.state).toBe('urgent-pending');
    expect(hidden.title).toBe(platform === 'darwin' ? URGENT_TITLE_MARK : '');
  });

  it('shows the countdown on the urgent invitation only, in the user’s language', () => {
    const before = view(snap, { platform, now: MARK - 1 });
    expect(item(before.menu, 'invite:p1:acme')?.label).toBe('Acme Corp');
    const menu = view(snap, { platform, now: MARK + 5 * HOUR }).menu;
    expect(item(menu, 'invite:p1:acme')?.label).toBe('Acme Corp — expires in 19 hours');
    expect(item(menu, 'invite:p1:later')?.label).toBe('Later Ltd');
    const german = view(snap, { platform, now: EXPIRY - 90 * MINUTE, translator: translatorFor('de') });
    expect(item(german.menu, 'invite:p1:acme')?.label).toBe('Acme Corp – läuft in 2 Stunden ab');
  });

  it('goes when the invitation lapses, or is no longer pending', () => {
    expect(view(snap, { platform, now: EXPIRY }).state).toBe('1');
    const answered = quietSnap({ ...acme, effective_status: 'accepted', status: 'accepted' }, later);
    expect(view(answered, { platform, now: MARK }).state).toBe('1');
  });
});

describe('urgency and other states', () => {
  it('a problem the user must fix still wins over the clock mark', () => {
    const failing = snapshot(profile('p1', { invites: [acme], error: error('bad-credentials', 'Bad.') }));
    expect(view(failing, { now: MARK }).state).toBe('error');
  });

  it('on macOS the title keeps the warning sign beside the error icon (another account failing)', () => {
    // One login's token was revoked; the other's invitation lapses within a day. The error
    // icon is about the token; the title's sign is still the only mark of the lapsing one.
    const mixed = snapshot(
      profile('p1', { invites: [acme] }),
      profile('p2', { error: error('bad-credentials', 'Bad.'), nextRetryAt: null }),
    );
    expect(view(mixed, { platform: 'darwin', now: MARK })).toMatchObject({
      state: 'error',
      title: `${URGENT_TITLE_MARK} 1`,
    });
    expect(view(mixed, { platform: 'darwin', now: MARK - 1 }).title).toBe('1');
  });

  it('counts an invitation without an expiry as never urgent', () => {
    expect(view(quietSnap(invite('x', { expires_on: undefined })), { now: MARK }).state).toBe('1');
  });
});

describe('wakes for the tray', () => {
  // Reminders off: only what the tray shows decides when main wakes.
  const preferences = { ...DEFAULT_PREFERENCES, expiringReminder: false, lastChanceReminder: false };
  const wakeAfter = (snap: AppSnapshot, now: number) =>
    nextWake({ snapshot: snap, now, preferences, holding: false, localMinutes: utcMinutes });

  it.each(['linux', 'win32', 'darwin'])(
    '%s: at the 24 h mark and each countdown change, never in between, never for nothing',
    (platform) => {
      const snap = quietSnap(acme);
      const shown = (now: number) => JSON.stringify(view(snap, { platform, now }));
      const wakes: number[] = [];
      let now = NOW;
      for (let at = wakeAfter(snap, now); Number.isFinite(at); at = wakeAfter(snap, now)) {
        // Every wake changes what the tray shows...
        expect(shown(at), `wake at +${(at - NOW) / MINUTE} min`).not.toBe(shown(at - 1));
        // ...and nothing changes between two wakes (sampled every minute and just before the next).
        for (let t = now + MINUTE; t < at; t += MINUTE) expect(shown(t)).toBe(shown(now));
        expect(shown(at - 1)).toBe(shown(now));
        wakes.push(at);
        now = at;
        if (wakes.length > 200) throw new Error('too many wakes');
      }
      expect(wakes).toContain(MARK);
      expect(wakes.at(-1)).toBe(EXPIRY);
    },
  );
});
