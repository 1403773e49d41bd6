import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../../../electron/main/core/demo';
import { keychainSuiteGate, probeSecretService } from '../../support/secret-service';
import { DECLINE_HOLD_MS } from '../../../electron/main/core/app/held-declines';
import { createCoreFixture, type CoreFixture } from './support/core-fixture';

const gate = keychainSuiteGate(await probeSecretService());
const TOKEN = { kind: 'token', token: DEMO_TOKEN } as const;

function settingsFile(dir: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
}

describe.skipIf(gate.skip)(`createInvitrayCore end to end: ${gate.title}`, () => {
  let fixture: CoreFixture;

  beforeEach(async () => {
    fixture = await createCoreFixture();
  });

  afterEach(async () => {
    await fixture.close();
  });

  it('signs in, lists, notifies once, accepts from the notification and never repeats after restart', async () => {
    const { demo, dir } = fixture;
    const first = fixture.boot();
    first.core.start();
    expect(first.core.trayView().state).toBe('signed-out');

    // Sign in: the credential is verified against the demo API, stored, and syncing starts.
    const profile = await first.core.addAccount('Work', TOKEN);
    expect(profile).toEqual({ id: profile.id, label: 'Work', authKind: 'token' });
    await first.core.whenIdle();

    // A pending invite whose expires_on has passed is in effect expired (the seed holds one).
    const pendingOnServer = demo
      .invites()
      .filter(
        (invite) => invite.status === 'pending' && Date.parse(invite.expires_on ?? '') > fixture.clock.now(),
      );
    const snapshot = first.core.snapshot();
    expect(snapshot.profiles).toHaveLength(1);
    const listed = snapshot.profiles[0]!.invites.filter((invite) => invite.effective_status === 'pending');
    expect(listed.map((invite) => invite.id).sort()).toEqual(
      pendingOnServer.map((invite) => invite.id).sort(),
    );
    const before = snapshot.pendingCount;
    expect(before).toBeGreaterThan(0);
    expect(first.recorded.trayViews.at(-1)?.state).toBe(`urgent-${before}`);
    expect(first.recorded.trayViews.at(-1)?.menu[0]?.label).toContain(String(before));
    // What the user is looking at right after signing in is not news.
    expect(first.recorded.notifications).toEqual([]);

    // A new invitation arrives; the next refresh announces exactly it, once.
    const added = demo.addInvite({ organization_name: 'Wayne Enterprises', roles: ['Analytics'] });
    await first.core.refresh();
    await first.core.whenIdle();
    await first.core.refresh();
    await first.core.whenIdle();
    expect(first.recorded.notifications).toHaveLength(1);
    const spec = first.recorded.notifications[0]!;
    expect(spec).toMatchObject({ kind: 'new-invite', profileId: profile.id, inviteId: added.id });
    expect(spec.title).toContain('Wayne Enterprises');
    expect(spec.body).toContain('Click to accept');
    expect(first.core.trayView().state).toBe(`urgent-${before + 1}`);
    expect(settingsFile(dir).notifiedInviteIds).toContain(added.id);

    // Clicking it accepts on the server, then confirms.
    demo.clearRequestLog();
    await first.core.activateNotification(spec, 'click');
    await first.core.whenIdle();
    const patches = demo.requestLog().filter((entry) => entry.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(patches[0]).toMatchObject({
      path: `/client/v4/user/invites/${added.id}`,
      body: { status: 'accepted' },
    });
    expect(demo.invites().find((invite) => invite.id === added.id)?.status).toBe('accepted');
    expect(first.recorded.notifications).toHaveLength(2);
    expect(first.recorded.notifications[1]).toMatchObject({
      kind: 'responded',
      title: 'You joined Wayne Enterprises',
    });
    expect(first.core.snapshot().pendingCount).toBe(before);
    expect(first.recorded.trayViews.at(-1)?.state).toBe(`urgent-${before}`);

    // Another invitation arrives while the app is closed.
    await first.core.stop();
    const whileClosed = demo.addInvite({ organization_name: 'Stark Industries' });

    const second = fixture.boot();
    second.core.start();
    await second.core.whenIdle();
    expect(second.recorded.notifications.map((n) => [n.kind, n.inviteId])).toEqual([
      ['new-invite', whileClosed.id],
    ]);
    await second.core.stop();

    // And a third start announces nothing at all.
    const third = fixture.boot();
    third.core.start();
    await third.core.whenIdle();
    expect(third.core.snapshot().pendingCount).toBe(before + 1);
    expect(third.recorded.notifications).toEqual([]);
  });

  it('keeps every secret out of snapshots, tray views, notifications, logs and the settings file', async () => {
    const { core, recorded } = fixture.boot();
    core.start();
    await core.addAccount('Work', TOKEN);
    await core.whenIdle();
    fixture.demo.addInvite({ organization_name: 'Leak Check Ltd' });
    await core.refresh();
    await core.whenIdle();
    await core.activateNotification(recorded.notifications[0]!, 'decline');
    fixture.clock.advance(DECLINE_HOLD_MS); // a notification's decline is held with an Undo first
    await core.whenIdle();
    const outputs = JSON.stringify({ ...recorded, accounts: core.listAccounts() });
    expect(recorded.notifications.length).toBeGreaterThan(1);
    expect(outputs).not.toContain(DEMO_TOKEN);
    expect(fs.readFileSync(path.join(fixture.dir, 'config.json'), 'utf8')).not.toContain(DEMO_TOKEN);
    // The secret is in the keychain, where it belongs.
    const [profile] = core.listAccounts();
    expect(await fixture.keychain.get(profile!.id)).toEqual(TOKEN);
  });

  it('removes an account: its secret leaves the keychain and its invitations leave the tray', async () => {
    const { core, recorded } = fixture.boot();
    core.start();
    const profile = await core.addAccount('Work', TOKEN);
    await core.whenIdle();
    expect(core.trayView().state).not.toBe('signed-out');
    await core.removeAccount(profile.id);
    expect(await fixture.keychain.get(profile.id)).toBeNull();
    expect(core.snapshot().profiles).toEqual([]);
    expect(recorded.trayViews.at(-1)?.state).toBe('signed-out');
  });

  it('re-enters a credential after the old one stopped working and recovers', async () => {
    const { core } = fixture.boot();
    core.start();
    const profile = await core.addAccount('Work', TOKEN);
    await core.whenIdle();
    fixture.demo.failNext(1, 401);
    await core.refresh();
    await core.whenIdle();
    expect(core.snapshot().profiles[0]?.error?.kind).toBe('bad-credentials');
    expect(core.trayView().state).toBe('error');
    await core.updateCredential(profile.id, TOKEN);
    await core.whenIdle();
    expect(core.snapshot().profiles[0]?.error).toBeNull();
    expect(core.trayView().state).toBe(`urgent-${core.snapshot().pendingCount}`);
  });
});
