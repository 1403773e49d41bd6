import type { InvitrayCore } from '../core/app/types';
import type { DemoServer } from '../core/demo/server';
import type { NotificationPresenter } from './notifications';
import type { TrayHandle } from './tray';
import type { PopoverWindow } from './window';

/**
 * The one test hook in the app (documented in tests/electron/README.md). With
 * INVITRAY_E2E=1 *and* demo mode, main puts its running parts on globalThis so the
 * Playwright _electron suite can read the tray, click a live notification or a menu item
 * through `electronApp.evaluate`, and ask the in-process demo API what it received.
 * Demo mode holds no real credential, so there is nothing secret to expose.
 */
export const E2E_GLOBAL = '__invitrayE2E';

export interface E2eHandle {
  core: InvitrayCore;
  demoServer(): DemoServer | null;
  tray: TrayHandle;
  notifications: NotificationPresenter;
  window: PopoverWindow;
}

export function exposeForE2e(
  env: Readonly<Record<string, string | undefined>>,
  demo: boolean,
  handle: E2eHandle,
): boolean {
  if (env.INVITRAY_E2E !== '1' || !demo) return false;
  (globalThis as Record<string, unknown>)[E2E_GLOBAL] = handle;
  return true;
}
