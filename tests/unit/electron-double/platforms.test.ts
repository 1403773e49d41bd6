// The per-platform behaviour the double models, one platform branch at a time.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeDouble, ROOT } from './make-double';

const ICON = join(ROOT, 'resources/tray/mac/trayTemplate.png');
const buttons = [
  { type: 'button' as const, text: 'Accept' },
  { type: 'button' as const, text: 'Decline' },
];

describe('darwin', () => {
  const electron = makeDouble({ platform: 'darwin' });
  const { app, Tray, Notification, nativeImage, __double } = electron;
  test('dock exists, setAppUserModelId does not', () => {
    app.dock!.hide();
    expect(app.dock!.isVisible()).toBe(false);
    expect('setAppUserModelId' in app).toBe(false);
  });
  test('template images and the menu-bar title', () => {
    const image = nativeImage.createFromPath(ICON);
    image.setTemplateImage(true);
    const tray = new Tray(image);
    tray.setTitle('3');
    expect(__double.trays.at(-1)!.title).toBe('3');
    expect(__double.trays.at(-1)!.image.isTemplateImage()).toBe(true);
  });
  test("'activate' says whether a window is visible; other platforms have no such event", () => {
    const seen: boolean[] = [];
    app.on('activate', (_event, hasVisibleWindows) => seen.push(hasVisibleWindows));
    __double.activateApp();
    new electron.BrowserWindow({ show: true });
    __double.activateApp();
    expect(seen).toEqual([false, true]);
    expect(() => makeDouble({ platform: 'win32' }).__double.activateApp()).toThrow(/macOS only/);
  });
  test('a click is delivered, with real bounds', () => {
    const tray = new Tray(ICON);
    let clicks = 0;
    tray.on('click', () => clicks++);
    expect(__double.clickTray(__double.trays.at(-1)!)).toBe('click');
    expect(clicks).toBe(1);
    expect(tray.getBounds().width).toBeGreaterThan(0);
  });
  test('notification buttons report their index; close() emits nothing', () => {
    const notification = new Notification({ title: 't', actions: buttons });
    const seen: unknown[] = [];
    notification.on('action', (details, index) => seen.push([details.actionIndex, index]));
    notification.on('close', () => seen.push('close'));
    notification.show();
    __double.pressNotificationAction(__double.notifications.at(-1)!, 0);
    notification.close();
    expect(seen).toEqual([[0, 0]]);
    expect('handleActivation' in Notification).toBe(false);
  });
});

describe('win32', () => {
  const electron = makeDouble({ platform: 'win32' });
  const { app, Notification, Tray, __double } = electron;
  test('setAppUserModelId exists, dock does not', () => {
    app.setAppUserModelId('dev.invitray.app');
    expect(__double.callsOf('app', 'setAppUserModelId')[0]!.args).toEqual(['dev.invitray.app']);
    expect(app.dock).toBeUndefined();
  });
  test('toast close reasons: programmatic close is applicationHidden, a dismissal says why', () => {
    const reasons: unknown[] = [];
    const first = new Notification({ title: 'a' });
    first.on('close', (details) => reasons.push(details.reason));
    first.show();
    first.close();
    const second = new Notification({ title: 'b' });
    second.on('close', (details) => reasons.push(details.reason));
    second.show();
    __double.dismissNotification(__double.notifications.at(-1)!, 'timedOut');
    expect(reasons).toEqual(['applicationHidden', 'timedOut']);
    expect(() => __double.dismissNotification(__double.notifications.at(-1)!, 'bogus')).toThrow();
  });
  test('a tray click is delivered', () => {
    new Tray(join(ROOT, 'resources/tray/tray-1.png'));
    expect(__double.clickTray(__double.trays.at(-1)!)).toBe('click');
  });
});

describe('linux (StatusNotifier)', () => {
  test('no dock, no setAppUserModelId, no handleActivation, no title', () => {
    const { app, Notification, Tray, __double } = makeDouble({ platform: 'linux' });
    expect(app.dock).toBeUndefined();
    expect('setAppUserModelId' in app).toBe(false);
    expect('handleActivation' in Notification).toBe(false);
    new Tray(ICON).setTitle('3');
    expect(__double.trays.at(-1)!.title).toBe('');
  });
  test('the host opens the context menu and delivers no click, unless configured to', () => {
    const quiet = makeDouble({ platform: 'linux' });
    const tray = new quiet.Tray(ICON);
    let clicks = 0;
    tray.on('click', () => clicks++);
    expect(quiet.__double.clickTray(quiet.__double.trays[0]!)).toBe('nothing');
    tray.setContextMenu(quiet.Menu.buildFromTemplate([{ label: 'Open' }]));
    expect(quiet.__double.clickTray(quiet.__double.trays[0]!)).toBe('menu');
    expect(clicks).toBe(0);
    expect(tray.getBounds()).toEqual({ x: 0, y: 0, width: 0, height: 0 });

    const clicking = makeDouble({ platform: 'linux', linuxTrayClicks: true });
    const other = new clicking.Tray(ICON);
    other.on('click', () => clicks++);
    expect(clicking.__double.clickTray(clicking.__double.trays[0]!)).toBe('click');
    expect(clicks).toBe(1);
  });
  test('notifications have no buttons to press', () => {
    const { Notification, __double } = makeDouble({ platform: 'linux' });
    new Notification({ title: 't', actions: buttons }).show();
    expect(() => __double.pressNotificationAction(__double.notifications[0]!, 0)).toThrow(
      /do not exist on linux/,
    );
  });
});
