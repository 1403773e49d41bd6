import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionKeychain } from '../../../electron/main/core/app';
import { DEMO_CREDENTIALS } from '../../../electron/main/core/demo/credentials';
import type { Preferences } from '../../../electron/shared/types';
import { registerNotifications } from '../../../electron/main/shell/notifications';
import { makeDouble } from '../../unit/electron-double/make-double';
import { hhmm, utcMinutes } from '../../support/utc-time-of-day';
import { createCoreFixture, type CoreFixture } from './support/core-fixture';

// Issue 22 end to end: the real core on a manual clock and the real demo API, its
// notifications shown through the real shell presenter into the Electron double of each
// platform. The clock crosses an invitation's 24 h mark (the tray turns urgent, the day-before
// reminder) and its 2 h mark (the last-chance reminder, urgent where the OS allows), with and
// without quiet hours, and across a restart.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const PLATFORMS = ['linux', 'darwin', 'win32'] as const;
type Platform = (typeof PLATFORMS)[number];

let fixture: CoreFixture;
beforeEach(async () => {
  fixture = await createCoreFixture({ keychain: createSessionKeychain() });
  fixture.demo.setInvites([]);
});
afterEach(async () => {
  await fixture.close();
});

/** A running core whose notifications reach `platform`'s Notification double through the shell. */
async function bootOn(platform: Platform) {
  const electron = makeDouble({ platform });
  const presenter = registerNotifications({
    Notification: electron.Notification,
    platform,
    iconPath: '/opt/Invitray/resources/icon.png',
    activate: () => undefined,
    log: { warn: () => undefined },
  });
  const booted = fixture.boot({ platform, localMinutes: utcMinutes });
  booted.core.onNotification((spec) => presenter.show(spec));
  booted.core.start();
  await booted.core.whenIdle();
  // What the user saw: each shown native notification's options.
  const shown = () =>
    electron.__double.notifications.filter((entry) => entry.shown).map((entry) => entry.options);
  return { ...booted, shown };
}

/** An invitation lapsing `msFromNow` from now, listed (quietly: it is the account's first list). */
async function signedInWith(platform: Platform, msFromNow: number) {
  const expiry = fixture.clock.now() + msFromNow;
  fixture.demo.addInvite({ organization_name: 'Acme Corp', expires_on: new Date(expiry).toISOString() });
  const app = await bootOn(platform);
  await app.core.addAccount('Work', DEMO_CREDENTIALS.token);
  await app.core.whenIdle();
  expect(app.shown()).toEqual([]);
  return { ...app, expiry };
}

async function advanceTo(app: { core: { whenIdle(): Promise<void> } }, at: number) {
  fixture.clock.advanceTo(at);
  await app.core.whenIdle();
}

const quietAround = (at: number, beforeMin: number, afterMin: number): Partial<Preferences> => ({
  quietHours: {
    enabled: true,
    from: hhmm(utcMinutes(at) - beforeMin),
    to: hhmm(utcMinutes(at) + afterMin),
  },
});

/** What each platform's Notification got for an urgent notification (electron.d.ts, Electron's source). */
function expectUrgent(platform: Platform, options: Record<string, unknown> | undefined, urgent: boolean) {
  if (urgent && platform !== 'darwin') {
    expect(options).toMatchObject({ urgency: 'critical', timeoutType: 'never' });
  } else {
    expect(options?.urgency).toBeUndefined();
    expect(options?.timeoutType).toBeUndefined();
  }
  if (platform === 'win32') {
    expect(String(options?.toastXml).includes('scenario="reminder"')).toBe(urgent);
  }
}

describe.each(PLATFORMS)('on %s', (platform) => {
  it('the 24 h mark: the tray turns urgent at that moment, with the day-before reminder (not urgent)', async () => {
    const app = await signedInWith(platform, 30 * HOUR);
    const mark = app.expiry - 24 * HOUR;
    await advanceTo(app, mark - 1);
    expect(app.core.trayView().state).toBe('1');
    expect(app.shown()).toEqual([]);
    await advanceTo(app, mark);
    const view = app.core.trayView();
    expect(view.state).toBe('urgent-1');
    expect(view.icon).toContain(platform === 'darwin' ? 'trayUrgentTemplate' : 'tray-urgent-1');
    expect(view.menu.find((item) => item.id.startsWith('invite:'))?.label).toBe(
      'Acme Corp — expires in 1 day',
    );
    expect(app.shown().map((options) => options.title)).toEqual(['Invitation to Acme Corp expires in 1 day']);
    expectUrgent(platform, app.shown()[0], false);
  });

  it('the 2 h mark: one urgent last-chance reminder, at that moment, and never again (also after a restart)', async () => {
    const app = await signedInWith(platform, 5 * HOUR);
    const mark = app.expiry - 2 * HOUR;
    await advanceTo(app, mark - 1);
    expect(app.shown()).toEqual([]);
    await advanceTo(app, mark);
    expect(app.shown().map((options) => options.title)).toEqual([
      'Last chance: invitation to Acme Corp expires in 2 hours',
    ]);
    const [options] = app.shown();
    expectUrgent(platform, options, true);
    expect(options?.silent).toBe(false);
    expect((options?.actions as unknown[] | undefined)?.length ?? 0).toBe(platform === 'linux' ? 0 : 2);

    await advanceTo(app, mark + 30 * MINUTE);
    expect(app.shown()).toHaveLength(1);
    await app.core.stop();
    const again = await bootOn(platform);
    await advanceTo(again, mark + HOUR);
    expect(again.shown()).toEqual([]);
  });

  it('the last-chance reminder can be turned off; the tray stays urgent', async () => {
    const app = await signedInWith(platform, 5 * HOUR);
    await app.core.updatePreferences({ lastChanceReminder: false });
    await advanceTo(app, app.expiry - 2 * HOUR + MINUTE);
    expect(app.shown()).toEqual([]);
    expect(app.core.trayView().state).toBe('urgent-1');
  });

  describe('during quiet hours', () => {
    it('comes through (sound, urgent) when the invitation lapses before they end', async () => {
      const app = await signedInWith(platform, 5 * HOUR);
      const mark = app.expiry - 2 * HOUR;
      await app.core.updatePreferences(quietAround(mark, 30, 180));
      await advanceTo(app, mark);
      const [options, ...rest] = app.shown();
      expect(rest).toEqual([]);
      expect(options?.title).toMatch(/^Last chance/);
      expect(options?.silent).toBe(false);
      expectUrgent(platform, options, true);
    });

    it('shows quietly and not urgent when that setting is off', async () => {
      const app = await signedInWith(platform, 5 * HOUR);
      const mark = app.expiry - 2 * HOUR;
      await app.core.updatePreferences({ ...quietAround(mark, 30, 180), lastChanceThroughQuietHours: false });
      await advanceTo(app, mark);
      const [options, ...rest] = app.shown();
      expect(rest).toEqual([]);
      expect(options?.title).toMatch(/^Last chance/);
      expect(options?.silent).toBe(true);
      expectUrgent(platform, options, false);
    });

    it('shows quietly when the invitation outlasts the quiet hours, whatever the setting', async () => {
      const app = await signedInWith(platform, 5 * HOUR);
      const mark = app.expiry - 2 * HOUR;
      await app.core.updatePreferences(quietAround(mark, 30, 60));
      await advanceTo(app, mark);
      const [options, ...rest] = app.shown();
      expect(rest).toEqual([]);
      expect(options?.silent).toBe(true);
      expectUrgent(platform, options, false);
    });
  });
});

// Timers stop while the machine sleeps but the wall clock does not, so the wake armed for the
// 2 h mark is late by the whole sleep. Main refreshes on resume (shell/power.ts); a list that
// finds nothing new publishes no snapshot, and the reminder must still come then.
it('a sleep across the 2 h mark: the last-chance reminder comes on resume, once', async () => {
  const app = await signedInWith('linux', 30 * HOUR);
  fixture.clock.suspend(app.expiry - 90 * MINUTE - fixture.clock.now());
  await app.core.refresh(); // what the resume event does
  await advanceTo(app, fixture.clock.now()); // a timer due now fires

  expect(app.recorded.trayViews.at(-1)?.state).toBe('urgent-1');
  expect(app.shown().map((options) => options.title)).toEqual([
    expect.stringMatching(/^Last chance: invitation to Acme Corp expires in /),
  ]);
  expectUrgent('linux', app.shown()[0], true);
  await advanceTo(app, fixture.clock.now() + 30 * MINUTE);
  expect(app.shown()).toHaveLength(1);
});

// The wall clock jumps forward with no suspend and no resume event: NTP correcting a clock that
// booted hours behind (a dual-boot machine whose hardware clock keeps local time). The wake
// armed for the 2 h mark is late by the jump; the next poll, which finds nothing new, re-times it.
it('a clock set forward across the 2 h mark: the reminder comes by the next poll, not hours late', async () => {
  const app = await signedInWith('linux', 30 * HOUR);
  fixture.clock.suspend(app.expiry - 90 * MINUTE - fixture.clock.now());
  await advanceTo(app, fixture.clock.now() + 6 * MINUTE); // one poll interval (5 min) and a bit
  await advanceTo(app, fixture.clock.now()); // a timer due now fires

  expect(app.shown().map((options) => options.title)).toEqual([
    expect.stringMatching(/^Last chance: invitation to Acme Corp expires in /),
  ]);
  expect(app.recorded.trayViews.at(-1)?.state).toBe('urgent-1');
});

it('a clock set forward, then a failing poll: the overdue wake is not put off by the new snapshot', async () => {
  const app = await signedInWith('linux', 30 * HOUR);
  fixture.clock.suspend(app.expiry - 90 * MINUTE - fixture.clock.now());
  // The next list fails: the error is published (not quiet) and the wake re-armed for later.
  fixture.demo.failNext(1, 503);
  await advanceTo(app, fixture.clock.now() + 6 * MINUTE);
  await advanceTo(app, fixture.clock.now());

  expect(app.shown().map((options) => options.title)).toEqual([
    expect.stringMatching(/^Last chance: invitation to Acme Corp expires in /),
  ]);
});
