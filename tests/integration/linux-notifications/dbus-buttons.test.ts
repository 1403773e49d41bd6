import dbus from 'dbus-native';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_TOKEN } from '../../../electron/main/core/demo';
import type { NotificationSpec } from '../../../electron/main/core/notify/notification-spec';
import {
  connectNotificationServer,
  NOTIFICATIONS_PATH,
  NOTIFICATIONS_SERVICE,
  type NotificationServer,
} from '../../../electron/main/shell/freedesktop-bus';
import { registerLinuxNotifications } from '../../../electron/main/shell/linux-notifications';
import type { NotificationChoice } from '../../../electron/main/shell/notification-deliveries';
import { registerNotifications } from '../../../electron/main/shell/notifications';
import { fakeNotificationClass, recordingLog } from '../../unit/shell/fakes';
import { startRealCore, type RealCore } from '../../unit/shell/real-core';
import { startNotificationServer, type TestNotificationServer } from './notification-server';
import { DBUS_DAEMON, NO_BUS_REASON, onPath, startPrivateBus, type PrivateBus } from './private-bus';

// Linux notifications with Accept and Decline buttons over the freedesktop Notifications
// interface. A private D-Bus session bus (dbus-daemon, as dbus-run-session starts it), a
// notification server written for the test on it, the real core on the real demo API; Electron's
// Notification is the shell tests' double, for the fallback path only.

const ICON = '/opt/Invitray/resources/icon.png';
/** Bus round trips and the first import of the library, on a loaded 2-core machine. */
const eventually = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 10_000, interval: 20 });
const hasBus = onPath(DBUS_DAEMON);

describe.skipIf(!hasBus)(
  `Linux notification buttons over D-Bus${hasBus ? '' : ` (skipped: ${NO_BUS_REASON})`}`,
  () => {
    let bus: PrivateBus;
    let real: RealCore;
    let server: TestNotificationServer | null;
    const presenters: { closeAll(): void }[] = [];

    beforeEach(async () => {
      bus = await startPrivateBus();
      real = await startRealCore();
      real.core.start();
      await real.core.addAccount('Work', { kind: 'token', token: DEMO_TOKEN });
      await real.core.whenIdle();
      server = null;
    });
    afterEach(async () => {
      for (const presenter of presenters.splice(0)) presenter.closeAll();
      // closeAll closes them on the server without waiting (at quit nothing can): wait here.
      if (server) await eventually(() => expect(server!.open.size).toBe(0));
      await server?.stop();
      await real.close();
      await bus.stop();
    });

    /** `connecting`: the bus connection says it started, then waits (a slow session bus). */
    function presenter(busAddress = bus.address, connecting?: { started(): void; proceed: Promise<void> }) {
      const Notification = fakeNotificationClass();
      const log = recordingLog();
      const activated: [NotificationSpec, NotificationChoice][] = [];
      const activate = (spec: NotificationSpec, choice: NotificationChoice) => {
        activated.push([spec, choice]);
        return real.core.activateNotification(spec, choice);
      };
      const fallback = registerNotifications({
        Notification,
        platform: 'linux',
        iconPath: ICON,
        activate,
        log,
      });
      const connections: NotificationServer[] = [];
      const linux = registerLinuxNotifications({
        fallback,
        connect: async () => {
          connecting?.started();
          await connecting?.proceed;
          const connection = await connectNotificationServer({ busAddress, log });
          connections.push(connection);
          return connection;
        },
        activate,
        appName: 'Invitray',
        desktopEntry: 'invitray',
        iconPath: ICON,
        log,
      });
      presenters.push(linux);
      return { linux, Notification, activated, log, connections };
    }

    /** A new invitation, as the core announces it. */
    async function arrives(
      organisation = 'Acme',
      invitedBy = 'owner@example.org',
    ): Promise<NotificationSpec> {
      const seen: NotificationSpec[] = [];
      const stop = real.core.onNotification((spec) => seen.push(spec));
      real.demo.addInvite({ organization_name: organisation, invited_by: invitedBy });
      await real.core.refresh();
      await real.core.whenIdle();
      stop();
      const spec = seen.find((candidate) => candidate.kind === 'new-invite');
      if (!spec) throw new Error(`no new-invite notification (got ${seen.map((s) => s.kind).join(', ')})`);
      return spec;
    }
    /**
     * The server has `count` Notify calls and the app has their answers: a click before that would
     * race the reply (a person cannot click that fast).
     */
    async function onScreen(linux: { onServer: ReadonlyMap<string, number> }, count: number, from = 0) {
      await eventually(() => {
        expect(server!.calls).toHaveLength(count);
        const known = new Set(linux.onServer.values());
        const ours = server!.calls.slice(from).filter((call) => server!.open.has(call.id));
        expect(ours.filter((call) => !known.has(call.id))).toEqual([]);
      });
    }
    const patches = () => real.demo.requestLog().filter((entry) => entry.method === 'PATCH');

    it('Notify carries Accept and Decline; ActionInvoked accept sends exactly one PATCH', async () => {
      server = await startNotificationServer(bus.address, ['actions', 'body', 'body-markup']);
      const { linux, Notification, activated } = presenter();
      const spec = await arrives('Acme', 'Bob <b>Boss</b> & co');
      real.demo.clearRequestLog();
      linux.show(spec);
      await onScreen(linux, 1);
      expect(await linux.ready).toBe(true);
      const [call] = server.calls;
      expect(call).toMatchObject({
        app_name: 'Invitray',
        replaces_id: 0,
        app_icon: ICON,
        summary: spec.title,
        actions: ['default', 'Accept', 'accept', 'Accept', 'decline', 'Decline'],
        hints: { urgency: 1, 'desktop-entry': 'invitray' },
        expire_timeout: -1,
      });
      // The inviter's markup stays text on a body-markup server.
      expect(call!.body).toContain('Bob &lt;b&gt;Boss&lt;/b&gt; &amp; co');
      expect(call!.body).not.toContain('<b>');
      expect(Notification.instances).toHaveLength(0);

      // A server can report the same click twice (or the user double-clicks): one answer.
      server.actionInvoked(call!.id, 'accept');
      server.clicked(call!.id, 'accept');
      await eventually(() => expect(patches()).toHaveLength(1));
      await real.core.whenIdle();
      expect(patches().map((entry) => entry.body)).toEqual([{ status: 'accepted' }]);
      expect(real.demo.invites().find((invite) => invite.id === spec.inviteId)?.status).toBe('accepted');
      // The shell hands the core one answer, not two for the core to sort out.
      expect(activated).toEqual([[spec, 'accept']]);
    });

    it('Decline and a body click go to the same core paths as Electron buttons', async () => {
      server = await startNotificationServer(bus.address, ['actions', 'body']);
      const { linux, activated } = presenter();
      const first = await arrives('First');
      const second = await arrives('Second');
      linux.show(first);
      linux.show(second);
      await onScreen(linux, 2);
      server.clicked(server.calls[0]!.id, 'decline');
      server.clicked(server.calls[1]!.id, 'default');
      await eventually(() => expect(activated).toHaveLength(2));
      expect(activated.map(([spec, choice]) => [spec.inviteId, choice])).toEqual([
        [first.inviteId, 'decline'],
        [second.inviteId, 'click'],
      ]);
    });

    it('NotificationClosed forgets the notification: a late action on it answers nothing', async () => {
      server = await startNotificationServer(bus.address, ['actions']);
      const { linux, activated } = presenter();
      const spec = await arrives();
      linux.show(spec);
      await eventually(() => expect(linux.onServer.get(spec.tag)).toBeDefined());
      const id = linux.onServer.get(spec.tag)!;
      server.notificationClosed(id, 2);
      await eventually(() => expect(linux.onServer.has(spec.tag)).toBe(false));
      real.demo.clearRequestLog();
      server.actionInvoked(id, 'accept');
      // A round trip through the bus after the signal: it has been delivered by then.
      await linux.ready;
      linux.show(await arrives('Later'));
      await onScreen(linux, 2);
      expect(activated).toEqual([]);
      expect(patches()).toEqual([]);
    });

    it('the same invitation again replaces its notification instead of stacking a second', async () => {
      server = await startNotificationServer(bus.address, ['actions']);
      const { linux } = presenter();
      const spec = await arrives();
      linux.show(spec);
      linux.show({ ...spec, body: 'updated' });
      await onScreen(linux, 2);
      expect(server.calls[1]!.replaces_id).toBe(server.calls[0]!.id);
      expect(server.open.size).toBe(1);
    });

    it('the same invitation again, refused by the server: Electron shows it, and the old one does not stay beside it', async () => {
      server = await startNotificationServer(bus.address, ['actions']);
      const { linux, Notification, activated } = presenter();
      const spec = await arrives();
      linux.show(spec);
      await onScreen(linux, 1);
      const first = server.calls[0]!.id;
      server.refuseNextNotify();
      linux.show({ ...spec, body: 'updated' });
      await eventually(() => expect(Notification.instances).toHaveLength(1));
      await eventually(() => expect(server!.open.has(first)).toBe(false));
      expect(linux.onServer.has(spec.tag)).toBe(false);
      // A late click on the old one answers nothing: Electron's is the one on screen.
      server.clicked(first, 'accept');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(activated).toEqual([]);
    });

    it('after a restart, the previous run’s notifications answer nothing; this run’s answer once', async () => {
      server = await startNotificationServer(bus.address, ['actions']);
      const before = presenter();
      const old = await arrives('Old');
      before.linux.show(old);
      await onScreen(before.linux, 1);
      const oldId = server.calls[0]!.id;
      // The app stops without closing it (a crash, a kill): its bus connection goes, the
      // notification stays on screen.
      presenters.splice(presenters.indexOf(before.linux), 1);
      await before.connections[0]!.disconnect();

      const after = presenter();
      const fresh = await arrives('Fresh');
      after.linux.show(fresh);
      await onScreen(after.linux, 2, 1);
      real.demo.clearRequestLog();
      server.clicked(oldId, 'accept');
      server.clicked(server.calls[1]!.id, 'accept');
      await eventually(() => expect(patches()).toHaveLength(1));
      await real.core.whenIdle();
      expect(after.activated.map(([spec, choice]) => [spec.inviteId, choice])).toEqual([
        [fresh.inviteId, 'accept'],
      ]);
      expect(real.demo.invites().find((invite) => invite.id === old.inviteId)?.status).toBe('pending');
    });

    it('a signal from anyone but the notification server is ignored', async () => {
      server = await startNotificationServer(bus.address, ['actions']);
      const { linux, activated } = presenter();
      const spec = await arrives();
      linux.show(spec);
      await onScreen(linux, 1);
      const impostor = dbus.sessionBus({ busAddress: bus.address });
      const signal = { path: NOTIFICATIONS_PATH, interface: NOTIFICATIONS_SERVICE, member: 'ActionInvoked' };
      const body = [server.calls[0]!.id, 'accept'];
      // Broadcast (the bus routes it by the app's match rule) and sent to the app's connection
      // directly (which no match rule filters).
      impostor.sendSignal(signal.path, signal.interface, signal.member, 'us', body);
      impostor.connection.message({
        type: 4,
        serial: (impostor as unknown as { nextSerial(): number }).nextSerial(),
        ...signal,
        destination: server.calls[0]!.sender,
        signature: 'us',
        body,
      });
      await impostor.getId(); // flushed through the bus
      await impostor.close();
      linux.show(await arrives('Later'));
      await onScreen(linux, 2);
      expect(activated).toEqual([]);
    });

    it('at quit, closes its notifications on the server (a click could not reach a stopped app)', async () => {
      server = await startNotificationServer(bus.address, ['actions']);
      const { linux } = presenter();
      linux.show(await arrives());
      await onScreen(linux, 1);
      linux.closeAll();
      await eventually(() => expect(server!.closedByClient).toEqual([server!.calls[0]!.id]));
      expect(server.open.size).toBe(0);
    });

    it('quitting while a notification is on its way still closes it', async () => {
      server = await startNotificationServer(bus.address, ['actions']);
      const { linux } = presenter();
      linux.show(await arrives('First'));
      await onScreen(linux, 1);
      linux.show(await arrives('Second'));
      // The server has it; the app may not have its id yet.
      await eventually(() => expect(server!.calls).toHaveLength(2));
      linux.closeAll();
      await eventually(() => expect(server!.closedByClient).toHaveLength(2));
      expect(server.open.size).toBe(0);
    });

    it('quitting while the bus connection is still being made shows nothing, on D-Bus or through Electron', async () => {
      server = await startNotificationServer(bus.address, ['actions']);
      let started!: () => void;
      let proceed!: () => void;
      const connectStarted = new Promise<void>((resolve) => (started = resolve));
      const connecting = { started, proceed: new Promise<void>((resolve) => (proceed = resolve)) };
      const { linux, Notification } = presenter(bus.address, connecting);
      linux.show(await arrives());
      // The first notification is waiting for its connection when the app quits.
      await connectStarted;
      linux.closeAll();
      proceed();
      expect(await linux.ready).toBe(false);
      // The show waiting on the connection runs right after: give it a turn, then look.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(Notification.instances).toHaveLength(0);
      expect(server.calls).toEqual([]);
    });

    it('a server without actions: Electron shows it, and the bus connection is let go', async () => {
      server = await startNotificationServer(bus.address, ['body', 'body-markup']);
      const { linux, Notification } = presenter();
      const spec = await arrives();
      linux.show(spec);
      expect(await linux.ready).toBe(false);
      await eventually(() => expect(Notification.instances).toHaveLength(1));
      expect(server.calls).toEqual([]);
      expect(Notification.instances[0]!.options).toMatchObject({ title: spec.title, icon: ICON });
      expect(Notification.instances[0]!.options.actions).toBeUndefined();
      // Electron's click still answers as before.
      Notification.instances[0]!.emit('click');
      await eventually(() => expect(linux.live.size).toBe(0));
      // Only the server and this probe are left on the bus: the app disconnected.
      const probe = dbus.sessionBus({ busAddress: bus.address });
      const clients = async () => (await probe.listNames()).filter((name) => name.startsWith(':'));
      await eventually(async () => expect(await clients()).toHaveLength(2));
      await probe.close();
    });

    it('no notification server on the bus: Electron shows it', async () => {
      const { linux, Notification } = presenter();
      linux.show(await arrives());
      expect(await linux.ready).toBe(false);
      await eventually(() => expect(Notification.instances).toHaveLength(1));
    });

    it('no bus at all: Electron shows it', async () => {
      const { linux, Notification } = presenter('unix:path=/nonexistent/invitray-test-bus');
      linux.show(await arrives());
      expect(await linux.ready).toBe(false);
      await eventually(() => expect(Notification.instances).toHaveLength(1));
    });
  },
);
