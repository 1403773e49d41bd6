import { LOGIN_ITEM_APPROVAL_NOTICE, notificationsUnavailableNotice, type Notices } from './notices';
import type { CoreLog, LoginItemState } from './types';

// What the OS reports about the app itself, applied to preferences and notices.

export interface SystemStateDeps {
  notices: Notices;
  platform: NodeJS.Platform | string;
  log: CoreLog;
  startAtLogin(): boolean;
  /** Persists startAtLogin = false without touching the OS (it is already off there). */
  turnOffStartAtLogin(): void;
  /** Notices changed: re-publish the snapshot and the tray. */
  changed(): void;
}

export function createSystemState(deps: SystemStateDeps) {
  return {
    applyLoginItemState(state: LoginItemState): void {
      const changed =
        state === 'requires-approval'
          ? deps.notices.set('login-item-approval', LOGIN_ITEM_APPROVAL_NOTICE)
          : deps.notices.clear('login-item-approval');
      if (state === 'disabled' && deps.startAtLogin()) {
        // Turned off outside the app (Task Manager, the desktop's startup settings): the OS wins.
        deps.log.info('Start at login was turned off in the system settings; the preference follows');
        deps.turnOffStartAtLogin();
      }
      if (changed) deps.changed();
    },
    notificationsFailed(reason: string): void {
      deps.log.warn(`The system refused a notification: ${reason}`);
      if (deps.notices.set('notifications-unavailable', notificationsUnavailableNotice(deps.platform))) {
        deps.changed();
      }
    },
  };
}
