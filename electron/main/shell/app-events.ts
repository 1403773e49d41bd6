// The app-level events of the boot list, per platform. Registered at the end of boot, so
// nothing reaches a half-built app (macOS may report the first launch as `activate`).

export interface AppEventsAppLike {
  on(
    event: 'second-instance' | 'window-all-closed' | 'before-quit' | 'activate' | 'quit',
    listener: () => void,
  ): unknown;
  /** macOS only. */
  dock?: { hide(): void } | undefined;
}

export interface AppEventsDeps {
  app: AppEventsAppLike;
  platform: NodeJS.Platform | string;
  popover: { show(): void; allowClose(): void };
  /** Stop timers, the updater, notifications and the core: the app is going. */
  onBeforeQuit: () => void;
  /** After every window has closed (demo mode removes its folder). */
  onQuit?: () => void;
  log: { info(message: string): void };
}

export function registerAppEvents(deps: AppEventsDeps): void {
  const { app, popover } = deps;
  // Launching the app again while it runs (Windows, Linux: the second process hands over).
  app.on('second-instance', () => popover.show());
  // A tray app keeps running with its window hidden or closed.
  app.on('window-all-closed', () => deps.log.info('Window closed; Invitray keeps running in the tray.'));
  app.on('before-quit', () => {
    popover.allowClose();
    deps.onBeforeQuit();
  });
  if (deps.onQuit) app.on('quit', deps.onQuit);
  if (deps.platform === 'darwin') {
    // macOS keeps the app single-instance itself: opening it again from Finder, Spotlight or
    // Launchpad only emits `activate`. It is the way back when the menu-bar icon is hidden
    // (behind the notch, or by a menu-bar manager).
    app.on('activate', () => popover.show());
    // A tray app: no Dock icon (LSUIElement does this when packaged; this covers development).
    app.dock?.hide();
  }
}
