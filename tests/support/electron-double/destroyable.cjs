'use strict';
const { EventEmitter } = require('node:events');

/**
 * Base of Electron objects that can be destroyed (Tray, BrowserWindow, WebContents): after
 * destroy() every method but isDestroyed() throws "Object has been destroyed", as Electron does.
 */
class Destroyable extends EventEmitter {
  constructor(state, api) {
    super();
    this._state = state;
    this._api = api;
    this._destroyed = false;
  }
  /** Records the call and enforces the destroyed rule; every public method starts with it. */
  _call(method, args) {
    this._state.record(this._api, method, args);
    if (this._destroyed) throw new TypeError('Object has been destroyed');
  }
  isDestroyed() {
    return this._destroyed;
  }
}

module.exports = { Destroyable };
