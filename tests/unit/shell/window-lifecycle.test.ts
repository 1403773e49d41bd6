import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_CLOSE_MS, registerWindow } from '../../../electron/main/shell/window';
import { FakeScreen, fakeBrowserWindowClass, preventable, recordingLog } from './fakes';

// No renderer while the popover is closed: the window exists from an open until it has been
// hidden for IDLE_CLOSE_MS, unless the page objects (a half-typed form, through beforeunload)
// or an answer is in flight; every open after that creates it again.

function setup(busy = false) {
  const BrowserWindow = fakeBrowserWindowClass();
  let isBusy = busy;
  const popover = registerWindow({
    BrowserWindow,
    screen: new FakeScreen({ x: 0, y: 0, width: 1920, height: 1040 }, { x: 900, y: 500 }),
    url: 'app://invitray/index.html',
    origin: 'app://invitray',
    preloadPath: '/p',
    trayBounds: () => null,
    devTools: false,
    isBusy: () => isBusy,
    log: recordingLog(),
  });
  const loaded = () => vi.advanceTimersByTimeAsync(0);
  return { popover, BrowserWindow, loaded, setBusy: (value: boolean) => (isBusy = value) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('popover lifecycle', () => {
  it('no window until the first open; it shows once its page has painted', async () => {
    const { popover, BrowserWindow, loaded } = setup();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(popover.hasPage()).toBe(false);
    popover.show();
    const [window] = BrowserWindow.instances;
    expect(window!.visible).toBe(false);
    await loaded();
    expect(window!.visible).toBe(true);
    expect(popover.isVisible()).toBe(true);
  });

  it('hidden for the idle delay, the window is closed; the next open creates a new one', async () => {
    const { popover, BrowserWindow, loaded } = setup();
    popover.show();
    await loaded();
    popover.hide();
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS - 1);
    expect(BrowserWindow.instances[0]!.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(BrowserWindow.instances[0]!.destroyed).toBe(true);
    expect(popover.hasPage()).toBe(false);
    expect(popover.isOwnContents(BrowserWindow.instances[0]!.webContents)).toBe(false);

    popover.toggle();
    await loaded();
    expect(BrowserWindow.instances).toHaveLength(2);
    expect(BrowserWindow.instances[1]!.visible).toBe(true);
    expect(popover.isOwnContents(BrowserWindow.instances[1]!.webContents)).toBe(true);
  });

  it('reopened within the delay, the same page is kept', async () => {
    const { popover, BrowserWindow, loaded } = setup();
    popover.show();
    await loaded();
    popover.hide();
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS / 2);
    popover.show();
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS * 2);
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(BrowserWindow.instances[0]!.destroyed).toBe(false);
  });

  it("once its page has loaded, Escape is the page's: it steps back, leaves a field, or asks main to hide", async () => {
    // Before: main took every Escape (before-input-event, preventDefault) and hid the window, so
    // the page never saw it: Escape in Settings closed the popover instead of going back, and
    // the shortcut field's and the inline confirmations' Escape never ran.
    const { popover, BrowserWindow, loaded } = setup();
    popover.show();
    await loaded();
    const window = BrowserWindow.instances[0]!;
    const escape = preventable();
    window.webContents.emit('before-input-event', escape, { type: 'keyDown', key: 'Escape' });
    expect(escape.defaultPrevented).toBe(false);
    expect(window.visible).toBe(true);
  });

  it('a blur or Escape hides it, and the idle close follows', async () => {
    const { popover, BrowserWindow, loaded } = setup();
    popover.show();
    await loaded();
    const window = BrowserWindow.instances[0]!;
    // The page's Escape on its main screen (App.svelte asks main through hideWindow).
    popover.hide();
    expect(window.visible).toBe(false);
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS);
    expect(window.destroyed).toBe(true);

    popover.show();
    await loaded();
    const next = BrowserWindow.instances[1]!;
    next.emit('blur');
    expect(next.visible).toBe(false);
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS);
    expect(next.destroyed).toBe(true);
  });

  it('a half-typed form (the page objects to unloading) keeps the window until it is clean', async () => {
    const { popover, BrowserWindow, loaded } = setup();
    popover.show();
    await loaded();
    const window = BrowserWindow.instances[0]!;
    window.preventsUnload = true;
    popover.hide();
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS * 3);
    expect(window.destroyed).toBe(false);
    window.preventsUnload = false;
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS);
    expect(window.destroyed).toBe(true);
  });

  it('an answer in flight keeps the page until main has the answer', async () => {
    const { popover, BrowserWindow, loaded, setBusy } = setup(true);
    popover.show();
    await loaded();
    popover.hide();
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS * 2);
    expect(BrowserWindow.instances[0]!.destroyed).toBe(false);
    setBusy(false);
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS);
    expect(BrowserWindow.instances[0]!.destroyed).toBe(true);
  });

  it('quitting closes it even with a half-typed form (the user chose to quit)', async () => {
    const { popover, BrowserWindow, loaded } = setup();
    popover.show();
    await loaded();
    const window = BrowserWindow.instances[0]!;
    window.preventsUnload = true;
    popover.allowClose();
    window.close();
    expect(window.destroyed).toBe(true);
  });

  it('a route asked for while the new page loads is delivered once it has loaded', async () => {
    const { popover, BrowserWindow, loaded } = setup();
    popover.show();
    popover.send('window:route', { view: 'invite', profileId: 'p', inviteId: 'i' });
    popover.send('state:changed', { pendingCount: 1 });
    popover.send('state:changed', { pendingCount: 2 });
    const window = BrowserWindow.instances[0]!;
    expect(window.webContents.sent).toEqual([]);
    await loaded();
    expect(window.webContents.sent).toEqual([
      { channel: 'window:route', args: [{ view: 'invite', profileId: 'p', inviteId: 'i' }] },
      { channel: 'state:changed', args: [{ pendingCount: 2 }] },
    ]);
  });

  it('with no page, state pushes are dropped (a new page reads the state itself)', () => {
    const { popover, BrowserWindow } = setup();
    popover.send('state:changed', { pendingCount: 1 });
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('opened and hidden again before the new page painted, it stays hidden (and is let go later)', async () => {
    const { popover, BrowserWindow, loaded } = setup();
    popover.toggle();
    popover.toggle();
    await loaded();
    expect(BrowserWindow.instances[0]!.visible).toBe(false);
    await vi.advanceTimersByTimeAsync(IDLE_CLOSE_MS);
    expect(BrowserWindow.instances[0]!.destroyed).toBe(true);
  });

  it('a page that never paints is shown after a second anyway', async () => {
    const { popover, BrowserWindow } = setup();
    BrowserWindow.prototype.loadURL = () => new Promise(() => undefined);
    popover.show();
    await vi.advanceTimersByTimeAsync(999);
    expect(BrowserWindow.instances[0]!.visible).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(BrowserWindow.instances[0]!.visible).toBe(true);
  });
  it('hidden by Escape before its slow page loaded, the next tray click opens it', async () => {
    // Before: Escape hid the window behind the lifecycle's back, so it still counted as wanted
    // and loading, and the next click "closed" the hidden window: the user had to click twice.
    const { popover, BrowserWindow } = setup();
    BrowserWindow.prototype.loadURL = () => new Promise(() => undefined);
    popover.toggle();
    await vi.advanceTimersByTimeAsync(1_000);
    const window = BrowserWindow.instances[0]!;
    expect(window.visible).toBe(true);
    window.webContents.emit('before-input-event', preventable(), { type: 'keyDown', key: 'Escape' });
    expect(window.visible).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    popover.toggle();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(popover.isVisible()).toBe(true);
  });
});
