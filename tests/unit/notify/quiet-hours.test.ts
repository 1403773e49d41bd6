import { describe, expect, it } from 'vitest';
import { createNotifier } from '../../../electron/main/core/app/notifier';
import { DEFAULT_PREFERENCES } from '../../../electron/main/core/accounts/settings-schema';
import { QuietHoursGate, isQuietTime, minutesOfDay } from '../../../electron/main/core/notify/quiet-hours';
import { minutesUntilQuietEnds } from '../../../electron/main/core/notify/quiet-expiry';
import type { NotificationSpec } from '../../../electron/main/core/notify/notify-policy';
import type { InviteEvent } from '../../../electron/main/core/sync/events';
import type { AppSnapshot, Invite, Preferences, QuietHours } from '../../../electron/shared/types';
import { ManualClock } from '../../support/manual-clock';
import { memoryHistories } from '../../support/memory-histories';
import { invite, profile, snapshot } from '../tray/snapshot-fixtures';
import { utcMinutes } from '../../support/utc-time-of-day';

const at = (hh: number, mm = 0, day = 15) => Date.UTC(2025, 0, day, hh, mm);
const night: QuietHours = { enabled: true, from: '22:00', to: '07:00' };

describe('quiet hours: the time window', () => {
  it('reads HH:MM', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('07:30')).toBe(450);
    expect(minutesOfDay('23:59')).toBe(1439);
  });

  it('wraps past midnight: quiet from 22:00 up to, not including, 07:00', () => {
    const quiet = (time: string) => isQuietTime(night, minutesOfDay(time));
    expect(['21:59', '07:00', '12:00'].map(quiet)).toEqual([false, false, false]);
    expect(['22:00', '23:59', '00:00', '06:59'].map(quiet)).toEqual([true, true, true, true]);
  });

  it('counts the minutes until the window ends, past midnight too', () => {
    expect(minutesUntilQuietEnds(night, minutesOfDay('23:00'))).toBe(8 * 60);
    expect(minutesUntilQuietEnds(night, minutesOfDay('06:59'))).toBe(1);
    expect(minutesUntilQuietEnds({ enabled: true, from: '09:00', to: '17:00' }, 540)).toBe(8 * 60);
  });

  it('a daytime window does not wrap; off or zero-length is never quiet', () => {
    const work = { enabled: true, from: '09:00', to: '17:00' };
    expect([480, 540, 1019, 1020].map((m) => isQuietTime(work, m))).toEqual([false, true, true, false]);
    expect(isQuietTime({ ...night, enabled: false }, minutesOfDay('23:00'))).toBe(false);
    expect(isQuietTime({ enabled: true, from: '08:00', to: '08:00' }, 480)).toBe(false);
  });
});

describe('quiet hours: the gate', () => {
  const spec = (kind: NotificationSpec['kind'], tag: string): NotificationSpec => ({
    kind,
    tag,
    title: tag,
    body: '',
    clickAction: { kind: 'open' },
  });

  it('passes everything through outside quiet hours', () => {
    const gate = new QuietHoursGate();
    const specs = [spec('new-invite', 'invite:a'), spec('expiring', 'expiring:b')];
    expect(gate.admit(specs, ['a'], false)).toEqual(specs);
    expect(gate.held).toEqual([]);
  });

  it('holds new invitations (single or summary), lets others through silently', () => {
    const gate = new QuietHoursGate();
    const shown = gate.admit([spec('new-invite', 'invite:a'), spec('expiring', 'expiring:b')], ['a'], true);
    expect(shown).toEqual([{ ...spec('expiring', 'expiring:b'), silent: true }]);
    expect(gate.admit([spec('summary', 'summary:new')], ['c', 'd', 'e', 'f'], true)).toEqual([]);
    expect(gate.held).toEqual(['a', 'c', 'd', 'e', 'f']);
  });
});

interface Run {
  clock: ManualClock;
  shown: NotificationSpec[];
  setSnapshot(next: AppSnapshot): void;
  events(events: InviteEvent[]): void;
  remind(): void;
}

function run(preferences: Partial<Preferences>): Run {
  const clock = new ManualClock(at(21, 0));
  const shown: NotificationSpec[] = [];
  const { settings } = memoryHistories();
  let current = snapshot(profile('p1'));
  const notifier = createNotifier({
    settings,
    snapshot: () => current,
    preferences: () => ({ ...DEFAULT_PREFERENCES, ...preferences }),
    now: () => clock.now(),
    emit: (spec) => void shown.push(spec),
    localMinutes: utcMinutes,
  });
  return {
    clock,
    shown,
    setSnapshot: (next) => void (current = next),
    events: (events) => notifier.onEvents(events, { profileId: 'p1', initial: false }),
    remind: () => notifier.remind(),
  };
}

/** Makes `invites` the profile's list and reports the new ones as added, as the sync engine would. */
function arrive(r: Run, all: Invite[], fresh: Invite[]): void {
  r.setSnapshot(snapshot(profile('p1', { invites: all })));
  r.events(fresh.map((entry) => ({ type: 'added', profileId: 'p1', invite: entry })));
}

describe('quiet hours in the notifier (manual clock)', () => {
  const acme = invite('acme1', {
    organization_name: 'Acme Corp',
    expires_on: new Date(at(12, 0, 20)).toISOString(),
  });
  const wayne = invite('wayne1', {
    organization_name: 'Wayne Enterprises',
    expires_on: new Date(at(12, 0, 20)).toISOString(),
  });
  const stark = invite('stark1', {
    organization_name: 'Stark Industries',
    expires_on: new Date(at(12, 0, 20)).toISOString(),
  });

  it('holds new invitations overnight and shows one summary when the quiet hours end', () => {
    const r = run({ quietHours: night });
    r.clock.advanceTo(at(23, 10));
    arrive(r, [acme], [acme]);
    r.clock.advanceTo(at(2, 30, 16));
    arrive(r, [acme, wayne], [wayne]);
    r.remind();
    r.clock.advanceTo(at(6, 59, 16));
    r.remind();
    expect(r.shown).toEqual([]);

    r.clock.advanceTo(at(7, 0, 16));
    r.remind();
    expect(r.shown).toHaveLength(1);
    expect(r.shown[0]).toMatchObject({
      kind: 'summary',
      tag: 'summary:quiet-hours',
      clickAction: { kind: 'open' },
    });
    expect(r.shown[0]?.title).toBe('2 new Cloudflare invitations during quiet hours');
    expect(r.shown[0]?.body).toContain('Acme Corp and Wayne Enterprises');

    // Released once: the next minute is quiet, and a new arrival is announced normally again.
    r.clock.advanceTo(at(7, 1, 16));
    r.remind();
    arrive(r, [acme, wayne, stark], [stark]);
    expect(r.shown.map((spec) => spec.kind)).toEqual(['summary', 'new-invite']);
    expect(r.shown[1]?.silent).toBeUndefined();
  });

  it('leaves out invitations answered during the night; nothing left means no summary', () => {
    const r = run({ quietHours: night });
    r.clock.advanceTo(at(23, 0));
    arrive(r, [acme, wayne], [acme, wayne]);
    r.setSnapshot(
      snapshot(
        profile('p1', { invites: [{ ...acme, status: 'accepted', effective_status: 'accepted' }, wayne] }),
      ),
    );
    r.clock.advanceTo(at(7, 5, 16));
    r.remind();
    expect(r.shown.map((spec) => spec.title)).toEqual(['1 new Cloudflare invitation during quiet hours']);

    const empty = run({ quietHours: night });
    empty.clock.advanceTo(at(23, 0));
    arrive(empty, [acme], [acme]);
    empty.setSnapshot(snapshot(profile('p1', { invites: [] })));
    empty.clock.advanceTo(at(8, 0, 16));
    empty.remind();
    expect(empty.shown).toEqual([]);
  });

  it('outside quiet hours, or with them off, announces at once', () => {
    const off = run({ quietHours: { ...night, enabled: false } });
    off.clock.advanceTo(at(23, 0));
    arrive(off, [acme], [acme]);
    expect(off.shown.map((spec) => spec.kind)).toEqual(['new-invite']);

    const day = run({ quietHours: night });
    arrive(day, [acme], [acme]);
    expect(day.shown.map((spec) => spec.kind)).toEqual(['new-invite']);
  });

  it('reminders about expiring invitations still come during quiet hours, without sound', () => {
    const r = run({ quietHours: night });
    r.clock.advanceTo(at(23, 0));
    const lapsing = invite('lapse1', {
      organization_name: 'Lapsing Ltd',
      expires_on: new Date(at(9, 0, 16)).toISOString(),
    });
    r.setSnapshot(snapshot(profile('p1', { invites: [lapsing] })));
    r.remind();
    expect(r.shown).toHaveLength(1);
    expect(r.shown[0]).toMatchObject({ kind: 'expiring', silent: true });
  });
});
