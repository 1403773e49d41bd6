import type { AppSnapshot } from '../../../shared/types';

// Things about the system, not about invitations, that the user has to act on: notifications
// the OS will not show, a login item waiting for approval. Each is said once per run, in the
// window (on the snapshot) and in the tray menu, until it no longer holds.

export type NoticeId = 'notifications-unavailable' | 'login-item-approval';

/** `text` for the window; `short` for the tray menu, where items are one short line. */
export interface Notice {
  text: string;
  short: string;
}

export interface Notices {
  /** True when the notice is new (the caller re-publishes the snapshot and the tray). */
  set(id: NoticeId, notice: Notice): boolean;
  /** True when a notice was removed. */
  clear(id: NoticeId): boolean;
  /** The tray menu's lines. */
  menuLines(): string[];
  /** The snapshot with the notices on it; unchanged (no `notices` key) when there are none. */
  apply(snapshot: AppSnapshot): AppSnapshot;
}

export function createNotices(): Notices {
  const notices = new Map<NoticeId, Notice>();
  return {
    set(id, notice) {
      if (notices.get(id)?.text === notice.text) return false;
      notices.set(id, notice);
      return true;
    },
    clear: (id) => notices.delete(id),
    menuLines: () => [...notices.values()].map((notice) => notice.short),
    apply(snapshot) {
      if (notices.size === 0) return snapshot;
      return { ...snapshot, notices: [...notices.values()].map((notice) => notice.text) };
    },
  };
}

/** What to tell the user when the OS refused to show a notification, per platform. */
export function notificationsUnavailableNotice(platform: NodeJS.Platform | string): Notice {
  return { text: notificationsUnavailableText(platform), short: 'Notifications are blocked: see the window' };
}

function notificationsUnavailableText(platform: NodeJS.Platform | string): string {
  if (platform === 'darwin') {
    return "macOS is not showing Invitray's notifications. Unsigned builds cannot post them; install a signed release, or allow Invitray in System Settings → Notifications. The tray menu and this window keep working.";
  }
  if (platform === 'win32') {
    return "Windows is not showing Invitray's notifications. Install Invitray with its installer (the Start-menu shortcut carries its app ID) and check Settings → System → Notifications. The tray menu and this window keep working.";
  }
  return "The desktop is not showing Invitray's notifications (no notification service answered). The tray menu and this window keep working.";
}

export const LOGIN_ITEM_APPROVAL_NOTICE: Notice = {
  text: 'Start at login is waiting for your approval: allow Invitray in System Settings → General → Login Items.',
  short: 'Start at login: approve it in System Settings',
};
