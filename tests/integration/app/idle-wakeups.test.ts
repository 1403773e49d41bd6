import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionKeychain, type InvitrayCore } from '../../../electron/main/core/app';
import { DEMO_CREDENTIALS } from '../../../electron/main/core/demo/credentials';
import type { TrayView } from '../../../electron/main/core/tray/tray-view';
import { createCoreFixture, type CoreFixture, type Recorded } from './support/core-fixture';

// Issue 21: a tray app runs all day, so main wakes only when something the user sees changes.
// 24 idle hours (5-minute polls, 10 pending invitations, nothing new): the polls plus the
// moments a label in the tray really changes, not a wakeup a minute.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

let fixture: CoreFixture;
let core: InvitrayCore;
let recorded: Recorded;

beforeEach(async () => {
  fixture = await createCoreFixture({ keychain: createSessionKeychain() });
  const start = fixture.clock.now();
  // Expiring 3 to 12 days from now: no lapse and no reminder falls in the day.
  fixture.demo.setInvites([]);
  for (let index = 0; index < 10; index++) {
    fixture.demo.addInvite({
      organization_name: `Org ${index}`,
      expires_on: iso(start + 3 * DAY + index * DAY + index * 17 * MINUTE),
    });
  }
  ({ core, recorded } = fixture.boot());
  core.start();
  await core.addAccount('Work', DEMO_CREDENTIALS.token);
  await core.whenIdle();
});
afterEach(async () => {
  await fixture.close();
});

const shown = (view: TrayView | undefined) => JSON.stringify(view);

/**
 * Fires timers one by one until `until`, letting each one's work settle; returns how many
 * fired. Just before each one, the tray view last published (menu and tooltip) must still be what the core
 * would draw at that moment: nothing shown went stale while main slept.
 */
async function runUntil(until: number): Promise<number> {
  let fired = 0;
  for (;;) {
    const next = fixture.clock.nextAt();
    if (next === undefined || next > until) break;
    fixture.clock.advanceTo(next - 1);
    expect(shown(recorded.trayViews.at(-1))).toBe(shown(core.trayView()));
    fired += fixture.clock.advanceTo(next);
    await core.whenIdle();
  }
  fixture.clock.advanceTo(until);
  return fired;
}

describe('idle wakeups', () => {
  it('wakes for the polls and the moments a shown label changes, about 300 a day', async () => {
    const start = fixture.clock.now();
    const fired = await runUntil(start + DAY);
    const polls = 24 * 12;
    console.info(`timer callbacks in 24 idle hours: ${fired}`);
    expect(fired).toBeGreaterThanOrEqual(polls);
    // Each invitation's "Expires in N days" changes once a day: 10 such moments, no more.
    expect(fired).toBeLessThanOrEqual(polls + 20);
  });
});

describe('what the timer is for', () => {
  it('brings the reminder and the lapse on the moment, not a minute later', async () => {
    const start = fixture.clock.now();
    const expiry = start + DAY + 10 * MINUTE + 30_000;
    const lapsing = fixture.demo.addInvite({ organization_name: 'Lapsing Ltd', expires_on: iso(expiry) });
    await core.refresh();
    await core.whenIdle();
    expect(recorded.notifications.map((spec) => spec.kind)).toEqual(['new-invite']);
    const count = core.snapshot().pendingCount;

    await runUntil(expiry - DAY - 1);
    expect(recorded.notifications).toHaveLength(1);
    await runUntil(expiry - DAY);
    expect(recorded.notifications.map((spec) => [spec.kind, spec.inviteId])).toEqual([
      ['new-invite', lapsing.id],
      ['expiring', lapsing.id],
    ]);

    await runUntil(expiry - 1);
    const header = () => recorded.trayViews.at(-1)?.menu[0]?.label;
    expect(header()).toBe(`${count} pending invitations`);
    await runUntil(expiry);
    expect(header()).toBe(`${count - 1} pending invitations`);
  });
});
