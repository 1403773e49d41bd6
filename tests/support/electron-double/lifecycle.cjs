'use strict';
// Quitting as Electron does it: app.quit() emits `before-quit` at once (preventable), then
// closes every window (a window that prevents `close` cancels the quit), then `will-quit`
// (preventable) and `quit`. Electron would then end the process whatever is still running;
// the double instead releases the one handle that stood for Electron's event loop and lets
// Node drain, so a timer, socket or server the app forgot keeps the process alive and a test
// sees it. window-all-closed is not emitted while quitting (as in Electron).
const { preventable } = require('./app.cjs');

function createLifecycle(state) {
  let app = null;
  let windows = () => [];
  let keepAlive = null;

  function release() {
    if (keepAlive) clearInterval(keepAlive);
    keepAlive = null;
  }

  const lifecycle = {
    preventable,
    /** Stands for Electron's own event loop: the app runs until it quits, with or without windows. */
    keepAlive() {
      keepAlive ??= setInterval(() => {}, 1 << 30);
    },
    attach(theApp, listWindows) {
      app = theApp;
      windows = listWindows;
    },
    quit() {
      if (state.quitting) return;
      const before = preventable();
      app.emit('before-quit', before);
      if (before.defaultPrevented) return;
      state.quitting = true;
      setImmediate(() => {
        for (const window of windows()) {
          if (!window.close()) {
            state.quitting = false;
            state.record('lifecycle', 'quit-cancelled-by-window', []);
            return;
          }
        }
        const willQuit = preventable();
        app.emit('will-quit', willQuit);
        if (willQuit.defaultPrevented) {
          state.quitting = false;
          return;
        }
        app.emit('quit', preventable(), 0);
        state.record('lifecycle', 'quit', []);
        release();
      });
    },
    exit(code) {
      release();
      process.exit(code);
    },
    windowClosed() {
      if (state.quitting || windows().length > 0) return;
      // app.md, 'window-all-closed': "If you do not subscribe to this event and all windows are
      // closed, the default behavior is to quit the app".
      if (app.listenerCount('window-all-closed') === 0) {
        state.record('lifecycle', 'quit-on-last-window', []);
        lifecycle.quit();
      } else app.emit('window-all-closed');
    },
    release,
  };
  return lifecycle;
}

module.exports = { createLifecycle };
