import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionKeychain, type InvitrayCore } from '../../../electron/main/core/app';
import { DEMO_CREDENTIALS } from '../../../electron/main/core/demo/credentials';
import { openInDir } from '../../support/settings-helpers';
import { hhmm, utcMinutes } from '../../support/utc-time-of-day';
import { DECLINE_HOLD_MS } from '../../../electron/main/core/app/held-declines';
import { createCoreFixture, type CoreFixture, type Recorded } from './support/core-fixture';

// Every kind of notification during quiet hours, through the whole core (the README has the
// table): new invitations are held, what the user did not start comes without sound, and what
// the user started (answering from a notification) shows as usual. Then settings changed while
// something is held. "Local time" is UTC, so the test does not depend on TZ.

const HOUR = 60 * 60_000;
let fixture: CoreFixture;
let core: InvitrayCore;
let recorded: Recorded;

beforeEach(async () => {
  fixture = await createCoreFixture({ keychain: createSessionKeychain() });
  fixture.demo.setInvites([]);
  ({ core, recorded } = fixture.boot({ localMinutes: utcMinutes }));
  core.start();
  await core.addAccount('Work', DEMO_CREDENTIALS.token);
  await core.whenIdle();
});
afterEach(async () => {
  await fixture.close();
});

/** Quiet from half an hour ago until `hours` from now, sound on. */
async function quietFor(hours: number) {
  const now = utcMinutes(fixture.clock.now());
  await core.updatePreferences({
    notificationSound: true,
    quietHours: { enabled: true, from: hhmm(now - 30), to: hhmm(now + hours * 60) },
  });
}

async function arrives(organization_name: string, expiresInHours = 7 * 24) {
  const invite = fixture.demo.addInvite({
    organization_name,
    expires_on: new Date(fixture.clock.now() + expiresInHours * HOUR).toISOString(),
  });
  await core.refresh();
  await core.whenIdle();
  return invite;
}

const heldIds = () => openInDir(fixture.dir).settings.quietHeldInviteIds();
const shown = () => recorded.notifications.map((spec) => [spec.kind, spec.silent === true]);

describe('quiet hours, kind by kind', () => {
  it('update ready comes without sound', async () => {
    await quietFor(8);
    core.setUpdateReady(true);
    expect(shown()).toEqual([['update-ready', true]]);
  });

  it('update ready outside quiet hours keeps its sound', async () => {
    await core.updatePreferences({ notificationSound: true });
    core.setUpdateReady(true);
    expect(shown()).toEqual([['update-ready', false]]);
  });

  it('an expiring reminder comes at once, without sound', async () => {
    await arrives('Lapsing Ltd', 25); // announced now, outside the reminder window
    recorded.notifications.length = 0;
    await quietFor(8);
    fixture.clock.advance(2 * HOUR); // the wake timer fires as it comes 24 hours from lapsing
    await core.whenIdle();
    expect(shown()).toEqual([['expiring', true]]);
  });

  it('new invitations, one or several at once, are held', async () => {
    await quietFor(8);
    await arrives('Night Owl Ltd');
    for (const name of ['A', 'B', 'C', 'D']) fixture.demo.addInvite({ organization_name: name });
    await core.refresh();
    await core.whenIdle();
    expect(shown()).toEqual([]);
    expect(heldIds()).toHaveLength(5);
  });

  it('answering from a notification: the confirmation and the failure show as usual', async () => {
    await core.updatePreferences({ notificationSound: true });
    await arrives('Acme Corp');
    await arrives('Globex');
    const [acme, globex] = recorded.notifications;
    await quietFor(8);
    await core.activateNotification(acme!, 'accept');
    await core.whenIdle();
    fixture.demo.failNext(1, 500, { method: 'PATCH' });
    await core.activateNotification(globex!, 'decline');
    fixture.clock.advance(DECLINE_HOLD_MS); // a notification's decline is held with an Undo first
    await core.whenIdle();
    expect(shown().slice(2)).toEqual([
      ['responded', false],
      ['respond-failed', false],
    ]);
  });
});

describe('quiet hours: settings changed while something is held', () => {
  it('notifications turned off drop what is held; back on, nothing comes when the hours end', async () => {
    await quietFor(2);
    await arrives('Night Owl Ltd');
    expect(heldIds()).toHaveLength(1);
    await core.updatePreferences({ notificationsEnabled: false });
    expect(heldIds()).toEqual([]);
    await core.updatePreferences({ notificationsEnabled: true });
    fixture.clock.advance(3 * HOUR);
    await core.whenIdle();
    expect(shown()).toEqual([]);
  });

  it('quiet hours turned off: the summary comes at once', async () => {
    await quietFor(2);
    await arrives('Night Owl Ltd');
    await core.updatePreferences({ quietHours: { ...core.preferences().quietHours, enabled: false } });
    expect(recorded.notifications.map((spec) => spec.tag)).toEqual(['summary:quiet-hours']);
    expect(heldIds()).toEqual([]);
  });

  it('quiet hours moved to end before now: the summary comes at once', async () => {
    await quietFor(2);
    await arrives('Night Owl Ltd');
    const now = utcMinutes(fixture.clock.now());
    await core.updatePreferences({ quietHours: { enabled: true, from: hhmm(now - 60), to: hhmm(now - 5) } });
    expect(recorded.notifications.map((spec) => spec.tag)).toEqual(['summary:quiet-hours']);
  });
});
