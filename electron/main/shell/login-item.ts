import type { LinuxAutostart } from '../core/desktop/autostart';
import type { LoginItemState } from '../core/app/types';

/** Electron's LoginItemSettings, the parts used here (status: darwin; the rest: win32). */
export interface LoginItemSettingsLike {
  openAtLogin: boolean;
  status?: 'not-registered' | 'enabled' | 'requires-approval' | 'not-found';
  executableWillLaunchAtLogin?: boolean;
  launchItems?: { path: string; enabled: boolean }[];
}

export interface LoginItemAppLike {
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
  getLoginItemSettings(): LoginItemSettingsLike;
}

export interface LoginItemDeps {
  platform: NodeJS.Platform | string;
  app: LoginItemAppLike;
  /** The Linux autostart entry (core/autostart.ts); used on every platform without login items. */
  linux: Pick<LinuxAutostart, 'isEnabled' | 'setEnabled'>;
  /** process.execPath: Windows compares its Run entry with it. */
  execPath?: string;
}

export interface LoginItem {
  isEnabled(): Promise<boolean>;
  /** Applies the user's choice; returns what the OS then says (macOS may want approval). */
  setEnabled(enabled: boolean): Promise<LoginItemState>;
  /**
   * At start, while the preference is on: what the OS has now. Writes only to keep an
   * entry that is still on pointing at this executable; never re-enables one the user (or
   * the desktop's startup settings, or Task Manager) switched off.
   */
  refresh(): Promise<LoginItemState>;
}

function macState(settings: LoginItemSettingsLike): LoginItemState {
  // macOS 13+ reports SMAppService's status; older versions only openAtLogin.
  if (settings.status === 'requires-approval') return 'requires-approval';
  if (settings.status !== undefined) return settings.status === 'enabled' ? 'enabled' : 'disabled';
  return settings.openAtLogin ? 'enabled' : 'disabled';
}

/**
 * Start at login: macOS and Windows have login items (Electron writes the Login Items
 * list / the Run registry key); Linux desktops read ~/.config/autostart. The app is a
 * tray app with a hidden window, so it starts quietly either way.
 */
export function registerLoginItem(deps: LoginItemDeps): LoginItem {
  const { app } = deps;
  if (deps.platform === 'darwin') {
    return {
      isEnabled: async () => macState(app.getLoginItemSettings()) === 'enabled',
      async setEnabled(enabled) {
        app.setLoginItemSettings({ openAtLogin: enabled });
        return macState(app.getLoginItemSettings());
      },
      refresh: async () => macState(app.getLoginItemSettings()),
    };
  }
  if (deps.platform === 'win32') {
    return {
      isEnabled: async () => app.getLoginItemSettings().executableWillLaunchAtLogin ?? false,
      async setEnabled(enabled) {
        app.setLoginItemSettings({ openAtLogin: enabled });
        return enabled ? 'enabled' : 'disabled';
      },
      async refresh() {
        const settings = app.getLoginItemSettings();
        // Present, for this executable, and approved in Task Manager ("StartupApproved").
        if (settings.executableWillLaunchAtLogin) return 'enabled';
        const items = settings.launchItems ?? [];
        // Switched off in Task Manager or Settings → Apps → Startup: rewriting it would
        // flip the user's switch back on (setLoginItemSettings' `enabled` defaults to true).
        if (items.some((item) => !item.enabled) || settings.openAtLogin) return 'disabled';
        // Still on, for an executable that moved: point it here.
        if (items.some((item) => item.enabled && item.path !== deps.execPath)) {
          app.setLoginItemSettings({ openAtLogin: true });
          return 'enabled';
        }
        return 'disabled';
      },
    };
  }
  return {
    isEnabled: () => deps.linux.isEnabled(),
    async setEnabled(enabled) {
      await deps.linux.setEnabled(enabled);
      return enabled ? 'enabled' : 'disabled';
    },
    async refresh() {
      // Hidden=true / X-GNOME-Autostart-enabled=false (the desktop's startup settings) or gone.
      if (!(await deps.linux.isEnabled())) return 'disabled';
      // Rewritten: the executable may have moved (an AppImage updated under a new name).
      await deps.linux.setEnabled(true);
      return 'enabled';
    },
  };
}
