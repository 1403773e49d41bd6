import { describe, expect, it } from 'vitest';
import {
  nextLapse,
  nextQuietEnd,
  nextReminderDue,
  nextTrayLabelChange,
  nextWake,
} from '../../../electron/main/core/app/next-wake';
import { createWakeTimer } from '../../../electron/main/core/app/wake-timer';
import { MAX_TIMER_DELAY_MS } from '../../../electron/main/core/sync/clock';
import { STALE_AFTER_MS } from '../../../electron/main/core/tray/tray-status';
import { ManualClock } from '../../support/manual-clock';
import { DEFAULT_PREFERENCES } from '../../../electron/main/core/accounts/settings-schema';
import { utcMinutes } from '../../support/utc-time-of-day';
import { error, HOUR, invite, MINUTE, NOW, profile, snapshot } from '../tray/snapshot-fixtures';

const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const expiring = (id: string, at: number) => invite(id, { expires_on: iso(at) });
// Never listed yet, so the tooltip's "synced … ago" plays no part unless a test wants it.
const healthy = (...invites: ReturnType<typeof invite>[]) =>
  snapshot(profile('p1', { invites, nextRetryAt: null, lastSuccessAt: null }));
const quiet = (from: string, to: string) => ({ enabled: true, from, to });

describe('nextLapse', () => {
  it('is the soonest expiry of an invitation still pending, in any profile', () => {
    const snap = snapshot(
      profile('p1', { invites: [expiring('a', NOW + 5 * HOUR), expiring('gone', NOW - MINUTE)] }),
      profile('p2', { invites: [expiring('b', NOW + 2 * HOUR)] }),
    );
    expect(nextLapse(snap, NOW)).toBe(NOW + 2 * HOUR);
    expect(nextLapse(healthy(invite('x', { expires_on: undefined })), NOW)).toBe(Infinity);
  });
});

describe('nextReminderDue', () => {
  const snap = healthy(expiring('soon', NOW + 30 * HOUR), expiring('inside', NOW + 2 * HOUR));
  it('is when the next invitation enters the 24-hour window; ones inside it are past due', () => {
    expect(nextReminderDue(snap, NOW, DEFAULT_PREFERENCES)).toBe(NOW + 6 * HOUR);
  });
  it('never with reminders off; still due with notifications off (then marked, not shown)', () => {
    const off = { notificationsEnabled: true, expiringReminder: false, lastChanceReminder: false };
    expect(nextReminderDue(snap, NOW, off)).toBe(Infinity);
    const silent = { notificationsEnabled: false, expiringReminder: false, lastChanceReminder: false };
    expect(nextReminderDue(snap, NOW, silent)).toBe(NOW + 6 * HOUR);
  });
});

describe('nextQuietEnd', () => {
  const at = (hh: number, mm = 0) => Date.UTC(2025, 5, 1, hh, mm);
  it('is the end of quiet hours in force, past midnight too; never outside them', () => {
    expect(nextQuietEnd(quiet('22:00', '07:00'), at(23, 10) + 5000, utcMinutes)).toBe(at(24 + 7));
    expect(nextQuietEnd(quiet('13:00', '14:30'), at(13, 59), utcMinutes)).toBe(at(14, 30));
    expect(nextQuietEnd(quiet('22:00', '07:00'), at(12), utcMinutes)).toBe(Infinity);
    expect(nextQuietEnd({ enabled: false, from: '00:00', to: '23:00' }, at(3), utcMinutes)).toBe(Infinity);
  });
  it('follows the wall clock across a clock change (an hour less in the night)', () => {
    // A zone that springs forward at 02:00 UTC, from UTC+1 to UTC+2.
    const jump = Date.UTC(2025, 2, 30, 1);
    const local = (ms: number) => utcMinutes(ms + (ms >= jump ? 2 : 1) * HOUR);
    const start = Date.UTC(2025, 2, 29, 21, 30); // 22:30 local
    expect(nextQuietEnd(quiet('22:00', '07:00'), start, local)).toBe(Date.UTC(2025, 2, 30, 5)); // 07:00 local
  });
});

describe('nextTrayLabelChange', () => {
  it("follows each listed invitation's expiry label", () => {
    // "Expires in 7 days" becomes "in 6 days" half a day from now; "in 3 hours" at 2½ h.
    expect(nextTrayLabelChange(healthy(expiring('a', NOW + 7 * DAY)), NOW)).toBe(NOW + 12 * HOUR + 1);
    const snap = healthy(expiring('a', NOW + 7 * DAY), expiring('b', NOW + 3 * HOUR));
    expect(nextTrayLabelChange(snap, NOW)).toBe(NOW + 30 * MINUTE + 1);
  });
  it("follows a failing account's retry time until it comes; its data's age is not shown", () => {
    const failing = snapshot(
      profile('p1', { error: error('server-error', 'down'), nextRetryAt: NOW + 3 * MINUTE + 10_000 }),
    );
    expect(nextTrayLabelChange(failing, NOW)).toBe(NOW + 10_000);
    expect(nextTrayLabelChange(failing, NOW + 3 * MINUTE)).toBe(NOW + 3 * MINUTE + 10_000);
    expect(nextTrayLabelChange(healthy(), NOW)).toBe(Infinity);
  });
  it('wakes when the data turn stale and the tooltip gives their age, then follows that age', () => {
    // Synced 2 minutes ago: the age shows from STALE_AFTER_MS on ("synced 1 hr ago").
    const synced = snapshot(profile('p1', { nextRetryAt: null, lastSuccessAt: NOW - 2 * MINUTE }));
    const stale = NOW - 2 * MINUTE + STALE_AFTER_MS;
    expect(nextTrayLabelChange(synced, NOW)).toBe(stale);
    expect(nextTrayLabelChange(synced, stale)).toBe(NOW - 2 * MINUTE + 90 * MINUTE);
    // A poll due before then refreshes them: no wake for it (a quiet poll re-arms nothing).
    const polled = snapshot(
      profile('p1', { lastSuccessAt: NOW - 2 * MINUTE, nextRetryAt: NOW + 3 * MINUTE }),
    );
    expect(nextTrayLabelChange(polled, NOW)).toBe(Infinity);
  });
});

describe('nextWake', () => {
  const base = {
    now: NOW,
    preferences: { ...DEFAULT_PREFERENCES, quietHours: quiet('11:00', '13:00') },
    localMinutes: utcMinutes,
  };
  it('is the soonest of them, and the end of quiet hours only while something is held', () => {
    const snap = healthy(expiring('a', NOW + 7 * DAY));
    expect(nextWake({ ...base, snapshot: snap, holding: false })).toBe(NOW + 12 * HOUR + 1);
    expect(nextWake({ ...base, snapshot: snap, holding: true })).toBe(NOW + HOUR);
    expect(nextWake({ ...base, snapshot: healthy(), holding: false })).toBe(Infinity);
  });
});

describe('createWakeTimer', () => {
  it('keeps one timer for the next moment: the same moment stays armed, a new one replaces it', () => {
    const clock = new ManualClock(NOW);
    let fired = 0;
    const timer = createWakeTimer(clock, () => fired++);
    timer.arm(NOW + HOUR);
    timer.arm(NOW + HOUR);
    expect(clock.pending()).toEqual([NOW + HOUR]);
    timer.arm(NOW + MINUTE);
    expect(clock.pending()).toEqual([NOW + MINUTE]);
    timer.arm(Infinity);
    expect(clock.pending()).toEqual([]);
    timer.arm(NOW + 40 * DAY); // beyond Node's longest delay: wakes at the limit to look again
    expect(clock.pending()).toEqual([NOW + MAX_TIMER_DELAY_MS]);
    timer.arm(NOW + MINUTE);
    clock.advance(MINUTE);
    expect(fired).toBe(1);
    timer.arm(NOW + 2 * MINUTE);
    timer.stop();
    expect(clock.advance(DAY)).toBe(0);
  });
});
