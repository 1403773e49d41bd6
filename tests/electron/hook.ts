import { expect, type ElectronApplication } from '@playwright/test';
import type { TrayView } from '../../electron/main/core/tray/tray-view';
import type { AppSnapshot } from '../../electron/shared/types';
import type { DemoHandle } from '../../electron/main/shell/demo-handle';

// Reads of the app's state through the test hook. The callbacks run inside Electron's main
// process (electronApp.evaluate serialises them), so they can use nothing from this file.
type Global = { __invitrayDemo?: DemoHandle };

export async function waitForHook(app: ElectronApplication): Promise<void> {
  await expect
    .poll(() => app.evaluate(() => (globalThis as Global).__invitrayDemo !== undefined), {
      message: 'the app publishes its demo handle (demo mode)',
    })
    .toBe(true);
}

export function trayView(app: ElectronApplication): Promise<TrayView> {
  return app.evaluate(() => (globalThis as Global).__invitrayDemo!.tray.current());
}

export function snapshot(app: ElectronApplication): Promise<AppSnapshot> {
  return app.evaluate(() => (globalThis as Global).__invitrayDemo!.core.snapshot());
}

export async function pendingCount(app: ElectronApplication): Promise<number> {
  return (await snapshot(app)).pendingCount;
}

/** PATCH bodies the demo API received for one invitation. */
export function patchesFor(app: ElectronApplication, inviteId: string): Promise<unknown[]> {
  return app.evaluate(
    (_electron, id) =>
      ((globalThis as Global).__invitrayDemo!.demoServer()?.requestLog() ?? [])
        .filter((entry) => entry.method === 'PATCH' && entry.path.endsWith(`/user/invites/${id}`))
        .map((entry) => entry.body),
    inviteId,
  );
}

/** Waits until the first list has arrived and the tray shows pending invitations. */
export async function waitForPending(app: ElectronApplication): Promise<AppSnapshot> {
  await expect
    .poll(async () => pendingCount(app), { message: 'the demo account lists its invitations' })
    .toBeGreaterThan(0);
  return snapshot(app);
}
