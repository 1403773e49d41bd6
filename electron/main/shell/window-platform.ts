// The popover's per-platform window options.
//
// Wayland forbids what a tray popover relies on: a client cannot position its own top-level
// window (setPosition is ignored; the compositor places it, usually centred) and may not
// take focus (GNOME and others refuse focus stealing). A frameless, taskbar-less window that
// never got focus never blurs, so it would stay open with no visible way to close it, and
// GNOME's tray sends no click to toggle it. So on Wayland the popover is an ordinary window:
// framed (the compositor's close button hides it, like Escape), listed in the taskbar and
// overview, not always-on-top (unsupported there anyway). Blur still hides it where focus
// is granted (KDE usually grants it). X11 sessions keep the popover.

export interface PopoverPlatformOptions {
  frame: boolean;
  skipTaskbar: boolean;
  alwaysOnTop: boolean;
}

/**
 * Whether Electron runs as a native Wayland client: a Wayland session, unless it was told to
 * use X11 (XWayland) with --ozone-platform=x11 or ELECTRON_OZONE_PLATFORM_HINT=x11.
 */
export function isWaylandSession(
  platform: NodeJS.Platform | string,
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[],
): boolean {
  if (platform !== 'linux') return false;
  const forced =
    argv.find((arg) => arg.startsWith('--ozone-platform='))?.split('=')[1] ??
    argv.find((arg) => arg.startsWith('--ozone-platform-hint='))?.split('=')[1] ??
    env.ELECTRON_OZONE_PLATFORM_HINT;
  if (forced === 'x11') return false;
  if (forced === 'wayland') return true;
  return env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
}

export function popoverPlatformOptions(wayland: boolean): PopoverPlatformOptions {
  return wayland
    ? { frame: true, skipTaskbar: false, alwaysOnTop: false }
    : { frame: false, skipTaskbar: true, alwaysOnTop: true };
}
