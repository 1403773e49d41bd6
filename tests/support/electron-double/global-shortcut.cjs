'use strict';
// globalShortcut (electron.d.ts, Electron 45, and docs/api/global-shortcut.md), per platform:
// - Only after `ready` ("This module cannot be used before the ready event"): every method throws.
// - An accelerator Electron cannot parse throws a TypeError (accelerator.cjs).
// - register() returns false, silently, when another app holds the combination
//   (config.takenShortcuts), when this app already registered it, or while suspended.
// - macOS: the four media keys register only for a trusted accessibility client
//   (config.macAccessibilityTrusted).
// - Linux on Wayland (config.linuxSession 'wayland'): a native Wayland client gets global keys
//   only through the GlobalShortcuts portal, and only when Chromium's `GlobalShortcutsPortal`
//   feature was enabled before ready (app.commandLine.appendSwitch('enable-features', …), as
//   the docs show); without it register() returns false. With it, register() returns true as
//   soon as the request is sent (electron#52218: before the desktop's consent), whatever other
//   apps hold, and presses arrive if the desktop has a portal backend
//   (config.globalShortcutsPortal, default true: KDE Plasma, GNOME 48+). Unsure: whether
//   register() is false or true without any backend; the double says false.
//   Under XWayland (--ozone-platform=x11) the X11 grab succeeds but a press reaches the app
//   only while one of its windows has focus (electron#15863).
const { parseAccelerator } = require('./accelerator.cjs');

function createGlobalShortcut(state, commandLine, listWindows) {
  const { platform } = state.config;
  const taken = new Set((state.config.takenShortcuts ?? []).map((a) => parseAccelerator(a, platform).id));
  /** id -> { accelerator (as the app spelled it), callback } */
  const registered = new Map();
  let suspended = false;

  function use(method, args) {
    state.record('globalShortcut', method, args);
    state.requireReady(`globalShortcut.${method}()`);
  }

  /** How this process reaches global keys on Linux: 'x11', 'xwayland' or 'wayland'. */
  function linuxRoute() {
    if (state.config.linuxSession !== 'wayland') return 'x11';
    const startup = commandLine.startup();
    const hint = startup.ozonePlatform ?? process.env.ELECTRON_OZONE_PLATFORM_HINT;
    return hint === 'x11' ? 'xwayland' : 'wayland';
  }

  /** Whether the OS gives this app `parsed` now (Electron's register() result). */
  function osGrants(parsed) {
    if (platform === 'darwin' && parsed.mediaKey && !state.config.macAccessibilityTrusted) return false;
    if (platform === 'linux' && linuxRoute() === 'wayland') {
      if (!commandLine.startup().features.includes('GlobalShortcutsPortal')) return false;
      return state.config.globalShortcutsPortal !== false;
    }
    return !taken.has(parsed.id);
  }

  const globalShortcut = {
    register(accelerator, callback) {
      use('register', [accelerator]);
      const parsed = parseAccelerator(accelerator, platform);
      if (typeof callback !== 'function')
        throw new TypeError('Error processing argument at index 1, conversion failure from callback');
      if (suspended || registered.has(parsed.id) || !osGrants(parsed)) return false;
      registered.set(parsed.id, { accelerator, callback });
      return true;
    },
    registerAll(accelerators, callback) {
      use('registerAll', [accelerators]);
      const parsed = accelerators.map((accelerator) => [
        accelerator,
        parseAccelerator(accelerator, platform),
      ]);
      for (const [accelerator, one] of parsed) {
        if (!suspended && !registered.has(one.id) && osGrants(one))
          registered.set(one.id, { accelerator, callback });
      }
    },
    isRegistered(accelerator) {
      use('isRegistered', [accelerator]);
      return registered.has(parseAccelerator(accelerator, platform).id);
    },
    unregister(accelerator) {
      use('unregister', [accelerator]);
      registered.delete(parseAccelerator(accelerator, platform).id);
    },
    unregisterAll() {
      use('unregisterAll', []);
      registered.clear();
    },
    setSuspended(value) {
      use('setSuspended', [value]);
      suspended = Boolean(value);
    },
    isSuspended() {
      use('isSuspended', []);
      return suspended;
    },
  };

  /**
   * The user presses `accelerator` anywhere on the desktop. Returns who got it: 'app' (the
   * callback ran), 'other-app' (another app holds it) or 'nothing'.
   */
  function pressShortcut(accelerator) {
    const parsed = parseAccelerator(accelerator, platform);
    const entry = registered.get(parsed.id);
    if (!entry || suspended) return taken.has(parsed.id) ? 'other-app' : 'nothing';
    if (platform === 'linux' && linuxRoute() === 'xwayland') {
      if (!listWindows().some((window) => window.isFocused())) return 'nothing';
    }
    entry.callback();
    return 'app';
  }

  /** What the app holds now, as it spelled each accelerator. */
  const registeredShortcuts = () => [...registered.values()].map((entry) => entry.accelerator);

  return { globalShortcut, pressShortcut, registeredShortcuts };
}

module.exports = { createGlobalShortcut };
