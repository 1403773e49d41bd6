import { expect, type ElectronApplication } from '@playwright/test';
import type { TrayView } from '../../electron/main/core/tray-view';
import type { AppSnapshot } from '../../electron/shared/types';
import type { E2eHandle } from '../../electron/main/shell/e2e-hook';

// Reads of the app's state through the test hook. The callbacks run inside Electron's main
// process (electronApp.evaluate serialises them), so they can use nothing from this file.
type Global = { __invitrayE2E?: E2eHandle };

export async function waitForHook(app: ElectronApplication): Promise<void> {
  await expect
    .poll(() => app.evaluate(() => (globalThis as Global).__invitrayE2E !== undefined), {
      message: 'the app exposes its test hook (demo mode + INVITRAY_E2E=1)',
    })
    .toBe(true);
}

export function trayView(app: ElectronApplication): Promise<TrayView> {
  return app.evaluate(() => (globalThis as Global).__invitrayE2E!.tray.current());
}

export function snapshot(app: ElectronApplication): Promise<AppSnapshot> {
  return app.evaluate(() => (globalThis as Global).__invitrayE2E!.core.snapshot());
}

export async function pendingCount(app: ElectronApplication): Promise<number> {
  return (await snapshot(app)).pendingCount;
}

/** PATCH bodies the demo API received for one invitation. */
export function patchesFor(app: ElectronApplication, inviteId: string): Promise<unknown[]> {
  return app.evaluate(
    (_electron, id) =>
      ((globalThis as Global).__invitrayE2E!.demoServer()?.requestLog() ?? [])
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
