import type { ShortcutOutcome } from '../core/desktop/global-shortcut';
import { isWaylandSession } from './window-platform';

/** The part of Electron's `globalShortcut` this adapter uses. */
export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface GlobalShortcutDeps {
  globalShortcut: GlobalShortcutLike;
  /** Shows or hides the popover. */
  onPress: () => void;
  /** How a Linux session gives global keys (shortcutSession); absent elsewhere. */
  session?: ShortcutSession;
  log: { warn(message: string): void };
}

/**
 * 'wayland': a native Wayland client, global keys only through the portal. 'xwayland': a
 * Wayland desktop, but Electron told to use X11 (--ozone-platform=x11): the X11 grab succeeds,
 * yet the compositor delivers the keys only while an Invitray window has focus (electron#15863).
 */
export type ShortcutSession = 'wayland' | 'xwayland' | 'other';

export function shortcutSession(
  platform: string,
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[],
): ShortcutSession {
  if (platform !== 'linux') return 'other';
  if (isWaylandSession(platform, env, argv)) return 'wayland';
  return env.XDG_SESSION_TYPE === 'wayland' || env.WAYLAND_DISPLAY ? 'xwayland' : 'other';
}

/** The part of Electron's `app.commandLine` used here. */
export interface CommandLineLike {
  getSwitchValue(name: string): string;
  appendSwitch(name: string, value?: string): void;
}

const PORTAL_FEATURE = 'GlobalShortcutsPortal';

/**
 * Linux: turns on Chromium's GlobalShortcutsPortal feature, which must happen before `ready`.
 * A native Wayland client (Electron's default in a Wayland session) cannot grab keys; with the
 * feature, Chromium asks the desktop's org.freedesktop.portal.GlobalShortcuts (KDE Plasma,
 * GNOME 48+) instead, and without it every registration fails. On X11 Chromium keeps its X11
 * grab (it falls back to the portal only when the platform has no listener of its own).
 * Appending a switch again replaces its value, so features given at launch are kept.
 */
export function enableGlobalShortcutsPortal(commandLine: CommandLineLike, platform: string): void {
  if (platform !== 'linux') return;
  const features = commandLine
    .getSwitchValue('enable-features')
    .split(',')
    .map((feature) => feature.trim())
    .filter((feature) => feature !== '');
  if (features.includes(PORTAL_FEATURE)) return;
  commandLine.appendSwitch('enable-features', [...features, PORTAL_FEATURE].join(','));
}

export interface GlobalShortcutAdapter {
  /**
   * Replaces the registration with `accelerator` ('' releases it): true when the OS took it,
   * false when another app holds it, 'unavailable' on a Wayland desktop without the portal,
   * 'invalid' when Electron cannot parse it (core checks first, so never another app's fault).
   */
  apply(accelerator: string): ShortcutOutcome | 'invalid';
  /** Releases the registration: called on will-quit, as Electron's docs ask. */
  dispose(): void;
}

/**
 * Thin wiring of `globalShortcut` (usable only after app ready): the combination itself is
 * checked in core/desktop/global-shortcut.ts. A refusal is an ordinary outcome — another app
 * holds the combination, or (Linux on Wayland without the GlobalShortcuts portal) the
 * compositor gives apps no global keys — so it is reported, never thrown.
 */
export function registerGlobalShortcut(deps: GlobalShortcutDeps): GlobalShortcutAdapter {
  let current = '';
  const release = () => {
    if (current !== '') deps.globalShortcut.unregister(current);
    current = '';
  };
  return {
    apply(accelerator) {
      release();
      if (accelerator === '') return false;
      let taken: boolean;
      try {
        taken = deps.globalShortcut.register(accelerator, deps.onPress);
      } catch (error) {
        // Electron throws on an accelerator it cannot parse; core checks every one first.
        deps.log.warn(
          `Could not register the global shortcut: ${error instanceof Error ? error.message : String(error)}`,
        );
        return 'invalid';
      }
      if (taken) current = accelerator;
      if (taken && deps.session === 'xwayland') {
        // Settings says "registered" and the OS agreed; only the log can tell the rest.
        deps.log.warn(
          `Invitray runs under XWayland: the global shortcut ${accelerator} works only while an Invitray window has focus. Without --ozone-platform=x11 it goes through the desktop's GlobalShortcuts portal instead.`,
        );
      } else if (!taken && deps.session === 'wayland') {
        // Settings says the desktop has no global shortcuts; the log says what would give one.
        deps.log.warn(
          `Wayland gave Invitray no global shortcut (${accelerator}): it needs the desktop's GlobalShortcuts portal (KDE Plasma, GNOME 48 or later). A desktop keyboard shortcut that starts Invitray works instead: a second launch opens the popover.`,
        );
      }
      // With the portal, register() is true once the request is sent, before the desktop has
      // asked the user (electron#52218): a later "no" there is not reported back to the app.
      // A native Wayland client is refused only when there is no portal: no app gets keys.
      if (!taken && deps.session === 'wayland') return 'unavailable';
      return taken;
    },
    dispose: release,
  };
}
