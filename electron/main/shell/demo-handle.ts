import type { InvitrayCore } from '../core/app/types';
import type { DemoServer } from '../core/demo/server';
import type { NotificationPresenter } from './notifications';
import type { TrayHandle } from './tray';
import type { PopoverWindow } from './window';

/**
 * Demo mode publishes its running parts on main's globalThis, so the demo can be
 * scripted from main (`electronApp.evaluate` in the Playwright _electron suite, or a
 * debugger): read the tray, click a live notification or a menu item, ask the in-process
 * demo API what it received. Demo mode holds no real credential and runs in a throwaway
 * profile directory, so nothing secret or personal is reachable; a normal run exposes nothing.
 */
export const DEMO_GLOBAL = '__invitrayDemo';

export interface DemoHandle {
  core: InvitrayCore;
  demoServer(): DemoServer | null;
  tray: TrayHandle;
  notifications: NotificationPresenter;
  window: PopoverWindow;
}

export function publishDemoHandle(demo: boolean, handle: DemoHandle): boolean {
  if (!demo) return false;
  (globalThis as Record<string, unknown>)[DEMO_GLOBAL] = handle;
  return true;
}
