import { describe, expect, it } from 'vitest';
import { createNotifier } from '../../../electron/main/core/app/notifier';
import { DEFAULT_PREFERENCES } from '../../../electron/main/core/accounts/settings-schema';
import type { NotificationSpec } from '../../../electron/main/core/notify/notify-policy';
import type {
  AppSnapshot,
  Invite,
  Preferences,
  ProfileState,
  QuietHours,
} from '../../../electron/shared/types';
import { ManualClock } from '../../support/manual-clock';
import { memoryHistories } from '../../support/memory-histories';
import { utcMinutes } from '../../support/utc-time-of-day';
import { error, invite, profile, snapshot } from '../tray/snapshot-fixtures';

// Quiet hours at their edges: a second account that fails, settings changed while something
// is held, and an invitation that lapses the morning after it arrived.

const at = (hh: number, mm = 0, day = 15) => Date.UTC(2025, 0, day, hh, mm);
const night: QuietHours = { enabled: true, from: '22:00', to: '07:00' };

function run(initial: Partial<Preferences>, held: string[] = []) {
  const clock = new ManualClock(at(21, 0));
  const shown: NotificationSpec[] = [];
  const { reminded, settings } = memoryHistories();
  const saved: string[][] = [];
  let stored = held;
  let preferences: Preferences = { ...DEFAULT_PREFERENCES, ...initial };
  let current: AppSnapshot = snapshot(profile('p1'));
  const notifier = createNotifier({
    settings,
    snapshot: () => current,
    preferences: () => preferences,
    now: () => clock.now(),
    emit: (spec) => void shown.push(spec),
    localMinutes: utcMinutes,
    held: {
      load: () => stored,
      save: (ids) => void saved.push((stored = [...ids])),
    },
  });
  return {
    clock,
    shown,
    saved,
    reminded,
    stored: () => stored,
    notifier,
    setProfiles: (...profiles: ProfileState[]) => void (current = snapshot(...profiles)),
    /** The user changes a setting in Settings; the core tells the notifier at once. */
    change(patch: Partial<Preferences>) {
      preferences = { ...preferences, ...patch };
      notifier.settle();
    },
    arrive(profileId: string, fresh: Invite[]) {
      notifier.onEvents(
        fresh.map((entry) => ({ type: 'added', profileId, invite: entry })),
        { profileId, initial: false },
      );
    },
  };
}

const far = new Date(at(12, 0, 25)).toISOString();
const acme = invite('acme1', { organization_name: 'Acme Corp', expires_on: far });
const wayne = invite('wayne1', { organization_name: 'Wayne Enterprises', expires_on: far });
const revoked = { lastSuccessAt: null, error: error('bad-credentials', 'Invalid API Token') };

describe('quiet hours with an account that fails', () => {
  it("one account's revoked token does not block the other's summary", () => {
    const r = run({ quietHours: night });
    r.clock.advanceTo(at(23, 0));
    r.setProfiles(profile('p1', { invites: [acme] }), profile('p2', revoked));
    r.arrive('p1', [acme]);
    expect(r.shown).toEqual([]);
    r.clock.advanceTo(at(7, 0, 16));
    r.notifier.remind();
    expect(r.shown.map((spec) => [spec.tag, spec.body.split('\n')[0]])).toEqual([
      ['summary:quiet-hours', 'Acme Corp.'],
    ]);
    expect(r.stored()).toEqual([]);
  });

  it('what the failing account held stays held for it, and is summarised once it has a list again', () => {
    // Held last night, before a restart: acme1 on p1, wayne1 on p2, whose keychain is now unreadable.
    const r = run({ quietHours: night }, ['acme1', 'wayne1']);
    r.clock.advanceTo(at(7, 30, 16));
    r.setProfiles(profile('p1', { invites: [acme] }), profile('p2', revoked));
    r.notifier.remind();
    expect(r.shown.map((spec) => spec.body.split('\n')[0])).toEqual(['Acme Corp.']);
    expect(r.stored()).toEqual(['wayne1']);

    r.clock.advanceTo(at(9, 0, 16));
    r.setProfiles(profile('p1', { invites: [acme] }), profile('p2', { invites: [wayne] }));
    r.notifier.remind();
    expect(r.shown.map((spec) => spec.body.split('\n')[0])).toEqual(['Acme Corp.', 'Wayne Enterprises.']);
    expect(r.stored()).toEqual([]);
  });

  it('still waits for an account loading its first list (no error yet)', () => {
    const r = run({ quietHours: night }, ['acme1']);
    r.clock.advanceTo(at(7, 30, 16));
    r.setProfiles(profile('p1', { invites: [acme] }), profile('p2', { lastSuccessAt: null, syncing: true }));
    r.notifier.remind();
    expect(r.shown).toEqual([]);
    expect(r.stored()).toEqual(['acme1']);
  });
});

describe('quiet hours when settings change while something is held', () => {
  function heldAtNight(prefs: Partial<Preferences> = {}) {
    const r = run({ quietHours: night, ...prefs });
    r.clock.advanceTo(at(23, 0));
    r.setProfiles(profile('p1', { invites: [acme] }));
    r.arrive('p1', [acme]);
    expect(r.shown).toEqual([]);
    expect(r.stored()).toEqual(['acme1']);
    return r;
  }

  it('notifications turned off: what is held is dropped, and nothing shows when the hours end', () => {
    const r = heldAtNight();
    r.change({ notificationsEnabled: false });
    expect(r.stored()).toEqual([]);
    r.clock.advanceTo(at(2, 0, 16));
    r.change({ notificationsEnabled: true }); // back on before morning: the night's news is gone
    r.clock.advanceTo(at(7, 0, 16));
    r.notifier.remind();
    expect(r.shown).toEqual([]);
  });

  it('notifications turned off then the hours end with no settings event: still nothing', () => {
    const r = heldAtNight();
    r.change({ notificationsEnabled: false });
    r.clock.advanceTo(at(7, 0, 16));
    r.notifier.remind();
    expect(r.shown).toEqual([]);
  });

  it('quiet hours turned off: the summary comes at once, as when the hours end', () => {
    const r = heldAtNight();
    r.clock.advanceTo(at(23, 30));
    r.change({ quietHours: { ...night, enabled: false } });
    expect(r.shown.map((spec) => spec.tag)).toEqual(['summary:quiet-hours']);
    expect(r.stored()).toEqual([]);
  });

  it('quiet hours moved so that now is outside them: released at once; still inside: kept', () => {
    const r = heldAtNight();
    r.clock.advanceTo(at(23, 30));
    r.change({ quietHours: { enabled: true, from: '23:00', to: '06:00' } });
    expect(r.shown).toEqual([]);
    r.change({ quietHours: { enabled: true, from: '00:00', to: '06:00' } });
    expect(r.shown.map((spec) => spec.tag)).toEqual(['summary:quiet-hours']);
  });

  it('quiet hours turned off while an account still loads: released when its list arrives', () => {
    const r = heldAtNight();
    r.setProfiles(profile('p1', { invites: [acme] }), profile('p2', { lastSuccessAt: null }));
    r.change({ quietHours: { ...night, enabled: false } });
    expect(r.shown).toEqual([]);
    r.setProfiles(profile('p1', { invites: [acme] }), profile('p2'));
    r.arrive('p2', []);
    expect(r.shown.map((spec) => spec.tag)).toEqual(['summary:quiet-hours']);
  });
});

describe('an expiry warning is never lost to quiet hours', () => {
  const iso = (hh: number, mm: number, day: number) => new Date(at(hh, mm, day)).toISOString();
  /** Acme Corp and `other` arrive together at 23:00, in quiet hours. */
  function arriveAt23WithAcme(other: Invite) {
    const r = run({ quietHours: night });
    r.clock.advanceTo(at(23, 0));
    r.setProfiles(profile('p1', { invites: [acme, other] }));
    r.arrive('p1', [acme, other]);
    return r;
  }

  it('an invitation arriving at 23:00 and lapsing at 12:00: the summary says when it expires', () => {
    const r = arriveAt23WithAcme(
      invite('lapse1', { organization_name: 'Lapsing Ltd', expires_on: iso(12, 0, 16) }),
    );
    // Its notification would have said when it expires, so it counted as its reminder.
    expect(r.reminded.has('lapse1')).toBe(true);
    r.clock.advanceTo(at(7, 0, 16));
    r.notifier.remind();
    expect(r.shown).toHaveLength(1);
    expect(r.shown[0]?.body).toBe(
      'Acme Corp and Lapsing Ltd.\nLapsing Ltd expires in 5 hours.\nClick to open Invitray',
    );
  });

  it('one lapsing before the hours end keeps its reminder, at once and silent; the summary leaves it out', () => {
    const r = arriveAt23WithAcme(
      invite('dawn1', { organization_name: 'Dawn Ltd', expires_on: iso(6, 0, 16) }),
    );
    expect(r.shown.map((spec) => [spec.kind, spec.inviteId, spec.silent])).toEqual([
      ['expiring', 'dawn1', true],
    ]);
    expect(r.shown[0]?.title).toBe('Invitation to Dawn Ltd expires in 7 hours');
    expect(r.stored()).toEqual(['acme1', 'dawn1']);
    // 07:00: the last list still says pending, but by the clock it lapsed at 06:00.
    r.clock.advanceTo(at(7, 0, 16));
    r.notifier.remind();
    expect(r.shown.slice(1).map((spec) => spec.body)).toEqual(['Acme Corp.\nClick to open Invitray']);
  });

  it('no expiry line when none of them lapses within a day', () => {
    const r = run({ quietHours: night });
    r.clock.advanceTo(at(23, 0));
    r.setProfiles(profile('p1', { invites: [acme] }));
    r.arrive('p1', [acme]);
    r.clock.advanceTo(at(7, 0, 16));
    r.notifier.remind();
    expect(r.shown[0]?.body).toBe('Acme Corp.\nClick to open Invitray');
  });
});
