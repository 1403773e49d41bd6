// The journeys' driver for real Electron under Playwright: evaluate() is electronApp.evaluate;
// the user's gestures are the events Electron would emit. The Tray object is private to the
// app, so a tray click is not available here (journeys use the menu item instead).
import type { ElectronApplication } from '@playwright/test';
import type { JourneyDriver, MainProcess, Platform } from '../journeys/driver';

export function playwrightDriver(app: ElectronApplication): JourneyDriver {
  const main: MainProcess = {
    evaluate: (fn, arg) => app.evaluate(fn as never, arg) as never,
  };
  return {
    main,
    platform: process.platform as Platform,
    clickTray: null,
    webPreferences: null,
    activateNotification: async (tag, choice) => {
      await app.evaluate(
        (_electron, { wanted, pick }) => {
          const handle = (globalThis as import('../journeys/driver').DemoGlobal).__invitrayDemo!;
          const live = handle.notifications.live.get(wanted) as unknown as Electron.Notification;
          if (pick === 'click') live.emit('click', { preventDefault() {} });
          else live.emit('action', { actionIndex: 0, preventDefault() {} }, 0, -1);
        },
        { wanted: tag, pick: choice },
      );
    },
  };
}
