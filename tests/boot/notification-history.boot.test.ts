// macOS, signed builds: notifications the previous run left in Notification Center get their
// handlers back at boot (Notification.getHistory, Electron 45), so a click on one still reaches
// the app. Unsigned builds get an empty history (the double says so, as Electron's docs do).
import { afterEach, describe, expect, test } from 'vitest';
import { poll, type DemoGlobal } from '../journeys/driver';
import type { DoubleElectron } from '../support/electron-double/types';
import { ROOT, bootDemo, type BootedApp } from './boot-runner';
import { popoverVisible } from './shell-probes';

let booted: BootedApp | null = null;
afterEach(async () => {
  await booted?.app.close();
  booted = null;
});

// An earlier run's account is not this demo's (its profile is new each time): the click opens the
// window on the list, the fallback for an id that names no account.
const EARLIER = 'ivt.n.0a1b2c3d.9ce88802f07591e5ce0457ef51ece021';
const OTHER_APP = 'com.example.other';

describe('darwin: Notification Center after a restart', () => {
  test('signed: restored notifications are held, and a click on one reaches the app', async () => {
    booted = await bootDemo(
      'darwin',
      { kind: 'dir', path: ROOT },
      {
        codeSigned: true,
        deliveredNotifications: [{ id: EARLIER, title: 'Invitation to join Acme' }, { id: OTHER_APP }],
      },
    );
    const { app } = booted;
    const held = () =>
      app.evaluate(
        (_e, ids) => ids.map((id) => (globalThis as DemoGlobal).__invitrayDemo!.notifications.live.has(id)),
        [EARLIER, OTHER_APP],
      );
    await poll(held, ([earlier]) => earlier === true, 'the restored notification is held');
    expect(await held()).toEqual([true, false]);
    await app.evaluate(({ __double }: DoubleElectron, id) => {
      __double.clickNotification(__double.notifications.find((n) => n.restored && n.id === id)!);
    }, EARLIER);
    await poll(() => popoverVisible(app), Boolean, 'the window opens');
    expect(await held()).toEqual([false, false]);
  }, 90_000);

  test('unsigned: the history is empty and nothing is restored', async () => {
    booted = await bootDemo(
      'darwin',
      { kind: 'dir', path: ROOT },
      { deliveredNotifications: [{ id: EARLIER }] },
    );
    const { app } = booted;
    await poll(
      () =>
        app.evaluate(
          ({ __double }: DoubleElectron) => __double.callsOf('Notification', 'getHistory').length,
          null,
        ),
      (n) => n === 1,
      'getHistory is asked',
    );
    expect(
      await app.evaluate(
        (_e, id) => (globalThis as DemoGlobal).__invitrayDemo!.notifications.live.has(id),
        EARLIER,
      ),
    ).toBe(false);
  }, 90_000);
});
