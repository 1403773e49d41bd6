'use strict';
// Windows toast activation, modelled on Electron's source (electron/electron main, 2026), not on
// its docs. Where they disagree (the docs say the handleActivation callback also runs for a body
// click on a live toast), config.windowsActivation picks the reading:
//   'source' (default) | 'documented-instance-first' | 'documented-callback-first'.
// config.pendingActivations: activations that reached Electron before the app registered its
// callback (a cold start from a toast): the last one is delivered when it registers.

/** windows_toast_notification.cc, ToastEventHandler::Invoke: what counts as "structured". */
function isStructured(args) {
  return args.includes('type=action') || args.includes('type=reply');
}

/** windows_toast_activator.cc, HandleToastActivation: `&`-separated key=value pairs. */
function parseActivation(args) {
  const fields = {};
  for (const token of args.split('&').filter(Boolean)) {
    const kv = token.split('=').filter(Boolean);
    if (kv.length === 2) fields[kv[0]] = kv[1];
  }
  const index = Number.parseInt(fields.action ?? '', 10);
  return { type: fields.type ?? '', actionIndex: Number.isNaN(index) ? -1 : index, tag: fields.tag ?? '' };
}

function createWindowsActivation(state, Notification) {
  const windows = state.config.platform === 'win32';
  const mode = state.config.windowsActivation ?? 'source';
  if (!['source', 'documented-instance-first', 'documented-callback-first'].includes(mode))
    throw new Error(`unknown windowsActivation ${mode}`);
  let callback = null;
  // windows_toast_activator.cc keeps one stored activation (g_activation_arguments): a later one
  // replaces an earlier one until the app registers.
  let stored = null;
  // A cold start's activation reaches Electron only through the COM activator, and the activator
  // is registered only when the notification presenter is created: notification_presenter_win.cc,
  // NotificationPresenter::Create -> NotificationActivator::RegisterActivator, created lazily by
  // ElectronBrowserClient::GetNotificationPresenter (new Notification, Notification.isSupported,
  // getHistory...). Notification.handleActivation does not create it.
  let waitingInWindows = windows ? ((state.config.pendingActivations ?? []).at(-1) ?? null) : null;
  let activatorRegistered = false;
  /** GetNotificationPresenter: the first call creates the presenter and registers the activator. */
  function presenterCreated() {
    if (!windows || activatorRegistered) return;
    activatorRegistered = true;
    // RegisterActivator posts to a worker thread, then back to the UI thread.
    setImmediate(() => {
      const waiting = waitingInWindows;
      waitingInWindows = null;
      if (waiting) invokeCallback(waiting);
    });
  }

  if (windows) {
    Notification.handleActivation = (handler) => {
      state.record('Notification', 'handleActivation', [typeof handler]);
      if (typeof handler !== 'function') throw new TypeError('handleActivation expects a function');
      // SetActivationHandler: stored details are handed over at once, synchronously, then cleared.
      callback = handler;
      const waiting = stored;
      stored = null;
      if (waiting) handler(waiting);
    };
  }

  /**
   * The native notification is still in the presenter: not destroyed by a click, and the process
   * that showed it still runs. Collection of the JS object does not remove it
   * (electron_api_notification.cc, ~Notification: set_delegate(nullptr); Destroy() only when
   * is_restored_), so its ToastEventHandler stays registered.
   */
  const nativeAlive = (n) => !n.processEnded && !n.destroyed;
  /** The native side has a delegate (the JS object) to emit on; a collected one has none. */
  const hasDelegate = (n) => !n.collected;

  function invokeCallback(details) {
    if (callback) callback(details);
    else stored = details;
  }

  /** windows_toast_activator.cc, HandleToastActivation: the callback, then the live object by tag. */
  function handleToastActivation(args) {
    const { type, actionIndex, tag } = parseActivation(args);
    // build_activation_args: type action -> action + index; anything else without a reply -> click.
    const details =
      type === 'action'
        ? { type: 'action', arguments: args, actionIndex }
        : { type: 'click', arguments: args };
    invokeCallback(details);
    const target = state.notifications.find((n) => nativeAlive(n) && n.id === tag);
    if (!target) return;
    if (!hasDelegate(target)) return;
    if (type === 'action') {
      if (actionIndex >= 0) target.emit('action', { actionIndex, preventDefault() {} }, actionIndex, -1);
    } else if (type === 'click' || type === '') {
      clicked(target);
    }
  }

  /** Notification::NotificationClicked: the instance `click`, then the native side is destroyed. */
  function clicked(n) {
    n.destroyed = true;
    if (hasDelegate(n)) n.emit('click', { preventDefault() {} });
  }

  /** ToastEventHandler::Invoke for an activation of a toast whose object is alive. */
  function inProcess(n, args) {
    if (isStructured(args)) return handleToastActivation(args);
    // The docs' reading follows instance events; with no delegate there is none to follow.
    const documented = hasDelegate(n);
    if (documented && mode === 'documented-callback-first')
      invokeCallback({ type: 'click', arguments: args });
    clicked(n);
    if (documented && mode === 'documented-instance-first')
      invokeCallback({ type: 'click', arguments: args });
  }

  /**
   * NotificationActivator::Activate (COM): the toast outlived its process, or the app was not
   * running. With no class object registered in this process, Windows would start another
   * instance of the app for it instead (which the single-instance lock ends): nothing arrives here.
   */
  function throughActivator(args) {
    if (!activatorRegistered) {
      state.record('Notification', 'activation-lost', [args]);
      return;
    }
    handleToastActivation(args);
  }

  function toastOf(n) {
    if (!n.toast) throw new Error('the toast was never shown');
    return n.toast;
  }

  function activate(n, args) {
    n.inActionCenter = false;
    if (nativeAlive(n)) inProcess(n, args);
    else throughActivator(args);
  }

  function requireInActionCenter(n) {
    if (!windows) throw new Error('the Action Center exists on Windows only');
    if (!n.inActionCenter) throw new Error('the toast is not in the Action Center');
  }

  return {
    presenterCreated,
    bodyClicked: (n) => activate(n, toastOf(n).launch),
    buttonPressed: (n, index) => {
      const action = toastOf(n).actions[index];
      if (!action) throw new Error(`the toast has no button ${index}`);
      activate(n, action.arguments);
    },
    gestures: {
      /**
       * The app lets go of the object while it runs (garbage collection): the native toast stays
       * with no delegate, so a body click reaches nothing and a button only the callback.
       */
      collectNotification(n) {
        n.collected = true;
      },
      /**
       * The process that showed the toast has ended (a restart): the toast stays in the Action
       * Center and its activation goes through the COM activator (NotificationActivator::Activate).
       */
      endProcessOf(n) {
        n.collected = true;
        n.processEnded = true;
      },
      /** The user clicks a toast's body in the Action Center. */
      clickInActionCenter(n) {
        requireInActionCenter(n);
        activate(n, toastOf(n).launch);
      },
      /**
       * NotificationActivator::Activate for a toast this process never held (an earlier run's,
       * clicked in the Action Center after a restart): HandleToastActivation with its arguments.
       */
      activateThroughActivator(args) {
        if (!windows) throw new Error('toast activation exists on Windows only');
        throughActivator(String(args));
      },
      /** The user presses a toast's button in the Action Center. */
      pressInActionCenter(n, index) {
        requireInActionCenter(n);
        const action = toastOf(n).actions[index];
        if (!action) throw new Error(`the toast has no button ${index}`);
        activate(n, action.arguments);
      },
    },
  };
}

module.exports = { createWindowsActivation, parseActivation, isStructured };
