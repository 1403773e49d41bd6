'use strict';
// Notification, per platform, from Electron's source where it and the docs disagree.
// Buttons exist on macOS and Windows. A programmatic close() emits `close` on Windows only
// (electron.d.ts); elsewhere `close` means the user dismissed it. Windows' activation paths are
// in windows-activation.cjs; macOS's Notification.getHistory is modelled here.
const { EventEmitter } = require('node:events');
const { randomUUID } = require('node:crypto');
const { parseToastXml, templateToast } = require('./toast-xml.cjs');
const { createWindowsActivation } = require('./windows-activation.cjs');

const CLOSE_REASONS = ['userCanceled', 'applicationHidden', 'timedOut'];
// electron_api_notification.cc, Notification::New (IS_WIN): ids longer than this throw.
const MAX_TAG = 64;

function createNotification(state) {
  const { platform } = state.config;
  const hasButtons = platform === 'darwin' || platform === 'win32';

  class Notification extends EventEmitter {
    constructor(options = {}) {
      super();
      state.record('Notification', 'constructor', [options]);
      // electron_api_notification.cc, Notification::New: "Cannot create Notification before app is ready".
      state.requireReady('Notification');
      if (platform === 'win32' && typeof options.id === 'string' && options.id.length > MAX_TAG)
        throw new Error('Notification id exceeds Windows limit of 64 UTF-16 characters');
      this.options = { ...options };
      // Notification::Notification: an empty or missing id becomes a random UUID.
      this.id = typeof options.id === 'string' && options.id !== '' ? options.id : randomUUID();
      this.title = options.title ?? '';
      this.body = options.body ?? '';
      this.actions = options.actions ?? [];
      this.shown = false;
      this.closed = false;
      /** Windows: what the toast on screen is made of (null until shown, or if it failed). */
      this.toast = null;
      /** Windows: the toast still sits in the Action Center (timed out while unanswered). */
      this.inActionCenter = false;
      /** The app no longer holds this object; Electron's native side is gone with it. */
      this.collected = false;
      state.notifications.push(this);
      // electron_api_notification.cc, Notification::Notification: GetNotificationPresenter().
      if (state.config.notificationsSupported) windows.presenterCreated();
    }
    static isSupported() {
      // Notification::IsSupported: GetNotificationPresenter(), which creates it on first use.
      if (state.config.notificationsSupported) windows.presenterCreated();
      return state.config.notificationsSupported;
    }
    show() {
      state.record('Notification', 'show', [this.title]);
      if (platform === 'win32') {
        try {
          this.toast = this.options.toastXml
            ? parseToastXml(String(this.options.toastXml))
            : templateToast(this.options, this.id);
        } catch (error) {
          // CreateToastXmlDocument -> PostNotificationFailedToUIThread: `failed`, nothing shown.
          this.toast = null;
          setImmediate(() => this.emit('failed', { preventDefault() {} }, error.message));
          return;
        }
      }
      this.shown = true;
      this.closed = false;
      this.inActionCenter = false;
      setImmediate(() => this.emit('show', { preventDefault() {} }));
    }
    close() {
      state.record('Notification', 'close', [this.title]);
      const wasVisible = this.shown && !this.closed;
      this.closed = true;
      this.inActionCenter = false;
      if (platform === 'win32' && wasVisible) this.emit('close', { reason: 'applicationHidden' });
    }
  }

  const windows = createWindowsActivation(state, Notification);

  // notification.md, getHistory (macOS): live objects for what is still in Notification
  // Center, with id/title/body but no actions; empty on unsigned builds.
  // electron_api_notification.cc, Initialize: the method exists on every platform;
  // notification_presenter.cc, GetDeliveredNotifications: an empty list except on macOS.
  Notification.getHistory = async () => {
    state.record('Notification', 'getHistory', []);
    if (state.config.notificationsSupported) windows.presenterCreated();
    if (platform !== 'darwin' || !state.config.codeSigned) return [];
    return (state.config.deliveredNotifications ?? []).map((info) => {
      const restored = new Notification({ id: info.id, title: info.title, body: info.body });
      restored.shown = true;
      restored.restored = true;
      return restored;
    });
  };

  function requireShown(notification, what) {
    if (!notification.shown || notification.closed)
      throw new Error(`${what}: the notification is not on screen`);
  }

  return {
    Notification,
    /** The user clicks the notification's body while it is on screen. */
    clickNotification(notification) {
      requireShown(notification, 'clickNotification');
      notification.closed = true;
      if (platform === 'win32') return windows.bodyClicked(notification);
      notification.emit('click', { preventDefault() {} });
    },
    /** The user presses button `index`; only where buttons exist and the notification has one. */
    pressNotificationAction(notification, index) {
      requireShown(notification, 'pressNotificationAction');
      if (!hasButtons) throw new Error(`notification buttons do not exist on ${platform}`);
      // Restored macOS notifications have no `actions` property, but their buttons are there.
      if (!notification.restored && !notification.actions[index])
        throw new Error(`the notification has no action ${index}`);
      notification.closed = true;
      if (platform === 'win32') return windows.buttonPressed(notification, index);
      notification.emit('action', { actionIndex: index, preventDefault() {} }, index, -1);
    },
    /** The user (or the system) dismisses it; Windows says why, and a timed-out toast stays in the Action Center. */
    dismissNotification(notification, reason = 'userCanceled') {
      requireShown(notification, 'dismissNotification');
      if (!CLOSE_REASONS.includes(reason)) throw new Error(`unknown close reason ${reason}`);
      notification.closed = true;
      notification.inActionCenter = platform === 'win32' && reason === 'timedOut';
      notification.emit('close', platform === 'win32' ? { reason } : {});
    },
    /** The platform refuses to show it (e.g. no notification service). */
    failNotification(notification, error = 'no notification service') {
      notification.closed = true;
      notification.emit('failed', { preventDefault() {} }, error);
    },
    ...windows.gestures,
  };
}

module.exports = { createNotification, CLOSE_REASONS };
