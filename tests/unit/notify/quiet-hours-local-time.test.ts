import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNotifier } from '../../../electron/main/core/app/notifier';
import { DEFAULT_PREFERENCES } from '../../../electron/main/core/accounts/settings-schema';
import type { NotificationSpec } from '../../../electron/main/core/notify/notify-policy';
import { localMinutes } from '../../../electron/main/core/notify/quiet-hours';
import { trayView } from '../../../electron/main/core/tray/tray-view';
import { translatorFor } from '../../../electron/shared/i18n/catalogues';
import type { AppSnapshot, Invite } from '../../../electron/shared/types';
import { ManualClock } from '../../support/manual-clock';
import { invite, profile, snapshot } from '../tray/snapshot-fixtures';

// Quiet hours in the machine's own time zone, through the notifier's default local-time
// reading, on the nights the clocks change: the window follows the wall clock, not a UTC
// offset taken in the evening. Node re-reads process.env.TZ when it is assigned.

const zone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const utc = (month: number, day: number, hh: number, mm = 0) => Date.UTC(2025, month - 1, day, hh, mm);

describe('local time for quiet hours', () => {
  it('reads the wall clock on both sides of a clock change', () => {
    // 30 March 2025: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
    expect(localMinutes(utc(3, 30, 0, 30))).toBe(1 * 60 + 30);
    expect(localMinutes(utc(3, 30, 1, 30))).toBe(3 * 60 + 30);
    // 26 October 2025: 03:00 CEST falls back to 02:00 CET (01:00 UTC); 02:30 happens twice.
    expect(localMinutes(utc(10, 26, 0, 30))).toBe(2 * 60 + 30);
    expect(localMinutes(utc(10, 26, 1, 30))).toBe(2 * 60 + 30);
    expect(localMinutes(utc(10, 26, 6, 0))).toBe(7 * 60);
  });
});

function night(start: number) {
  const clock = new ManualClock(start);
  const shown: NotificationSpec[] = [];
  const notified = new Set<string>();
  let current: AppSnapshot = snapshot(profile('p1'));
  const notifier = createNotifier({
    settings: {
      hasNotified: (id) => notified.has(id),
      addNotified: (...ids) => ids.forEach((id) => notified.add(id)),
      hasReminded: () => false,
      addReminded: () => undefined,
    },
    snapshot: () => current,
    preferences: () => ({
      ...DEFAULT_PREFERENCES,
      expiringReminder: false,
      quietHours: { enabled: true, from: '22:00', to: '07:00' },
    }),
    now: () => clock.now(),
    emit: (spec) => void shown.push(spec),
    translator: () => translatorFor('de'),
    // No localMinutes: the notifier's own reading of the machine's time zone.
  });
  const header = () =>
    trayView(current, {
      platform: 'linux',
      now: clock.now(),
      showCountInTray: true,
      startAtLogin: false,
      translator: translatorFor('de'),
    }).menu[0]?.label;
  return {
    clock,
    shown,
    header,
    arrive(all: Invite[], fresh: Invite[]) {
      current = snapshot(profile('p1', { invites: all }));
      notifier.onEvents(
        fresh.map((entry) => ({ type: 'added', profileId: 'p1', invite: entry })),
        { profileId: 'p1', initial: false },
      );
    },
    tick: () => notifier.remind(),
  };
}

describe('quiet hours across a clock change (Europe/Berlin)', () => {
  const far = new Date(Date.UTC(2026, 0, 1)).toISOString();
  const acme = invite('acme1', { organization_name: 'Acme Corp', expires_on: far });
  const wayne = invite('wayne1', { organization_name: 'Wayne Enterprises', expires_on: far });

  it('spring forward: held until 07:00 CEST (05:00 UTC), not an hour late; the tray counts meanwhile', () => {
    const n = night(utc(3, 29, 20, 0)); // 21:00 CET
    n.clock.advanceTo(utc(3, 29, 21, 30)); // 22:30 CET: quiet
    n.arrive([acme], [acme]);
    expect(n.header()).toBe('1 offene Einladung');
    n.clock.advanceTo(utc(3, 30, 3, 0)); // 05:00 CEST
    n.arrive([acme, wayne], [wayne]);
    expect(n.header()).toBe('2 offene Einladungen');
    n.clock.advanceTo(utc(3, 30, 4, 59)); // 06:59 CEST: still quiet
    n.tick();
    expect(n.shown).toEqual([]);

    n.clock.advanceTo(utc(3, 30, 5, 0)); // 07:00 CEST
    n.tick();
    expect(n.shown.map((spec) => [spec.tag, spec.title, spec.body])).toEqual([
      [
        'summary:quiet-hours',
        '2 neue Cloudflare-Einladungen während der Ruhezeit',
        'Acme Corp und Wayne Enterprises.\nZum Öffnen von Invitray klicken',
      ],
    ]);
    n.clock.advanceTo(utc(3, 30, 6, 0));
    n.tick();
    expect(n.shown).toHaveLength(1);
  });

  it('fall back: the repeated hour stays quiet; released at 07:00 CET (06:00 UTC)', () => {
    const n = night(utc(10, 25, 19, 0)); // 21:00 CEST
    n.clock.advanceTo(utc(10, 25, 20, 15)); // 22:15 CEST: quiet
    n.arrive([acme], [acme]);
    for (const at of [utc(10, 26, 0, 30), utc(10, 26, 1, 30), utc(10, 26, 5, 59)]) {
      n.clock.advanceTo(at); // 02:30 CEST, 02:30 CET, 06:59 CET
      n.tick();
    }
    expect(n.shown).toEqual([]);
    expect(n.header()).toBe('1 offene Einladung');
    n.clock.advanceTo(utc(10, 26, 6, 0)); // 07:00 CET
    n.tick();
    expect(n.shown.map((spec) => spec.title)).toEqual(['1 neue Cloudflare-Einladung während der Ruhezeit']);
  });
});
