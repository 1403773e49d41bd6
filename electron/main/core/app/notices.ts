import type { NoticeKey } from '../../../shared/types';
import { ENGLISH } from '../../../shared/i18n/english';
import type { Translator } from '../../../shared/i18n/translate';
import type { AppSnapshot } from '../../../shared/types';

// Things about the system, not about invitations, that the user has to act on: notifications
// the OS will not show, a login item waiting for approval. Each is said once per run, in the
// window (on the snapshot) and in the tray menu, until it no longer holds.

export type NoticeId = 'notifications-unavailable' | 'login-item-approval';

/**
 * `text` for the window; `short` for the tray menu, where items are one short line. Both are
 * catalogue keys: the window and the tray say them in the user's language.
 */
export interface Notice {
  text: NoticeKey;
  short: NoticeKey;
}

export interface Notices {
  /** True when the notice is new (the caller re-publishes the snapshot and the tray). */
  set(id: NoticeId, notice: Notice): boolean;
  /** True when a notice was removed. */
  clear(id: NoticeId): boolean;
  /** The tray menu's lines, in the translator's language. */
  menuLines(translator?: Translator): string[];
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
    menuLines: ({ t } = ENGLISH) => [...notices.values()].map((notice) => t(notice.short)),
    apply(snapshot) {
      if (notices.size === 0) return snapshot;
      return { ...snapshot, notices: [...notices.values()].map((notice) => notice.text) };
    },
  };
}

/** What to tell the user when the OS refused to show a notification, per platform. */
export function notificationsUnavailableNotice(platform: NodeJS.Platform | string): Notice {
  const text =
    platform === 'darwin'
      ? 'notice.notificationsMac'
      : platform === 'win32'
        ? 'notice.notificationsWindows'
        : 'notice.notificationsOther';
  return { text, short: 'notice.notificationsShort' };
}

export const LOGIN_ITEM_APPROVAL_NOTICE: Notice = {
  text: 'notice.loginItem',
  short: 'notice.loginItemShort',
};
