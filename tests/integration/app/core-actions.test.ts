import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startDemoServer } from '../../../electron/main/core/demo';
import type { DemoServer } from '../../../electron/main/core/demo';
import type { InvitrayCore } from '../../../electron/main/core/app';
import { keychainSuiteGate, probeSecretService } from '../../support/secret-service';
import { DECLINE_HOLD_MS } from '../../../electron/main/core/app/held-declines';
import { createCoreFixture, type CoreFixture, type Recorded } from './support/core-fixture';

const gate = keychainSuiteGate(await probeSecretService());
const TOKEN = { kind: 'token', token: DEMO_TOKEN } as const;
const MINUTE = 60_000;

describe.skipIf(gate.skip)(`core: notifications, tray menu and preferences: ${gate.title}`, () => {
  let fixture: CoreFixture;
  let core: InvitrayCore;
  let recorded: Recorded;
  let profileId: string;

  /** Adds an invitation on the server and lets the core find it; returns its notification. */
  async function arrives(fields: Parameters<DemoServer['addInvite']>[0] = {}) {
    const invite = fixture.demo.addInvite({ organization_name: 'Wayne Enterprises', ...fields });
    const seen = recorded.notifications.length;
    await core.refresh();
    await core.whenIdle();
    return { invite, spec: recorded.notifications[seen] };
  }

  function patches() {
    return fixture.demo.requestLog().filter((entry) => entry.method === 'PATCH');
  }

  beforeEach(async () => {
    fixture = await createCoreFixture();
    ({ core, recorded } = fixture.boot());
    core.start();
    profileId = (await core.addAccount('Work', TOKEN)).id;
    await core.whenIdle();
    fixture.demo.clearRequestLog();
  });

  afterEach(async () => {
    await fixture.close();
  });

  it('opens the window instead of accepting when clicks are set to open', async () => {
    await core.updatePreferences({ notificationClick: 'open' });
    const { invite, spec } = await arrives();
    expect(spec?.body).toContain('Click to open');
    await core.activateNotification(spec!, 'click');
    expect(recorded.windowRoutes).toEqual([{ view: 'invite', profileId, inviteId: invite.id }]);
    expect(patches()).toEqual([]);
  });

  it('follows the setting as it is at click time', async () => {
    const { spec } = await arrives();
    await core.updatePreferences({ notificationClick: 'open' });
    await core.activateNotification(spec!, 'click');
    expect(recorded.windowRoutes).toHaveLength(1);
    expect(patches()).toEqual([]);
  });

  it('declines from the notification button and confirms', async () => {
    const { invite, spec } = await arrives();
    await core.activateNotification(spec!, 'decline');
    fixture.clock.advance(DECLINE_HOLD_MS); // held with an Undo first (held-decline.test.ts)
    await core.whenIdle();
    expect(patches().map((entry) => entry.body)).toEqual([{ status: 'rejected' }]);
    expect(recorded.notifications.at(-1)).toMatchObject({ kind: 'responded', inviteId: invite.id });
    expect(recorded.notifications.at(-1)?.title).toContain('Declined');
  });

  it('raises a failure notification that opens the window when answering fails', async () => {
    const { invite, spec } = await arrives({ organization_is_enforcing_twofactor: true });
    fixture.demo.failNext(1, 403, { method: 'PATCH' });
    await core.activateNotification(spec!, 'accept');
    await core.whenIdle();
    const failure = recorded.notifications.at(-1);
    expect(failure).toMatchObject({
      kind: 'respond-failed',
      inviteId: invite.id,
      clickAction: { kind: 'open' },
    });
    expect(failure?.body).toContain('two-factor');
    expect(core.snapshot().pendingCount).toBe(recorded.snapshots.at(-1)?.pendingCount);
    expect(fixture.demo.invites().find((candidate) => candidate.id === invite.id)?.status).toBe('pending');
    await core.activateNotification(failure!, 'click');
    expect(recorded.windowRoutes).toEqual([{ view: 'invite', profileId, inviteId: invite.id }]);
  });

  it('summarises more than three new invitations in one notification that opens the window', async () => {
    for (let i = 0; i < 4; i++) fixture.demo.addInvite({ organization_name: `Org ${i}` });
    await core.refresh();
    await core.whenIdle();
    expect(recorded.notifications).toHaveLength(1);
    expect(recorded.notifications[0]).toMatchObject({ kind: 'summary', clickAction: { kind: 'open' } });
    await core.activateNotification(recorded.notifications[0]!, 'click');
    expect(recorded.windowRoutes).toEqual([{ view: 'invites' }]);
    expect(patches()).toEqual([]);
  });

  it('raises nothing with notifications off, and nothing stale when they are turned back on', async () => {
    await core.updatePreferences({ notificationsEnabled: false });
    await arrives();
    expect(recorded.notifications).toEqual([]);
    await core.updatePreferences({ notificationsEnabled: true });
    await core.refresh();
    await core.whenIdle();
    expect(recorded.notifications).toEqual([]);
  });

  it('reminds once when an invitation drifts into its last 24 hours', async () => {
    const expires = new Date(fixture.clock.now() + 24 * 60 * MINUTE + 2 * MINUTE).toISOString();
    const { invite, spec } = await arrives({ expires_on: expires });
    expect(spec?.kind).toBe('new-invite');
    fixture.clock.advance(3 * MINUTE);
    await core.whenIdle();
    const reminders = recorded.notifications.filter((n) => n.kind === 'expiring');
    expect(reminders.map((n) => n.inviteId)).toEqual([invite.id]);
    fixture.clock.advance(10 * MINUTE);
    await core.whenIdle();
    expect(recorded.notifications.filter((n) => n.kind === 'expiring')).toHaveLength(1);
  });

  it('accepts, declines and opens details from the tray menu', async () => {
    const [first, second] = core
      .snapshot()
      .profiles[0]!.invites.filter((i) => i.effective_status === 'pending');
    const before = core.snapshot().pendingCount;
    await core.handleMenuAction({ kind: 'accept', profileId, inviteId: first!.id });
    await core.handleMenuAction({ kind: 'decline', profileId, inviteId: second!.id });
    fixture.clock.advance(DECLINE_HOLD_MS); // held with an Undo first (held-decline.test.ts)
    await core.whenIdle();
    expect(patches().map((entry) => [entry.path.split('/').at(-1), entry.body])).toEqual([
      [first!.id, { status: 'accepted' }],
      [second!.id, { status: 'rejected' }],
    ]);
    expect(core.snapshot().pendingCount).toBe(before - 2);
    expect(recorded.trayViews.at(-1)?.state).toBe(String(before - 2));
    await core.handleMenuAction({ kind: 'details', profileId, inviteId: first!.id });
    await core.handleMenuAction({ kind: 'open' });
    await core.handleMenuAction({ kind: 'settings' });
    expect(recorded.windowRoutes).toEqual([
      { view: 'invite', profileId, inviteId: first!.id },
      { view: 'invites' },
      { view: 'settings' },
    ]);
  });

  it('refuses a menu answer with a hostile id without any request', async () => {
    await core.handleMenuAction({ kind: 'accept', profileId, inviteId: '../../user/tokens' });
    await core.whenIdle();
    expect(fixture.demo.requestLog()).toEqual([]);
    expect(recorded.logs.some((line) => line.startsWith('warn'))).toBe(true);
  });

  it('refreshes, quits and restarts to update from the tray menu', async () => {
    await core.handleMenuAction({ kind: 'refresh' });
    expect(fixture.demo.requestLog().map((entry) => entry.method)).toEqual(['GET']);
    core.setUpdateReady(true);
    expect(recorded.trayViews.at(-1)?.menu.some((item) => item.id === 'restart-to-update')).toBe(true);
    await core.handleMenuAction({ kind: 'restart-to-update' });
    await core.handleMenuAction({ kind: 'quit' });
    expect(recorded.calls).toEqual(['restartToUpdate', 'quit']);
  });

  it('announces a downloaded update once, and clicking the notice restarts', async () => {
    const before = recorded.notifications.length;
    core.setUpdateReady(true);
    core.setUpdateReady(true);
    const notices = recorded.notifications.slice(before).filter((spec) => spec.kind === 'update-ready');
    expect(notices).toHaveLength(1);
    await core.activateNotification(notices[0]!, 'click');
    expect(recorded.calls).toEqual(['restartToUpdate']);
  });

  it('toggles start at login through the hook and the settings', async () => {
    await core.handleMenuAction({ kind: 'toggle-login' });
    expect(recorded.loginItem).toEqual([true]);
    expect(core.preferences().startAtLogin).toBe(true);
    const item = recorded.trayViews.at(-1)?.menu.find((entry) => entry.id === 'start-at-login');
    expect(item?.checked).toBe(true);
  });

  it('reverts start at login when the OS refuses, and re-sets the menu', async () => {
    const refusing = fixture.boot({
      setLoginItem: () => Promise.reject(new Error('denied by policy')),
    });
    const views = refusing.recorded.trayViews.length;
    await refusing.core.handleMenuAction({ kind: 'toggle-login' });
    expect(refusing.core.preferences().startAtLogin).toBe(false);
    const menu = refusing.recorded.trayViews.slice(views).at(-1)?.menu;
    expect(menu?.find((entry) => entry.id === 'start-at-login')?.checked).toBe(false);
    await expect(refusing.core.updatePreferences({ startAtLogin: true })).rejects.toMatchObject({
      info: { kind: 'server-error' },
    });
    expect(refusing.core.preferences().startAtLogin).toBe(false);
  });

  it('applies a new poll interval to the next poll', async () => {
    const lastSuccess = core.snapshot().profiles[0]!.lastSuccessAt!;
    await core.updatePreferences({ pollIntervalMinutes: 30 });
    expect(core.snapshot().profiles[0]?.nextRetryAt).toBe(lastSuccess + 30 * MINUTE);
    fixture.clock.advance(29 * MINUTE);
    await core.whenIdle();
    expect(fixture.demo.requestLog()).toEqual([]);
    fixture.clock.advance(MINUTE);
    await core.whenIdle();
    expect(fixture.demo.requestLog().map((entry) => entry.method)).toEqual(['GET']);
  });

  it('hides the count in the tray when asked', async () => {
    await core.updatePreferences({ showCountInTray: false });
    expect(recorded.trayViews.at(-1)?.state).toBe('urgent-pending'); // the demo's invitation in its last day
  });

  it('opens only Cloudflare links, in the form that was checked', async () => {
    await core.openExternal('https://dash.cloudflare.com/profile');
    await expect(core.openExternal('https://dash.cloudflare.com.evil.com/')).rejects.toMatchObject({
      info: { kind: 'invalid-request' },
    });
    await expect(core.openExternal('javascript:alert(1)')).rejects.toMatchObject({
      info: { kind: 'invalid-request' },
    });
    expect(recorded.opened).toEqual(['https://dash.cloudflare.com/profile']);
  });
});

describe.skipIf(gate.skip)(`core: Try the demo: ${gate.title}`, () => {
  let fixture: CoreFixture;

  beforeEach(async () => {
    fixture = await createCoreFixture();
  });

  afterEach(async () => {
    await fixture.close();
  });

  it('starts the demo API once, signs in to it, lists its invitations and closes it on stop', async () => {
    const started: DemoServer[] = [];
    const { core, recorded } = fixture.boot({
      // Cloudflare's URL: the demo account must never be sent there.
      apiBaseUrl: 'https://api.cloudflare.invalid/client/v4',
      startDemo: async () => {
        const server = await startDemoServer({ now: () => fixture.clock.now() });
        started.push(server);
        return { baseUrl: server.baseUrl, close: () => server.close() };
      },
    });
    core.start();
    const profile = await core.tryDemo();
    expect(profile.label).toBe('Demo account');
    expect(await core.tryDemo()).toEqual(profile);
    await core.whenIdle();
    expect(started).toHaveLength(1);
    expect(core.snapshot().pendingCount).toBeGreaterThan(0);
    expect(recorded.notifications).toEqual([]);
    expect(started[0]!.requestLog().some((entry) => entry.path === '/client/v4/user/invites')).toBe(true);
    // Its own demo API's token needs no asking: the first request is already the list.
    expect(started[0]!.requestLog().some((entry) => entry.path.endsWith('/user/tokens/verify'))).toBe(false);
    await core.stop();
    await expect(fetch(`${started[0]!.origin}/client/v4/user/invites`)).rejects.toThrow();

    // After a restart the stored demo account is routed to a freshly started demo API.
    const again = fixture.boot({
      apiBaseUrl: 'https://api.cloudflare.invalid/client/v4',
      startDemo: async () => {
        const server = await startDemoServer({ now: () => fixture.clock.now() });
        started.push(server);
        return { baseUrl: server.baseUrl, close: () => server.close() };
      },
    });
    again.core.start();
    await again.core.whenIdle();
    expect(started).toHaveLength(2);
    expect(again.core.snapshot().profiles[0]?.error).toBeNull();
    expect(again.core.snapshot().pendingCount).toBe(core.snapshot().pendingCount);
  });
});
