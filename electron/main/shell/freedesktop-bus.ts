import type { FreedesktopNotify } from '../core/notify/freedesktop-notification';

// The freedesktop Notifications server on the D-Bus session bus, through dbus-native (pure
// JavaScript: nothing to build or unpack, so the AppImage and deb carry it inside app.asar).
// Imported only here, and only when a Linux notification is first shown: other platforms and
// runs that never notify never load it.

export const NOTIFICATIONS_SERVICE = 'org.freedesktop.Notifications';
export const NOTIFICATIONS_PATH = '/org/freedesktop/Notifications';
const IFACE = NOTIFICATIONS_SERVICE;
/** A server that does not answer this fast is treated as absent: Electron's path shows it. */
const CALL_TIMEOUT_MS = 3000;
const SIGNAL = 4;

export interface NotificationServer {
  readonly capabilities: readonly string[];
  /** The server's id for the notification; with replacesId, the one it replaces. */
  notify(appName: string, notification: FreedesktopNotify, replacesId: number): Promise<number>;
  close(id: number): Promise<void>;
  onActionInvoked(listener: (id: number, key: string) => void): void;
  onClosed(listener: (id: number, reason: number) => void): void;
  /** The bus connection ended (session over, daemon gone): nothing more will arrive. */
  onGone(listener: (why: string) => void): void;
  disconnect(): Promise<void>;
}

export interface ConnectOptions {
  /** Default: the session bus of DBUS_SESSION_BUS_ADDRESS. */
  busAddress?: string;
  log: { warn(message: string): void };
}

interface SignalMessage {
  type?: number;
  sender?: string;
  path?: string;
  interface?: string;
  member?: string;
  body?: unknown[];
}

/**
 * Connects and asks the server what it can do. Rejects when there is no bus or no server; the
 * caller then keeps Electron's notifications.
 */
export async function connectNotificationServer(options: ConnectOptions): Promise<NotificationServer> {
  const { default: dbus } = await import('dbus-native');
  const bus = dbus.sessionBus({
    timeout: CALL_TIMEOUT_MS,
    ...(options.busAddress === undefined ? {} : { busAddress: options.busAddress }),
  });
  const gone: ((why: string) => void)[] = [];
  const invoked: ((id: number, key: string) => void)[] = [];
  const closed: ((id: number, reason: number) => void)[] = [];
  let ended = false;
  function end(why: string): void {
    if (ended) return;
    ended = true;
    for (const listener of gone) listener(why);
  }
  // dbus-native leaves 'error' to its user: unheard, a lost bus would crash main.
  bus.connection.on('error', (error: Error) => {
    options.log.warn(`The D-Bus session bus failed: ${error.message}`);
    end(error.message);
  });
  bus.connection.on('close', () => end('the D-Bus connection closed'));

  const call = <T>(member: string, signature = '', body: unknown[] = []): Promise<T> =>
    Promise.resolve(
      bus.invoke<T>({
        destination: NOTIFICATIONS_SERVICE,
        path: NOTIFICATIONS_PATH,
        interface: IFACE,
        member,
        ...(signature ? { signature, body } : {}),
      }),
    );

  try {
    const capabilities = await call<string[]>('GetCapabilities');
    // Only the server's own signals count: any process on the bus could send one to us.
    let owner = await Promise.resolve(bus.getNameOwner(NOTIFICATIONS_SERVICE));
    await Promise.resolve(
      bus.addMatch(
        `type='signal',sender='${NOTIFICATIONS_SERVICE}',path='${NOTIFICATIONS_PATH}',interface='${IFACE}'`,
      ),
    );
    bus.connection.on('message', (message: SignalMessage) => {
      if (message.type !== SIGNAL || message.sender !== owner) return;
      if (message.path !== NOTIFICATIONS_PATH || message.interface !== IFACE) return;
      const [id, detail] = message.body ?? [];
      if (typeof id !== 'number') return;
      if (message.member === 'ActionInvoked' && typeof detail === 'string')
        for (const listener of invoked) listener(id, detail);
      if (message.member === 'NotificationClosed' && typeof detail === 'number')
        for (const listener of closed) listener(id, detail);
    });
    return {
      capabilities,
      async notify(appName, notification, replacesId) {
        // A server that restarted has a new owner and none of the old notifications.
        owner = await Promise.resolve(bus.getNameOwner(NOTIFICATIONS_SERVICE));
        return call<number>('Notify', 'susssasa{sv}i', [
          appName,
          replacesId,
          notification.appIcon,
          notification.summary,
          notification.body,
          notification.actions,
          {
            urgency: new dbus.Variant('y', notification.urgency),
            'desktop-entry': new dbus.Variant('s', notification.desktopEntry),
            ...(notification.suppressSound ? { 'suppress-sound': new dbus.Variant('b', true) } : {}),
          },
          notification.expireTimeout,
        ]);
      },
      async close(id) {
        await call('CloseNotification', 'u', [id]);
      },
      onActionInvoked: (listener) => void invoked.push(listener),
      onClosed: (listener) => void closed.push(listener),
      onGone: (listener) => void gone.push(listener),
      async disconnect() {
        ended = true;
        await bus.close();
      },
    };
  } catch (error) {
    ended = true;
    await bus.close();
    throw error;
  }
}
