'use strict';
// The child's side of launch.mjs: runs functions the test sends in this (main) process with
// the double as their first argument, like Playwright's electronApp.evaluate, once `ready`. The IPC channel
// is unref'd: it must not be what keeps the process alive (the quit journey checks that).

function serializeError(error) {
  return error instanceof Error
    ? { message: error.message, stack: error.stack }
    : { message: String(error), stack: '' };
}

function startBridge(electron) {
  if (typeof process.send !== 'function') return;
  process.channel?.unref();
  process.on('message', (message) => {
    if (!message || message.type !== 'evaluate') return;
    const { id, source, arg } = message;
    // Like Playwright's electronApp, answer once the app's main script has run and `ready` fired.
    electron.__double
      .whenReady()
      .then(() => {
        // The test's own function, written next to its assertions: same trust as the test.
        const fn = (0, eval)(`(${source})`);
        return fn(electron, arg);
      })
      .then(
        (value) => process.send?.({ type: 'result', id, ok: true, value }),
        (error) => process.send?.({ type: 'result', id, ok: false, error: serializeError(error) }),
      )
      .catch((error) => {
        // The value could not be sent (not serializable): say so rather than hang the test.
        process.send?.({ type: 'result', id, ok: false, error: serializeError(error) });
      });
  });
}

module.exports = { startBridge };
