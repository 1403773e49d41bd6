import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../../../electron/main/core/demo';
import type { DemoServer } from '../../../electron/main/core/demo';
import type { InvitrayCore } from '../../../electron/main/core/app';
import { notificationId } from '../../../electron/main/core/notify/notification-id';
import { keychainSuiteGate, probeSecretService } from '../../support/secret-service';
import { createCoreFixture, type CoreFixture, type Recorded } from './support/core-fixture';

// Windows delivers a toast click twice while the Notification object is alive (its own event
// and Notification.handleActivation), and long after the fact from the Action Center or at a
// cold start. Activation must answer a pending invitation exactly once and otherwise open the
// window on it. Real core, real demo API, real settings and keychain.

const gate = keychainSuiteGate(await probeSecretService());
const TOKEN = { kind: 'token', token: DEMO_TOKEN } as const;

describe.skipIf(gate.skip)(`core: notification activation is idempotent: ${gate.title}`, () => {
  let fixture: CoreFixture;
  let core: InvitrayCore;
  let recorded: Recorded;
  let profileId: string;

  async function arrives(fields: Parameters<DemoServer['addInvite']>[0] = {}) {
    const invite = fixture.demo.addInvite({ organization_name: 'Wayne Enterprises', ...fields });
    const seen = recorded.notifications.length;
    await core.refresh();
    await core.whenIdle();
    return { invite, spec: recorded.notifications[seen]! };
  }
  const patches = () => fixture.demo.requestLog().filter((entry) => entry.method === 'PATCH');

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

  it('a button delivered twice (instance event + handleActivation) PATCHes once and reports no failure', async () => {
    const { invite, spec } = await arrives();
    await Promise.all([core.activateNotification(spec, 'accept'), core.activateNotification(spec, 'accept')]);
    await core.whenIdle();
    await core.activateNotification(spec, 'accept');
    await core.whenIdle();
    expect(patches().map((entry) => entry.body)).toEqual([{ status: 'accepted' }]);
    expect(recorded.notifications.map((n) => n.kind)).not.toContain('respond-failed');
    expect(recorded.windowRoutes.at(-1)).toEqual({ view: 'invite', profileId, inviteId: invite.id });
  });

  it('a click for an invitation that is gone opens the window on it instead of PATCHing', async () => {
    const { invite, spec } = await arrives();
    fixture.demo.removeInvite(invite.id!);
    await core.refresh();
    await core.whenIdle();
    fixture.demo.clearRequestLog();
    await core.activateNotification(spec, 'click');
    await core.activateNotification(spec, 'decline');
    expect(patches()).toEqual([]);
    expect(recorded.windowRoutes).toEqual([
      { view: 'invite', profileId, inviteId: invite.id },
      { view: 'invite', profileId, inviteId: invite.id },
    ]);
  });

  it('an Action Center toast from the previous run (known only by its id) accepts after a cold start', async () => {
    const { invite, spec } = await arrives();
    const id = notificationId(spec);
    expect(id.length).toBeLessThanOrEqual(64); // the toast Tag limit
    const restarted = fixture.boot();
    // Before start(): the first list has not arrived; the activation waits for it.
    await restarted.core.activateNotificationId(`launch=${encodeURIComponent(id)}`, 'accept');
    await restarted.core.whenIdle();
    expect(patches().map((entry) => entry.body)).toEqual([{ status: 'accepted' }]);
    expect(fixture.demo.invites().find((candidate) => candidate.id === invite.id)?.status).toBe('accepted');
    expect(restarted.recorded.notifications.at(-1)).toMatchObject({ kind: 'responded', inviteId: invite.id });
  });

  it('an activation without a readable id opens the window and answers nothing', async () => {
    await arrives();
    await core.activateNotificationId('', 'accept');
    expect(patches()).toEqual([]);
    expect(recorded.windowRoutes).toEqual([{ view: 'invites' }]);
  });
});
