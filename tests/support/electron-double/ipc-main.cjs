'use strict';
// ipcMain: one handler per channel (Electron throws on a second), and `invoke` for tests:
// a renderer's ipcRenderer.invoke from a given sender and frame URL.
const { EventEmitter } = require('node:events');

function createIpcMain(state) {
  const handlers = new Map();
  const ipcMain = new EventEmitter();
  Object.assign(ipcMain, {
    handle(channel, listener) {
      state.record('ipcMain', 'handle', [channel]);
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      if (typeof listener !== 'function')
        throw new TypeError(`Expected handler to be a function, but found type '${typeof listener}'`);
      handlers.set(channel, listener);
    },
    handleOnce(channel, listener) {
      ipcMain.handle(channel, (...args) => {
        handlers.delete(channel);
        return listener(...args);
      });
    },
    removeHandler(channel) {
      state.record('ipcMain', 'removeHandler', [channel]);
      handlers.delete(channel);
    },
  });

  /**
   * What ipcRenderer.invoke(channel, ...args) does in a page: the handler's value, or the
   * rejection Electron gives the renderer ("Error invoking remote method …").
   */
  async function invoke(channel, { sender = null, url = '' } = {}, ...args) {
    state.record('ipcRenderer', 'invoke', [channel, url]);
    const handler = handlers.get(channel);
    if (!handler)
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
      );
    const event = { sender, senderFrame: url === null ? null : { url }, processId: 1, frameId: 1 };
    try {
      return await handler(event, ...args);
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${error}`, { cause: error });
    }
  }

  return { ipcMain, invoke, handledChannels: () => [...handlers.keys()] };
}

module.exports = { createIpcMain };
