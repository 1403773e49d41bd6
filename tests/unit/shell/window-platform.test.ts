import { describe, expect, it } from 'vitest';
import { registerWindow } from '../../../electron/main/shell/window';
import { isWaylandSession, popoverPlatformOptions } from '../../../electron/main/shell/window-platform';
import { FakeScreen, fakeBrowserWindowClass, firstOpen, preventable, recordingLog } from './fakes';

async function setup(platform: string, wayland = false) {
  const BrowserWindow = fakeBrowserWindowClass();
  const popover = registerWindow({
    BrowserWindow,
    screen: new FakeScreen({ x: 0, y: 0, width: 1920, height: 1080 }, { x: 900, y: 500 }),
    url: 'app://invitray/index.html',
    origin: 'app://invitray',
    preloadPath: '/p',
    trayBounds: () => null,
    devTools: false,
    platform,
    wayland,
    log: recordingLog(),
  });
  return { popover, window: await firstOpen(popover, BrowserWindow) };
}

describe('popover per platform', () => {
  it('macOS: shown over fullscreen apps and on every Space, without flipping the process type', async () => {
    const { window } = await setup('darwin');
    expect(window.allWorkspaces).toEqual([
      [true, { visibleOnFullScreen: true, skipTransformProcessType: true }],
    ]);
  });

  it.each(['win32', 'linux'])('%s: workspaces left to the system', async (platform) => {
    expect((await setup(platform)).window.allWorkspaces).toEqual([]);
  });

  it('Wayland: an ordinary framed window in the taskbar, so it can be closed without focus or a tray click', async () => {
    const { popover, window } = await setup('linux', true);
    expect(window.options).toMatchObject({ frame: true, skipTaskbar: false, alwaysOnTop: false });
    popover.show();
    // No blur ever arrives (focus refused). The title bar's close button hides it...
    const close = preventable();
    window.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
    expect(window.visible).toBe(false);
    // ...and so does the tray's "Open Invitray" / a click, whatever the focus.
    popover.show();
    popover.toggle();
    expect(window.visible).toBe(false);
  });

  it('X11, macOS, Windows: the frameless, taskbar-less, always-on-top popover', async () => {
    expect((await setup('linux', false)).window.options).toMatchObject(popoverPlatformOptions(false));
    expect(popoverPlatformOptions(false)).toEqual({ frame: false, skipTaskbar: true, alwaysOnTop: true });
  });

  it('detects a native Wayland client, honouring a forced X11 (XWayland) backend', () => {
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'wayland' }, [])).toBe(true);
    expect(isWaylandSession('linux', { WAYLAND_DISPLAY: 'wayland-0' }, [])).toBe(true);
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'x11' }, [])).toBe(false);
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'wayland' }, ['--ozone-platform=x11'])).toBe(false);
    expect(isWaylandSession('linux', { WAYLAND_DISPLAY: 'w', ELECTRON_OZONE_PLATFORM_HINT: 'x11' }, [])).toBe(
      false,
    );
    expect(isWaylandSession('darwin', { WAYLAND_DISPLAY: 'w' }, [])).toBe(false);
  });
});
