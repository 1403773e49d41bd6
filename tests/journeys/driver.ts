// What a journey needs from the app under test, whichever runner starts it: the boot suite
// (tests/boot, the production bundle under the Electron double) or the Playwright _electron
// suite (tests/electron, real Electron). Both give `evaluate(fn, arg)`, which runs fn in the
// app's main process with the `electron` module as its first argument; fn is serialised, so
// it may use nothing from the file it is written in.
import type { AppSnapshot } from '../../electron/shared/types';
import type { DemoHandle } from '../../electron/main/shell/demo-handle';
import type { TrayView } from '../../electron/main/core/tray/tray-view';

export type ElectronModule = typeof import('electron');
export type DemoGlobal = { __invitrayDemo?: DemoHandle };
export type Platform = 'linux' | 'darwin' | 'win32';

export interface MainProcess {
  evaluate<R, A>(fn: (electron: ElectronModule, arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export type NotificationChoice = 'click' | 'accept';

export interface JourneyDriver {
  main: MainProcess;
  platform: Platform;
  /** The user's left click on the tray icon; null where the runner cannot reach the Tray. */
  clickTray: (() => Promise<string>) | null;
  /**
   * The webPreferences each BrowserWindow was created with; null where the runner cannot see
   * them (Electron has no public getter: the Playwright suite checks the page itself instead).
   */
  webPreferences: (() => Promise<Record<string, unknown>[]>) | null;
  /** The user clicks the live notification with this tag, or presses its Accept button. */
  activateNotification(tag: string, choice: NotificationChoice): Promise<void>;
}

/** Polls `read` until `done` holds, or fails with `message` and the last value. */
export async function poll<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  message: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline)
      throw new Error(`${message} (not within ${timeoutMs} ms; last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** Booting includes the demo sign-in: on a busy machine that can take a while. */
export function waitForHandle(main: MainProcess, timeoutMs = 60_000): Promise<boolean> {
  return poll(
    () => main.evaluate(() => (globalThis as DemoGlobal).__invitrayDemo !== undefined, null),
    (published) => published,
    'the app publishes its demo handle (demo mode)',
    timeoutMs,
  );
}

export function snapshot(main: MainProcess): Promise<AppSnapshot> {
  return main.evaluate(() => (globalThis as DemoGlobal).__invitrayDemo!.core.snapshot(), null);
}

export function trayView(main: MainProcess): Promise<TrayView> {
  return main.evaluate(() => (globalThis as DemoGlobal).__invitrayDemo!.tray.current(), null);
}

/** Waits until the first list has arrived and the tray counts pending invitations. */
export function waitForPending(main: MainProcess): Promise<AppSnapshot> {
  return poll(
    () => snapshot(main),
    (snap) => snap.pendingCount > 0,
    'the demo account lists invitations',
  );
}

export async function waitForCount(main: MainProcess, count: number): Promise<AppSnapshot> {
  return poll(
    () => snapshot(main),
    (snap) => snap.pendingCount === count,
    `pending count ${count}`,
  );
}

/** PATCH bodies the demo API received for one invitation. */
export function patchesFor(main: MainProcess, inviteId: string): Promise<unknown[]> {
  return main.evaluate(
    (_electron, id) =>
      ((globalThis as DemoGlobal).__invitrayDemo!.demoServer()?.requestLog() ?? [])
        .filter((entry) => entry.method === 'PATCH' && entry.path.endsWith(`/user/invites/${id}`))
        .map((entry) => entry.body),
    inviteId,
  );
}

/** Clicks a tray menu item by id, as the user would (Electron's MenuItem.click). */
export function clickMenuItem(main: MainProcess, id: string): Promise<boolean> {
  return main.evaluate((_electron, itemId) => {
    const menu = (globalThis as DemoGlobal).__invitrayDemo!.tray.menu() as Electron.Menu;
    const item = menu.getMenuItemById(itemId);
    item?.click();
    return item !== null;
  }, id);
}
