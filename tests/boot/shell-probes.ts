// What the user and Settings see of an app running under the double, read in its process:
// the popover's visibility, app.info as the window's own page gets it over IPC, the tray's
// tooltip and menu as Electron received them, and a global key press.
import { CHANNELS } from '../../electron/shared/channels';
import type { AppInfo } from '../../electron/shared/ipc-contract';
import type { DemoGlobal } from '../journeys/driver';
import type { LaunchedApp } from '../support/electron-double/launch.mjs';
import type { DoubleElectron } from '../support/electron-double/types';

export function popoverVisible(app: LaunchedApp): Promise<boolean> {
  return app.evaluate(
    ({ BrowserWindow }: DoubleElectron) => BrowserWindow.getAllWindows().some((w) => w.isVisible()),
    null,
  );
}

/**
 * app.info as Settings asks for it: from the popover's own page, through the IPC contract. The
 * page exists only while the popover is open (shell/window.ts): if there is none, the probe
 * opens it, asks, and closes it again.
 */
export async function appInfo(app: LaunchedApp): Promise<AppInfo> {
  const result = await app.evaluate(async ({ BrowserWindow, __double }: DoubleElectron, channel) => {
    const handle = (globalThis as DemoGlobal).__invitrayDemo!;
    const opened = !handle.window.hasPage();
    if (opened) handle.window.show();
    const [window] = BrowserWindow.getAllWindows();
    const answer = await __double.invoke(channel, {
      sender: window!.webContents,
      url: 'app://invitray/index.html',
    });
    if (opened) handle.window.hide();
    return answer;
  }, CHANNELS.app.info);
  const answer = result as { ok: boolean; value?: AppInfo; error?: unknown };
  if (!answer.ok) throw new Error(`app.info failed: ${JSON.stringify(answer.error)}`);
  return answer.value!;
}

export function pressShortcut(app: LaunchedApp, accelerator: string): Promise<string> {
  return app.evaluate(({ __double }: DoubleElectron, keys) => __double.pressShortcut(keys), accelerator);
}

/**
 * The tray's tooltip and every menu label (submenus included) as Electron got them. macOS
 * attaches no menu: it pops one up on a right click, so the probe right-clicks there.
 */
export function trayText(app: LaunchedApp): Promise<{ tooltip: string; labels: string[] }> {
  return app.evaluate(({ __double }: DoubleElectron) => {
    type Item = { label: string; submenu?: { items: Item[] } | null };
    const tray = __double.trays[0]!;
    let menu = tray.contextMenu as { items: Item[] } | null;
    if (__double.platform === 'darwin') {
      __double.rightClickTray(tray);
      menu = __double.callsOf('Tray', 'popUpContextMenu').at(-1)!.args[0] as { items: Item[] };
    }
    const labels: string[] = [];
    const walk = (items: Item[]) => {
      for (const item of items) {
        if (item.label) labels.push(item.label);
        if (item.submenu) walk(item.submenu.items);
      }
    };
    walk(menu?.items ?? []);
    return { tooltip: tray.tooltip, labels };
  }, null);
}
