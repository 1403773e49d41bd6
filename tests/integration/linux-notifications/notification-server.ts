import dbus from 'dbus-native';
import type { MessageBus } from 'dbus-native';
import { NOTIFICATIONS_PATH, NOTIFICATIONS_SERVICE } from '../../../electron/main/shell/freedesktop-bus';

// A freedesktop notification server written for the tests, on the same library the app uses:
// it owns org.freedesktop.Notifications on the test's private bus, records every Notify and
// emits ActionInvoked and NotificationClosed when a test says so, as a desktop's server does.

export interface NotifyCall {
  app_name: string;
  replaces_id: number;
  app_icon: string;
  summary: string;
  body: string;
  actions: string[];
  hints: Record<string, unknown>;
  expire_timeout: number;
  /** The id the server answered with. */
  id: number;
  /** The caller's unique bus name. */
  sender: string;
}

export interface TestNotificationServer {
  calls: NotifyCall[];
  closedByClient: number[];
  /** Ids on screen now. */
  open: Set<number>;
  /** The signal alone (a server that reports a click twice does this twice). */
  actionInvoked(id: number, key: string): void;
  /** What a server does on a click: the action, then the notification closes (reason 2, dismissed). */
  clicked(id: number, key: string): void;
  notificationClosed(id: number, reason: number): void;
  /** The next Notify answers with a D-Bus error (a server that lists actions, then fails). */
  refuseNextNotify(): void;
  stop(): Promise<void>;
}

export async function startNotificationServer(
  busAddress: string,
  capabilities: string[],
  firstId = 1,
): Promise<TestNotificationServer> {
  const bus: MessageBus = dbus.sessionBus({ busAddress });
  const calls: NotifyCall[] = [];
  const closedByClient: number[] = [];
  const open = new Set<number>();
  let next = firstId;
  let stopped = false;
  let refuseNext = false;
  const iface = dbus.defineInterface({
    name: NOTIFICATIONS_SERVICE,
    methods: {
      GetCapabilities: { out: { capabilities: 'as' }, handler: () => capabilities },
      GetServerInformation: {
        out: { name: 's', vendor: 's', version: 's', spec_version: 's' },
        handler: () => ({ name: 'test-server', vendor: 'Invitray tests', version: '1', spec_version: '1.2' }),
      },
      Notify: {
        in: {
          app_name: 's',
          replaces_id: 'u',
          app_icon: 's',
          summary: 's',
          body: 's',
          actions: 'as',
          hints: 'a{sv}',
          expire_timeout: 'i',
        },
        out: { id: 'u' },
        handler: (args: Omit<NotifyCall, 'id' | 'sender'>, context: { sender?: string }) => {
          if (refuseNext) {
            refuseNext = false;
            throw new Error('refused by the test');
          }
          // The spec: replacing keeps the id of the notification replaced.
          const id = args.replaces_id && open.has(args.replaces_id) ? args.replaces_id : next++;
          open.add(id);
          calls.push({ ...args, id, sender: context.sender ?? '' });
          return id;
        },
      },
      CloseNotification: {
        in: { id: 'u' },
        handler: ({ id }: { id: number }) => {
          closedByClient.push(id);
          if (open.delete(id) && !stopped) iface.emit.NotificationClosed!(id, 3);
          return null;
        },
      },
    },
    signals: {
      ActionInvoked: { args: { id: 'u', action_key: 's' } },
      NotificationClosed: { args: { id: 'u', reason: 'u' } },
    },
  });
  await bus.export(NOTIFICATIONS_PATH, iface);
  const name = await bus.ownName(NOTIFICATIONS_SERVICE);
  if (!name.isPrimaryOwner) throw new Error(`${NOTIFICATIONS_SERVICE} is owned by someone else on this bus`);
  return {
    calls,
    closedByClient,
    open,
    actionInvoked: (id, key) => iface.emit.ActionInvoked!(id, key),
    clicked(id, key) {
      iface.emit.ActionInvoked!(id, key);
      if (open.delete(id)) iface.emit.NotificationClosed!(id, 2);
    },
    notificationClosed(id, reason) {
      open.delete(id);
      iface.emit.NotificationClosed!(id, reason);
    },
    refuseNextNotify() {
      refuseNext = true;
    },
    async stop() {
      stopped = true;
      await bus.close();
    },
  };
}
