import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../../../electron/main/core/demo';
import type { InvitrayCore } from '../../../electron/main/core/app';
import { DECLINE_HOLD_MS } from '../../../electron/main/core/app/held-declines';
import type { MenuItemSpec } from '../../../electron/main/core/tray/tray-view';
import { keychainSuiteGate, probeSecretService } from '../../support/secret-service';
import { createCoreFixture, type CoreFixture, type Recorded } from './support/core-fixture';

// Decline is final at Cloudflare, so one from the tray menu or a notification button waits
// DECLINE_HOLD_MS with an Undo (tray menu and window) before it is sent. Manual clock, no sleeps.

const gate = keychainSuiteGate(await probeSecretService());
const TOKEN = { kind: 'token', token: DEMO_TOKEN } as const;
const ACME = '9ce88802f07591e5ce0457ef51ece021';

describe.skipIf(gate.skip)(`core: a one-click decline is held with an Undo: ${gate.title}`, () => {
  let fixture: CoreFixture;
  let core: InvitrayCore;
  let recorded: Recorded;
  let profileId: string;

  const patches = () => fixture.demo.requestLog().filter((entry) => entry.method === 'PATCH');
  const acmeStatus = () => fixture.demo.invites().find((invite) => invite.id === ACME)?.status;
  const flatten = (items: MenuItemSpec[]): MenuItemSpec[] =>
    items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
  const undoItems = () =>
    flatten(core.trayView().menu).filter((item) => item.action?.kind === 'undo-decline');

  async function pass(ms: number): Promise<void> {
    fixture.clock.advance(ms);
    await core.whenIdle();
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

  it('from the tray menu: nothing is sent until the hold ends, then exactly one decline, confirmed', async () => {
    await core.handleMenuAction({ kind: 'decline', profileId, inviteId: ACME });
    expect(core.snapshot().heldDeclines).toEqual([
      {
        profileId,
        inviteId: ACME,
        organizationName: 'Acme Rockets',
        sendAt: fixture.clock.now() + DECLINE_HOLD_MS,
      },
    ]);
    expect(recorded.snapshots.at(-1)?.heldDeclines).toHaveLength(1);
    expect(undoItems().map((item) => item.label)).toEqual(['Undo declining Acme Rockets']);
    // The invitation's own Decline is off while its decline is held: one click, one decline.
    const acmeDecline = flatten(core.trayView().menu).find((item) => item.id.endsWith(`${ACME}:decline`));
    expect(acmeDecline?.enabled).toBe(false);
    await pass(DECLINE_HOLD_MS - 1);
    expect(patches()).toEqual([]);
    await pass(1);
    expect(patches().map((entry) => entry.body)).toEqual([{ status: 'rejected' }]);
    expect(acmeStatus()).toBe('rejected');
    expect(core.snapshot().heldDeclines).toBeUndefined();
    expect(undoItems()).toEqual([]);
    expect(recorded.notifications.at(-1)?.title).toContain('Declined');
  });

  it('Undo in the tray menu takes it back: nothing is ever sent, the invitation stays pending', async () => {
    await core.handleMenuAction({ kind: 'decline', profileId, inviteId: ACME });
    const [undo] = undoItems();
    await core.handleMenuAction(undo!.action!);
    await pass(10 * DECLINE_HOLD_MS);
    expect(patches()).toEqual([]);
    expect(acmeStatus()).toBe('pending');
    expect(core.snapshot().heldDeclines).toBeUndefined();
    expect(recorded.trayViews.at(-1)?.menu.some((item) => item.id.startsWith('undo:'))).toBe(false);
  });

  it('from a notification button, undone from the window (core.undoDecline, the IPC path)', async () => {
    const invite = fixture.demo.addInvite({ organization_name: 'Wayne Enterprises' });
    await core.refresh();
    await core.whenIdle();
    const spec = recorded.notifications.find((entry) => entry.inviteId === invite.id);
    await core.activateNotification(spec!, 'decline');
    expect(core.snapshot().heldDeclines?.map((entry) => entry.organizationName)).toEqual([
      'Wayne Enterprises',
    ]);
    // A second click on the same button (Windows delivers twice) keeps the one hold and its time.
    await pass(1000);
    await core.activateNotification(spec!, 'decline');
    expect(core.snapshot().heldDeclines?.[0]?.sendAt).toBe(fixture.clock.now() - 1000 + DECLINE_HOLD_MS);
    expect(core.undoDecline(profileId, invite.id!)).toBe(true);
    expect(core.undoDecline(profileId, invite.id!)).toBe(false);
    await pass(10 * DECLINE_HOLD_MS);
    expect(patches()).toEqual([]);
  });

  it('an accept during the hold wins: the decline is never sent', async () => {
    await core.handleMenuAction({ kind: 'decline', profileId, inviteId: ACME });
    await core.handleMenuAction({ kind: 'accept', profileId, inviteId: ACME });
    await pass(10 * DECLINE_HOLD_MS);
    expect(patches().map((entry) => entry.body)).toEqual([{ status: 'accepted' }]);
  });

  it('quit during the hold sends nothing; after a restart the invitation is still pending', async () => {
    await core.handleMenuAction({ kind: 'decline', profileId, inviteId: ACME });
    await core.handleMenuAction({ kind: 'quit' });
    await core.stop();
    await pass(10 * DECLINE_HOLD_MS);
    expect(patches()).toEqual([]);
    expect(recorded.logs.some((line) => line.includes('1 held decline(s) not sent'))).toBe(true);
    const again = fixture.boot();
    again.core.start();
    await again.core.whenIdle();
    const acme = again.core.snapshot().profiles[0]?.invites.find((invite) => invite.id === ACME);
    expect(acme?.effective_status).toBe('pending');
    expect(again.core.snapshot().heldDeclines).toBeUndefined();
    await again.core.stop();
  });

  it('a held decline that fails when sent says so as before (rate limit)', async () => {
    await core.handleMenuAction({ kind: 'decline', profileId, inviteId: ACME });
    fixture.demo.failNext(1, 429, { method: 'PATCH' });
    await pass(DECLINE_HOLD_MS);
    expect(recorded.notifications.at(-1)).toMatchObject({ kind: 'respond-failed', inviteId: ACME });
    expect(acmeStatus()).toBe('pending');
  });
});
