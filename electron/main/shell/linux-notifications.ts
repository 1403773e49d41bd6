import {
  canShowButtons,
  choiceForActionKey,
  freedesktopNotify,
} from '../core/notify/freedesktop-notification';
import { notificationId } from '../core/notify/notification-id';
import type { NotificationSpec } from '../core/notify/notification-spec';
import type { NotificationServer } from './freedesktop-bus';
import { createDeliveryGate } from './notification-deliveries';
import type { NotificationChoice } from './notification-deliveries';
import type { NotificationPresenter } from './notifications';

export interface LinuxNotificationsDeps {
  /** Electron's notifications: used where the server cannot show buttons, or there is none. */
  fallback: NotificationPresenter;
  /** Called once, at the first notification. */
  connect: () => Promise<NotificationServer>;
  activate: (spec: NotificationSpec, choice: NotificationChoice) => unknown;
  appName: string;
  desktopEntry: string;
  iconPath?: string;
  log: { warn(message: string): void; info?(message: string): void };
}

export interface LinuxNotificationPresenter extends NotificationPresenter {
  /** Resolves with whether notifications go over D-Bus with buttons (after the first show). */
  readonly ready: Promise<boolean>;
  /** Notifications on the server now, by tag: the server's ids. */
  readonly onServer: ReadonlyMap<string, number>;
}

interface Shown {
  spec: NotificationSpec;
  /** notificationId(spec): what the delivery gate remembers. */
  id: string;
}

/**
 * Linux notifications with Accept and Decline buttons, through the freedesktop Notifications
 * server directly (Electron's libnotify path has only a click). When the server lists `actions`
 * in its capabilities, specs go to it; otherwise, or with no bus, Electron's path shows them as
 * before. The choice is made at the first notification, and the bus is connected only then.
 *
 * Answers go where Electron's buttons' answers go (activate). Each is taken once: the server's
 * ids are known only for notifications this run showed, so a notification left by an earlier
 * run answers nothing, and the delivery gate drops a repeated ActionInvoked.
 */
export function registerLinuxNotifications(deps: LinuxNotificationsDeps): LinuxNotificationPresenter {
  const byServerId = new Map<number, Shown>();
  const onServer = new Map<string, number>();
  const gate = createDeliveryGate();
  let server: NotificationServer | null = null;
  /** closeAll ran (quit): a connection still being made is let go, not used. */
  let quitting = false;
  let ready: Promise<boolean> | null = null;
  let resolveReady: (buttons: boolean) => void = () => {};
  const readyPromise = new Promise<boolean>((resolve) => (resolveReady = resolve));

  function forget(serverId: number): void {
    const shown = byServerId.get(serverId);
    byServerId.delete(serverId);
    if (shown && onServer.get(shown.spec.tag) === serverId) onServer.delete(shown.spec.tag);
  }

  function acted(serverId: number, key: string): void {
    const shown = byServerId.get(serverId);
    // Not shown by this run (an earlier run's, or another app's id): nothing to answer.
    if (!shown) return;
    const choice = choiceForActionKey(key, shown.spec);
    if (!choice) return deps.log.warn(`A notification action "${key}" was not one Invitray offers.`);
    if (!gate.take(shown.id)) return;
    forget(serverId);
    deps.activate(shown.spec, choice);
  }

  function start(): Promise<boolean> {
    ready ??= deps
      .connect()
      .then(async (connected) => {
        if (quitting || !canShowButtons(connected.capabilities)) {
          deps.log.info?.('The notification server shows no buttons; using Electron notifications.');
          await connected.disconnect();
          return false;
        }
        connected.onActionInvoked(acted);
        connected.onClosed((id) => forget(id));
        connected.onGone((why) => {
          deps.log.warn(`Notification buttons are gone (${why}); using Electron notifications.`);
          server = null;
          byServerId.clear();
          onServer.clear();
        });
        server = connected;
        return true;
      })
      .catch((error: unknown) => {
        deps.log.info?.(`No notification server on D-Bus (${String(error)}); using Electron notifications.`);
        return false;
      })
      .then((buttons) => {
        resolveReady(buttons);
        return buttons;
      });
    return ready;
  }

  async function showOnServer(connected: NotificationServer, spec: NotificationSpec): Promise<void> {
    // One tag, one notification: whichever path showed the earlier one.
    deps.fallback.live.get(spec.tag)?.close();
    const id = notificationId(spec);
    const replaces = onServer.get(spec.tag) ?? 0;
    const notification = freedesktopNotify(spec, {
      desktopEntry: deps.desktopEntry,
      ...(deps.iconPath === undefined ? {} : { iconPath: deps.iconPath }),
    });
    const serverId = await connected.notify(deps.appName, notification, replaces);
    if (replaces) forget(replaces);
    byServerId.set(serverId, { spec, id });
    onServer.set(spec.tag, serverId);
    gate.shown(id);
  }

  // One at a time: a second spec with the same tag must see the first one's server id to replace it.
  let queue: Promise<unknown> = Promise.resolve();
  function show(spec: NotificationSpec): void {
    queue = queue.then(async () => {
      // Quitting: Electron's have been closed too; one shown now would outlive the app.
      if (quitting) return;
      const buttons = await start();
      // Quit while the first connection was being made: Electron's were closed before this one.
      if (quitting) return;
      if (!buttons || !server) return deps.fallback.show(spec);
      const connected = server;
      try {
        await showOnServer(connected, spec);
      } catch (error) {
        deps.log.warn(`The notification server refused a ${spec.kind} notification: ${String(error)}`);
        if (quitting) return;
        // One tag, one notification: the one it was to replace must not stay beside Electron's.
        const replaced = onServer.get(spec.tag);
        if (replaced !== undefined) {
          forget(replaced);
          // A server that just refused may refuse this too: nothing more can be done about it.
          void connected.close(replaced).catch(() => undefined);
        }
        deps.fallback.show(spec);
      }
    });
  }

  return {
    show,
    listen: () => deps.fallback.listen(),
    live: deps.fallback.live,
    onServer,
    ready: readyPromise,
    closeAll() {
      // A click could not reach a stopped app (as Electron's Linux path): close them, then leave.
      // After any Notify still on its way, so that its notification is closed too.
      const connected = server;
      server = null;
      quitting = true;
      if (connected) {
        queue = queue
          .then(() => Promise.allSettled([...byServerId.keys()].map((id) => connected.close(id))))
          .then(() => {
            byServerId.clear();
            onServer.clear();
            return connected.disconnect();
          })
          .catch((error: unknown) => deps.log.warn(`Closing the D-Bus connection failed: ${String(error)}`));
      }
      deps.fallback.closeAll();
    },
  };
}
