import type { LinuxAutostart } from '../core/desktop/autostart';

export interface LoginItemAppLike {
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
  getLoginItemSettings(): { openAtLogin: boolean };
}

export interface LoginItemDeps {
  platform: NodeJS.Platform | string;
  app: LoginItemAppLike;
  /** The Linux autostart entry (core/autostart.ts); used on every platform without login items. */
  linux: Pick<LinuxAutostart, 'isEnabled' | 'setEnabled'>;
}

export interface LoginItem {
  isEnabled(): Promise<boolean>;
  setEnabled(enabled: boolean): Promise<void>;
}

/**
 * Start at login: macOS and Windows have login items (Electron writes the Login Items
 * list / the Run registry key); Linux desktops read ~/.config/autostart. The app is a
 * tray app with a hidden window, so it starts quietly either way.
 */
export function registerLoginItem(deps: LoginItemDeps): LoginItem {
  if (deps.platform === 'darwin' || deps.platform === 'win32') {
    return {
      isEnabled: async () => deps.app.getLoginItemSettings().openAtLogin,
      setEnabled: async (enabled) => deps.app.setLoginItemSettings({ openAtLogin: enabled }),
    };
  }
  return {
    isEnabled: () => deps.linux.isEnabled(),
    setEnabled: (enabled) => deps.linux.setEnabled(enabled),
  };
}
