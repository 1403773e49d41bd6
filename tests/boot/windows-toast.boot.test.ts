// Click-to-accept on Windows through the real boot list, under the double's model of Electron's
// source (tests/support/electron-double/windows-activation.cjs): a body click on a live toast
// reaches only the instance `click` event (windows_toast_notification.cc,
// ToastEventHandler::Invoke); a toast whose process has ended (Action Center after a restart,
// or a cold start) reaches only the handleActivation callback, with the toast's launch
// arguments (windows_toast_activator.cc, HandleToastActivation). Each ends in exactly one
// PATCH {status:"accepted"}, or opens the window when Settings says a click opens it.
import { afterEach, describe, expect, test } from 'vitest';
import { notificationId } from '../../electron/main/core/notify/notification-id';
import { toastActionArguments, toastLaunchArguments } from '../../electron/main/core/notify/windows-toast';
import { patchesFor, poll, waitForCount, waitForPending, type DemoGlobal } from '../journeys/driver';
import type { DoubleConfig } from '../support/electron-double/create.cjs';
import type { DoubleElectron } from '../support/electron-double/types';
import { ROOT, bootDemo, type BootedApp } from './boot-runner';
import { popoverVisible } from './shell-probes';

let booted: BootedApp | null = null;
afterEach(async () => {
  await booted?.app.close();
  booted = null;
});

type Gesture = 'click' | 'timed-out click' | 'gone click' | 'gone accept';

async function arrive(app: BootedApp['app']): Promise<{ inviteId: string; before: number }> {
  const before = (await waitForPending(app as never)).pendingCount;
  const inviteId = await app.evaluate(async () => {
    const handle = (globalThis as DemoGlobal).__invitrayDemo!;
    const invite = handle.demoServer()!.addInvite({ organization_name: 'Toast & Co "><toast launch="x' });
    await handle.core.refresh();
    return invite.id!;
  }, null);
  await poll(
    () =>
      app.evaluate(
        (_e, tag) => (globalThis as DemoGlobal).__invitrayDemo!.notifications.live.has(tag),
        `invite:${inviteId}`,
      ),
    Boolean,
    'the toast is shown',
  );
  return { inviteId, before };
}

/** The user's gesture on the toast of `invite:<id>`, as the double models Windows. */
function gesture(app: BootedApp['app'], inviteId: string, how: Gesture) {
  return app.evaluate(
    ({ __double }: DoubleElectron, { tag, how }) => {
      const live = (globalThis as DemoGlobal).__invitrayDemo!.notifications.live.get(tag);
      const toast = __double.notifications.find((candidate) => candidate === (live as unknown))!;
      if (how === 'click') return __double.clickNotification(toast);
      __double.dismissNotification(toast, 'timedOut');
      if (how === 'timed-out click') return __double.clickInActionCenter(toast);
      // After a restart only the toast's own arguments say what it was about.
      if (!toast.toast?.launch) throw new Error('the toast carries no launch arguments');
      // The process that showed it has ended: the COM activator, not the in-process event. (An
      // object merely collected while the app runs keeps its native toast, with no delegate:
      // a body click would reach nothing. The app holds every live one, so that never happens.)
      __double.endProcessOf(toast);
      if (how === 'gone click') return __double.clickInActionCenter(toast);
      return __double.pressInActionCenter(toast, 0);
    },
    { tag: `invite:${inviteId}`, how },
  );
}

async function bootWin32(double: Partial<DoubleConfig> = {}) {
  booted = await bootDemo('win32', { kind: 'dir', path: ROOT }, double);
  return booted.app;
}

async function exactlyOneAccept(app: BootedApp['app'], inviteId: string, before: number) {
  await poll(
    () => patchesFor(app as never, inviteId),
    (bodies) => bodies.length > 0,
    'the PATCH arrives',
  );
  await waitForCount(app as never, before);
  expect(await patchesFor(app as never, inviteId)).toEqual([{ status: 'accepted' }]);
}

describe('win32: a click on a toast accepts, exactly once', () => {
  test.each<[Gesture, DoubleConfig['windowsActivation']]>([
    ['click', 'source'],
    ['timed-out click', 'source'],
    ['gone click', 'source'],
    ['gone accept', 'source'],
    ['click', 'documented-instance-first'],
    ['click', 'documented-callback-first'],
  ])(
    '%s (Electron as its %s says)',
    async (how, windowsActivation) => {
      const app = await bootWin32({ windowsActivation });
      const { inviteId, before } = await arrive(app);
      await gesture(app, inviteId, how);
      await exactlyOneAccept(app, inviteId, before);
    },
    90_000,
  );

  test('with "a click opens the invitation", a click from the Action Center opens the window on it', async () => {
    const app = await bootWin32();
    await app.evaluate(async () => {
      await (globalThis as DemoGlobal).__invitrayDemo!.core.updatePreferences({ notificationClick: 'open' });
    }, null);
    const { inviteId } = await arrive(app);
    await gesture(app, inviteId, 'gone click');
    await poll(() => popoverVisible(app), Boolean, 'the window opens');
    expect(await patchesFor(app as never, inviteId)).toEqual([]);
  }, 90_000);

  test.each([
    ['the body', (id: string) => toastLaunchArguments(id)],
    ['Accept', (id: string) => toastActionArguments(id, 0)],
  ])(
    "after a restart: %s of the earlier run's toast accepts through handleActivation alone",
    async (_what, args) => {
      const app = await bootWin32();
      const before = (await waitForPending(app as never)).pendingCount;
      // What the earlier run wrote into its toast for a pending invitation of this account.
      const { profileId, inviteId } = await app.evaluate(() => {
        const snapshot = (globalThis as DemoGlobal).__invitrayDemo!.core.snapshot();
        const profile = snapshot.profiles[0]!;
        const invite = profile.invites.find((candidate) => candidate.effective_status === 'pending')!;
        return { profileId: profile.profile.id, inviteId: invite.id };
      }, null);
      const id = notificationId({
        kind: 'new-invite',
        tag: `invite:${inviteId}`,
        title: '',
        body: '',
        profileId,
        inviteId,
        clickAction: { kind: 'open' },
      });
      await app.evaluate(
        ({ __double }: DoubleElectron, raw) => __double.activateThroughActivator(raw),
        args(id),
      );
      await exactlyOneAccept(app, inviteId, before - 1);
    },
    90_000,
  );

  test('a cold start: the activation waiting in Electron is handled once the app is wired', async () => {
    // The id names no account of this run (the demo's profile is new each time): the window opens
    // on the list rather than nothing happening.
    const id = notificationId({
      kind: 'new-invite',
      tag: 'invite:x',
      title: '',
      body: '',
      profileId: 'gone',
      inviteId: 'x',
      clickAction: { kind: 'open' },
    });
    const app = await bootWin32({
      pendingActivations: [{ type: 'click', arguments: toastLaunchArguments(id) }],
    });
    await poll(() => popoverVisible(app), Boolean, 'the window opens');
  }, 90_000);
});
