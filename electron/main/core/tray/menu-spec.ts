// A tray menu as plain, serialisable data. The shell turns it into an Electron Menu
// and maps each `action` to a call; nothing here knows about Electron.

export type InviteMenuAction = {
  kind: 'accept' | 'decline' | 'details' | 'undo-decline';
  profileId: string;
  inviteId: string;
};

export type AppMenuAction = {
  kind: 'refresh' | 'open' | 'settings' | 'toggle-login' | 'quit' | 'restart-to-update';
};

export type MenuAction = InviteMenuAction | AppMenuAction;

export interface MenuItemSpec {
  /** Unique within the menu and stable across rebuilds (invite items embed profile and invite ids). */
  id: string;
  /** Already escaped for Electron: a literal '&' is written '&&'. Empty for separators. */
  label: string;
  type?: 'normal' | 'separator' | 'checkbox' | 'submenu';
  enabled?: boolean;
  checked?: boolean;
  submenu?: MenuItemSpec[];
  action?: MenuAction;
}

/**
 * Electron reads '&' in a label as a mnemonic marker and drops it, on every platform
 * (electron/electron#9584, #9978); '&&' shows one '&'. Line breaks and control
 * characters would break a one-line menu item, so they become spaces.
 */
export function escapeMenuLabel(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/&/g, '&&');
}

export function separator(id: string): MenuItemSpec {
  return { id, label: '', type: 'separator' };
}
