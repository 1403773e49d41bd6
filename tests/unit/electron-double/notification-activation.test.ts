import { describe, expect, test } from 'vitest';
import { buildToastXml } from '../../../electron/main/core/notify/windows-toast';
import { makeDouble } from './make-double';

// The double's notification rules, each from Electron's source (electron/electron main, 2026):
// windows_toast_notification.cc ToastEventHandler::Invoke, windows_toast_activator.cc
// HandleToastActivation / NotificationActivator::Activate, electron_api_notification.cc
// Notification::New and GetHistory. The docs' reading is kept as an option and tested too.

const buttons = [
  { type: 'button' as const, text: 'Accept' },
  { type: 'button' as const, text: 'Decline' },
];
const ID = 'ivt.n.0a1b2c3d.i1';

function win32(config: Parameters<typeof makeDouble>[0] = {}) {
  const electron = makeDouble({ platform: 'win32', ...config });
  const { Notification, __double } = electron;
  const log: string[] = [];
  const register = () =>
    Notification.handleActivation((details) =>
      log.push(
        ['callback', details.type, details.actionIndex, details.arguments]
          .filter((part) => part !== undefined && part !== '')
          .join(' '),
      ),
    );
  function show(options: Partial<Electron.NotificationConstructorOptions> = {}) {
    const notification = new Notification({ title: 't', body: 'b', id: ID, actions: buttons, ...options });
    notification.on('click', () => log.push('instance click'));
    notification.on('action', (_event, index) => log.push(`instance action ${index}`));
    notification.on('failed', (_event, error) => log.push(`failed ${error}`));
    notification.show();
    return __double.notifications.at(-1)!;
  }
  const withXml = () => ({
    toastXml: buildToastXml({
      id: ID,
      spec: {
        title: 't',
        body: 'b',
        actions: [
          { id: 'accept', label: 'Accept' },
          { id: 'decline', label: 'Decline' },
        ],
      },
    }),
  });
  return { electron, __double, log, register, show, withXml };
}

describe('Windows toasts, per the source', () => {
  test('a body click on a live toast built from options: the instance click alone, no arguments', () => {
    const { __double, log, register, show } = win32();
    register();
    __double.clickNotification(show());
    expect(log).toEqual(['instance click']);
    expect(__double.notifications.at(-1)!.toast!.launch).toBe('');
  });

  test('a body click on a live toast with launch arguments: still the instance click alone', () => {
    const { __double, log, register, show, withXml } = win32();
    register();
    __double.clickNotification(show(withXml()));
    expect(log).toEqual(['instance click']);
  });

  test('a button: the callback first, then the live object with that tag', () => {
    const { __double, log, register, show } = win32();
    register();
    __double.pressNotificationAction(show(), 1);
    expect(log).toEqual([`callback action 1 type=action&action=1&tag=${ID}`, 'instance action 1']);
  });

  test('a timed-out toast whose object lives: an Action Center click is the in-process event', () => {
    const { __double, log, register, show, withXml } = win32();
    register();
    const toast = show(withXml());
    __double.dismissNotification(toast, 'timedOut');
    expect(toast.inActionCenter).toBe(true);
    __double.clickInActionCenter(toast);
    expect(log).toEqual(['instance click']);
  });

  test('a toast whose process has ended: the COM activator, the callback alone, with the launch arguments', () => {
    const { __double, log, register, show, withXml } = win32();
    register();
    const toast = show(withXml());
    __double.dismissNotification(toast, 'timedOut');
    __double.endProcessOf(toast);
    __double.clickInActionCenter(toast);
    expect(log).toEqual([`callback click type=click&tag=${ID}`]);
  });

  test('an object the app let go of while it runs: its native toast stays with no delegate (review 19)', () => {
    // electron_api_notification.cc, ~Notification: only notification_->set_delegate(nullptr)
    // (Destroy() for restored ones alone), so the WindowsToastNotification stays in the presenter
    // and its ToastEventHandler stays registered. A body click is then ToastEventHandler::Invoke
    // -> Notification::NotificationClicked with no delegate: nothing reaches the app, and the COM
    // activator is not involved. A button still reaches the callback (HandleToastActivation),
    // and the target it finds has no delegate.
    const { __double, log, register, show, withXml } = win32();
    register();
    const body = show(withXml());
    __double.dismissNotification(body, 'timedOut');
    __double.collectNotification(body);
    __double.clickInActionCenter(body);
    const button = show(withXml());
    __double.dismissNotification(button, 'timedOut');
    __double.collectNotification(button);
    __double.pressInActionCenter(button, 0);
    expect(log).toEqual([`callback action 0 type=action&action=0&tag=${ID}`]);
  });

  test("without a launch attribute (Electron's template), a body click from the activator carries nothing", () => {
    const { __double, log, register, show } = win32();
    register();
    const toast = show();
    __double.dismissNotification(toast, 'timedOut');
    __double.endProcessOf(toast);
    __double.clickInActionCenter(toast);
    __double.dismissNotification(show(), 'timedOut');
    __double.endProcessOf(__double.notifications.at(-1)!);
    __double.pressInActionCenter(__double.notifications.at(-1)!, 0);
    expect(log).toEqual(['callback click', `callback action 0 type=action&action=0&tag=${ID}`]);
  });

  test('a cold start: the one stored activation (the latest) is handed over synchronously on registration', async () => {
    const { electron, log, register } = win32({
      pendingActivations: [
        { type: 'click', arguments: 'type=click&tag=older' },
        { type: 'click', arguments: `type=click&tag=${ID}` },
      ],
    });
    // The activator is registered once the presenter exists (here: isSupported creates it).
    expect(electron.Notification.isSupported()).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual([]);
    register();
    expect(log).toEqual([`callback click type=click&tag=${ID}`]);
  });

  test('handleActivation alone registers no COM activator: a cold start or an earlier run waits for the presenter (review 19)', async () => {
    // notification_presenter_win.cc, NotificationPresenter::Create is where
    // NotificationActivator::RegisterActivator runs, and ElectronBrowserClient creates the
    // presenter on first GetNotificationPresenter (new Notification, isSupported, getHistory);
    // Notification::HandleActivation only calls SetActivationHandler.
    const { electron, __double, log, register } = win32({
      pendingActivations: [{ type: 'click', arguments: `type=click&tag=${ID}` }],
    });
    register();
    __double.activateThroughActivator(`type=action&action=0&tag=${ID}`);
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual([]);
    expect(__double.callsOf('Notification', 'activation-lost')).toHaveLength(1);
    electron.Notification.isSupported();
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual([`callback click type=click&tag=${ID}`]);
  });

  test('a malformed or oversized toastXml fails instead of showing; an id over 64 characters throws', async () => {
    const { __double, log, show, electron } = win32();
    const broken = show({ toastXml: '<toast launch="a""/>' });
    const huge = show({
      toastXml: `<toast><visual><binding template="ToastGeneric"><text>${'x'.repeat(6000)}</text></binding></visual></toast>`,
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(broken.shown).toBe(false);
    expect(huge.shown).toBe(false);
    expect(log).toEqual([
      expect.stringMatching(/^failed XML: Invalid XML/),
      'failed The size of the notification content is too large.',
    ]);
    expect(() => __double.clickNotification(broken)).toThrow(/not on screen/);
    expect(() => new electron.Notification({ title: 't', id: 'x'.repeat(65) })).toThrow(/64 UTF-16/);
  });

  test('the Action Center gestures need a toast that is there', () => {
    const { __double, show } = win32();
    const toast = show();
    expect(() => __double.clickInActionCenter(toast)).toThrow(/not in the Action Center/);
  });
});

describe("Windows toasts, per the docs' reading (the callback for every click as well)", () => {
  test.each([
    ['documented-instance-first', ['instance click', `callback click type=click&tag=${ID}`]],
    ['documented-callback-first', [`callback click type=click&tag=${ID}`, 'instance click']],
  ] as const)('%s', (mode, expected) => {
    const { __double, log, register, show, withXml } = win32({ windowsActivation: mode });
    register();
    __double.clickNotification(show(withXml()));
    expect(log).toEqual(expected);
  });
});

describe('macOS Notification.getHistory', () => {
  const delivered = [{ id: ID, title: 'Invitation', body: 'b' }];

  test('signed: live objects for what is in Notification Center, with id but no actions', async () => {
    const { Notification, __double } = makeDouble({
      platform: 'darwin',
      codeSigned: true,
      deliveredNotifications: delivered,
    });
    const restored = await Notification.getHistory();
    expect(restored.map((n) => [n.id, n.title, n.actions])).toEqual([[ID, 'Invitation', []]]);
    const seen: number[] = [];
    restored[0]!.on('action', (_event, index) => seen.push(index));
    __double.pressNotificationAction(__double.notifications.at(-1)!, 0);
    expect(seen).toEqual([0]);
  });

  test('unsigned: an empty list; elsewhere getHistory exists and resolves an empty list', async () => {
    // electron_api_notification.cc, Initialize: dict.SetMethod("getHistory", ...) with no
    // platform guard (handleActivation alone is IS_WIN); notification_presenter.cc,
    // GetDeliveredNotifications: "Default: return empty list. Overridden on macOS."
    const { Notification } = makeDouble({ platform: 'darwin', deliveredNotifications: delivered });
    expect(await Notification.getHistory()).toEqual([]);
    for (const platform of ['win32', 'linux'] as const) {
      const other = makeDouble({ platform, codeSigned: true, deliveredNotifications: delivered });
      expect(await other.Notification.getHistory()).toEqual([]);
    }
  });
});
