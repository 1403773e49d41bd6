/** The part of Electron's `globalShortcut` this adapter uses. */
export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface GlobalShortcutDeps {
  globalShortcut: GlobalShortcutLike;
  /** Shows or hides the popover. */
  onPress: () => void;
  log: { warn(message: string): void };
}

export interface GlobalShortcutAdapter {
  /** Replaces the registration with `accelerator` ('' releases it); true when the OS took it. */
  apply(accelerator: string): boolean;
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
      let taken = false;
      try {
        taken = deps.globalShortcut.register(accelerator, deps.onPress);
      } catch (error) {
        // Electron throws on an accelerator it cannot parse; core only stores ones it accepts.
        deps.log.warn(
          `Could not register the global shortcut: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (taken) current = accelerator;
      return taken;
    },
    dispose: release,
  };
}
