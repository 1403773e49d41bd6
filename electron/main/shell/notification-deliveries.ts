// One click, one answer. Electron can hand the app the same click on two paths, and which ones
// depends on the platform and on whether the Notification object is still alive. From
// electron/electron (main, 2026), Windows:
// - shell/browser/notifications/win/windows_toast_notification.cc, ToastEventHandler::Invoke:
//   a body click on a live toast (arguments without `type=action`/`type=reply`) posts only
//   Notification::NotificationClicked: the instance `click` event, never the
//   Notification.handleActivation callback.
// - the same function, for a button (`type=action&...`): posts HandleToastActivation.
// - shell/browser/notifications/win/windows_toast_activator.cc, HandleToastActivation: calls the
//   registered callback first, then finds the live object whose notification id equals the
//   arguments' `tag` and emits `action` (or `click`) on it. No live object: the callback alone
//   (NotificationActivator::Activate, the COM path of a cold start or a collected object).
// Electron's docs say the callback runs "in addition to instance events" for every click; the
// source does not for a live body. The app acts on every path and lets the first one win, so it
// answers exactly once under either reading.

export type NotificationChoice = 'click' | 'accept' | 'decline';

/** Remembered answered ids; far more than can be on screen at once, so the set stays small. */
const REMEMBERED = 200;

export interface DeliveryGate {
  /** True the first time an activation of this notification id arrives, false for repeats. */
  take(id: string): boolean;
  /** A notification with this id was shown (again): its next activation is a new one. */
  shown(id: string): void;
}

export function createDeliveryGate(limit = REMEMBERED): DeliveryGate {
  const taken = new Set<string>();
  return {
    take(id) {
      if (taken.has(id)) return false;
      taken.add(id);
      // Sets iterate in insertion order: drop the oldest.
      if (taken.size > limit) taken.delete(taken.values().next().value!);
      return true;
    },
    shown(id) {
      taken.delete(id);
    },
  };
}

/** The `tag` of activation arguments in HandleToastActivation's key=value grammar, else ''. */
export function activationTag(rawArguments: string): string {
  for (const pair of rawArguments.split('&')) {
    const [key, value, extra] = pair.split('=');
    if (key === 'tag' && value !== undefined && extra === undefined) return value;
  }
  return '';
}
