'use strict';
// Notification, per platform. Buttons (actions) exist on macOS and Windows. Windows reports
// why a toast closed (details.reason) and, with Notification.handleActivation (win32 only),
// delivers every activation to one callback too. A programmatic close() emits `close` on
// Windows only (electron.d.ts); elsewhere `close` means the user dismissed it.
const { EventEmitter } = require('node:events');

const CLOSE_REASONS = ['userCanceled', 'applicationHidden', 'timedOut'];

function createNotification(state) {
  const { platform } = state.config;
  const hasButtons = platform === 'darwin' || platform === 'win32';
  let activationHandler = null;
  const pendingActivations = [];

  class Notification extends EventEmitter {
    constructor(options = {}) {
      super();
      state.record('Notification', 'constructor', [options]);
      state.requireReady('Notification');
      this.options = { ...options };
      this.title = options.title ?? '';
      this.body = options.body ?? '';
      this.actions = options.actions ?? [];
      this.shown = false;
      this.closed = false;
      state.notifications.push(this);
    }
    static isSupported() {
      return state.config.notificationsSupported;
    }
    show() {
      state.record('Notification', 'show', [this.title]);
      this.shown = true;
      this.closed = false;
      setImmediate(() => this.emit('show', { preventDefault() {} }));
    }
    close() {
      state.record('Notification', 'close', [this.title]);
      const wasVisible = this.shown && !this.closed;
      this.closed = true;
      if (platform === 'win32' && wasVisible) this.emit('close', { reason: 'applicationHidden' });
    }
  }
  if (platform === 'win32') {
    Notification.handleActivation = (callback) => {
      state.record('Notification', 'handleActivation', [typeof callback]);
      activationHandler = callback;
      // "If an activation already occurred before calling this method, the callback is invoked immediately."
      for (const details of pendingActivations.splice(0)) callback(details);
    };
  }

  function activated(details) {
    if (platform !== 'win32') return;
    if (activationHandler) activationHandler(details);
    else pendingActivations.push(details);
  }

  // The raw toast activation string. Electron documents it only as "the raw activation
  // arguments string from Windows"; the double assumes it carries the toast's tag (the
  // notification's `id` option), URL-encoded. Unverified until a real Windows run.
  function launchArguments(notification) {
    const id = notification.options.id;
    return typeof id === 'string' && id !== '' ? `tag=${encodeURIComponent(id)}` : '';
  }

  function requireShown(notification, what) {
    if (!notification.shown || notification.closed)
      throw new Error(`${what}: the notification is not on screen`);
  }

  return {
    Notification,
    /** The user clicks the notification's body. */
    clickNotification(notification) {
      requireShown(notification, 'clickNotification');
      notification.closed = true;
      notification.emit('click', { preventDefault() {} });
      activated({ type: 'click', arguments: launchArguments(notification) });
    },
    /** The user presses button `index`; only where buttons exist and the notification has one. */
    pressNotificationAction(notification, index) {
      requireShown(notification, 'pressNotificationAction');
      if (!hasButtons) throw new Error(`notification buttons do not exist on ${platform}`);
      if (!notification.actions[index]) throw new Error(`the notification has no action ${index}`);
      notification.closed = true;
      notification.emit('action', { actionIndex: index, preventDefault() {} }, index, -1);
      activated({ type: 'action', actionIndex: index, arguments: launchArguments(notification) });
    },
    /** The user (or the system) dismisses it; Windows says why. */
    dismissNotification(notification, reason = 'userCanceled') {
      requireShown(notification, 'dismissNotification');
      if (!CLOSE_REASONS.includes(reason)) throw new Error(`unknown close reason ${reason}`);
      notification.closed = true;
      notification.emit('close', platform === 'win32' ? { reason } : {});
    },
    /** The platform refuses to show it (e.g. no notification service). */
    failNotification(notification, error = 'no notification service') {
      notification.closed = true;
      notification.emit('failed', { preventDefault() {} }, error);
    },
  };
}

module.exports = { createNotification, CLOSE_REASONS };
