// The journeys' driver for an app running under the Electron double: evaluate() through the
// child's bridge, and the user's gestures through the double (a tray click as the platform
// delivers it, a notification click or button press on the instance the app holds).
import type { JourneyDriver, MainProcess, Platform } from '../journeys/driver';
import type { LaunchedApp } from '../support/electron-double/launch.mjs';
import type { DoubleElectron } from '../support/electron-double/types';

export function doubleDriver(app: LaunchedApp, platform: Platform): JourneyDriver {
  const main = app as unknown as MainProcess;
  return {
    main,
    platform,
    clickTray: () =>
      app.evaluate((electron: DoubleElectron) => {
        const double = electron.__double;
        return double.clickTray(double.trays[0]!);
      }, null),
    webPreferences: () =>
      app.evaluate(
        ({ __double }: DoubleElectron) =>
          __double.windows.map((window) => ({
            ...(window.options.webPreferences as Record<string, unknown>),
          })),
        null,
      ),
    activateNotification: (tag, choice) =>
      app.evaluate(
        (electron: DoubleElectron, { wanted, pick }) => {
          const double = electron.__double;
          const handle = (globalThis as import('../journeys/driver').DemoGlobal).__invitrayDemo!;
          const live = handle.notifications.live.get(wanted);
          const notification = double.notifications.find((candidate) => candidate === (live as unknown));
          if (!notification) throw new Error(`no live notification ${wanted}`);
          if (pick === 'click') double.clickNotification(notification);
          else double.pressNotificationAction(notification, 0);
        },
        { wanted: tag, pick: choice },
      ),
  };
}
