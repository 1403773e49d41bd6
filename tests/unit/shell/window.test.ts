import { describe, expect, it } from 'vitest';
import { POPOVER_SIZE, registerWindow } from '../../../electron/main/shell/window';
import type { Rect } from '../../../electron/main/core/desktop/window-position';
import { FakeScreen, fakeBrowserWindowClass, firstOpen, preventable, recordingLog } from './fakes';

/** The popover with its page created, loaded and hidden again (as after a first open). */
async function setup(trayBounds: Rect | null = null) {
  const BrowserWindow = fakeBrowserWindowClass();
  const screen = new FakeScreen({ x: 0, y: 0, width: 1920, height: 1040 }, { x: 900, y: 500 });
  let time = 1_000_000;
  let shows = 0;
  const log = recordingLog();
  const popover = registerWindow({
    BrowserWindow,
    screen,
    url: 'app://invitray/index.html',
    origin: 'app://invitray',
    preloadPath: '/app/out/preload/index.cjs',
    trayBounds: () => trayBounds,
    devTools: false,
    onShow: () => shows++,
    now: () => time,
    idleCloseMs: 60_000,
    log,
  });
  const window = await firstOpen(popover, BrowserWindow);
  shows = 0;
  return {
    popover,
    window,
    screen,
    log,
    shows: () => shows,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe('registerWindow', () => {
  it('creates one hidden, frameless, taskbar-less popover with every security preference set', async () => {
    const { window } = await setup();
    expect(window.options).toMatchObject({
      width: POPOVER_SIZE.width,
      height: POPOVER_SIZE.height,
      show: false,
      frame: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      resizable: false,
    });
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(window.loaded).toEqual(['app://invitray/index.html']);
    expect(window.visible).toBe(false);
  });

  it('denies navigation, redirects, webviews, new windows and every permission', async () => {
    const { window } = await setup();
    const contents = window.webContents;
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = preventable();
      contents.emit(event, e, 'https://evil.example/');
      expect(e.defaultPrevented, event).toBe(true);
    }
    expect(contents.openHandler!({ url: 'https://dash.cloudflare.com/' })).toEqual({ action: 'deny' });
    const granted: boolean[] = [];
    contents.session.requestHandler!(contents, 'media', (g) => granted.push(g));
    contents.session.requestHandler!(contents, 'notifications', (g) => granted.push(g));
    expect(granted).toEqual([false, false]);
    expect(contents.session.checkHandler!(contents, 'clipboard-read', 'app://invitray')).toBe(false);
  });

  it('allows exactly the clipboard write of the Copy buttons, for its own page and origin only', async () => {
    const { window } = await setup();
    const contents = window.webContents;
    const own = { requestingUrl: 'app://invitray/index.html', isMainFrame: true };
    const check = contents.session.checkHandler!;
    expect(check(contents, 'clipboard-sanitized-write', 'app://invitray', own)).toBe(true);
    expect(check(contents, 'clipboard-read', 'app://invitray', own)).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'app://invitray', own)).toBe(false);
    expect(check(contents, 'clipboard-sanitized-write', 'https://evil.example', own)).toBe(false);
    expect(
      check(contents, 'clipboard-sanitized-write', 'app://invitray', { ...own, isMainFrame: false }),
    ).toBe(false);

    const granted: [string, boolean][] = [];
    const request = (permission: string, details: typeof own, sender: unknown = contents) =>
      contents.session.requestHandler!(sender, permission, (g) => granted.push([permission, g]), details);
    request('clipboard-sanitized-write', own);
    request('clipboard-sanitized-write', { requestingUrl: 'https://evil.example/', isMainFrame: true });
    request('clipboard-sanitized-write', own, {});
    request('clipboard-read', own);
    expect(granted).toEqual([
      ['clipboard-sanitized-write', true],
      ['clipboard-sanitized-write', false],
      ['clipboard-sanitized-write', false],
      ['clipboard-read', false],
    ]);
  });

  it('opens next to the tray icon, hides on blur, and notifies the core when shown', async () => {
    const { popover, window, screen, shows } = await setup({ x: 1880, y: 1044, width: 32, height: 32 });
    popover.toggle();
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(true);
    expect(window.position).toEqual([1540, 476]);
    // Once for the first open in setup, once now.
    expect(screen.matched).toEqual([
      { x: 1880, y: 1044, width: 32, height: 32 },
      { x: 1880, y: 1044, width: 32, height: 32 },
    ]);
    expect(shows()).toBe(1);

    const other = preventable();
    window.webContents.emit('before-input-event', other, { type: 'keyDown', key: 'a' });
    expect(window.visible).toBe(true);
    // The loaded page handles Escape itself (window-lifecycle.test.ts); main leaves it alone.
    const escape = preventable();
    window.webContents.emit('before-input-event', escape, { type: 'keyDown', key: 'Escape' });
    expect(escape.defaultPrevented).toBe(false);
    expect(window.visible).toBe(true);

    window.emit('blur');
    expect(window.visible).toBe(false);
  });

  it('centres on the work area when tray bounds are unknown (Wayland)', async () => {
    const { popover, window } = await setup(null);
    popover.show();
    expect(window.position).toEqual([(1920 - 380) / 2, (1040 - 560) / 2]);
  });

  it('a tray click right after a blur-hide is the same gesture: the window stays closed', async () => {
    const { popover, window, advance } = await setup();
    popover.show();
    window.emit('blur');
    advance(50);
    popover.toggle();
    expect(window.visible).toBe(false);
    advance(1000);
    popover.toggle();
    expect(window.visible).toBe(true);
    popover.toggle();
    expect(window.visible).toBe(false);
  });

  it('closing hides until the app allows it; state events go to the page while it exists', async () => {
    const { popover, window } = await setup();
    const close = preventable();
    window.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
    popover.allowClose();
    const final = preventable();
    window.emit('close', final);
    expect(final.defaultPrevented).toBe(false);

    popover.send('state:changed', { pendingCount: 1 });
    window.webContents.destroyed = true;
    popover.send('state:changed', { pendingCount: 2 });
    expect(window.webContents.sent).toEqual([{ channel: 'state:changed', args: [{ pendingCount: 1 }] }]);
  });

  it('logs a page that fails to load instead of crashing', async () => {
    const BrowserWindow = fakeBrowserWindowClass();
    BrowserWindow.prototype.loadURL = async () => {
      throw new Error('ERR_FILE_NOT_FOUND');
    };
    const log = recordingLog();
    const popover = registerWindow({
      BrowserWindow,
      screen: new FakeScreen({ x: 0, y: 0, width: 800, height: 600 }),
      url: 'app://invitray/index.html',
      origin: 'app://invitray',
      preloadPath: '/p',
      trayBounds: () => null,
      devTools: true,
      log,
    });
    popover.show();
    await new Promise((resolve) => setImmediate(resolve));
    expect(log.lines).toEqual([
      { level: 'warn', message: 'The window could not load its page: ERR_FILE_NOT_FOUND' },
    ]);
  });
});
