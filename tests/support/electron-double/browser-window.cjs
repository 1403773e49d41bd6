'use strict';
// BrowserWindow and its webContents/session, enough to observe what the app asks for:
// the options (webPreferences), what it loads (through the registered protocol handler,
// as Chromium would), what it sends, and the handlers it installs.
const { Destroyable } = require('./destroyable.cjs');

function createSession(state) {
  const session = {
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    setPermissionRequestHandler(handler) {
      state.record('session', 'setPermissionRequestHandler', [typeof handler]);
      session.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      state.record('session', 'setPermissionCheckHandler', [typeof handler]);
      session.permissionCheckHandler = handler;
    },
  };
  return session;
}

function createBrowserWindow(state, lifecycle, loadThroughProtocol) {
  let nextId = 1;

  class WebContents extends Destroyable {
    constructor(webPreferences) {
      super(state, 'webContents');
      this.id = nextId++;
      this.session = createSession(state);
      this._prefs = { ...webPreferences };
      this.sent = [];
      this.url = '';
      this.windowOpenHandler = null;
    }
    send(channel, ...args) {
      this._call('send', [channel, ...args]);
      this.sent.push({ channel, args });
    }
    setWindowOpenHandler(handler) {
      this._call('setWindowOpenHandler', [typeof handler]);
      this.windowOpenHandler = handler;
    }
    getLastWebPreferences() {
      this._call('getLastWebPreferences', []);
      return { ...this._prefs };
    }
    getURL() {
      this._call('getURL', []);
      return this.url;
    }
    isCrashed() {
      return false;
    }
  }

  class BrowserWindow extends Destroyable {
    constructor(options = {}) {
      super(state, 'BrowserWindow');
      this._call('constructor', [options]);
      state.requireReady('BrowserWindow');
      this.options = { ...options };
      this.webContents = new WebContents(options.webPreferences ?? {});
      this.visible = false;
      this.focused = false;
      this.position = [options.x ?? 0, options.y ?? 0];
      this.id = this.webContents.id;
      state.windows.push(this);
      if (options.show !== false) this.show();
    }
    static getAllWindows() {
      return state.windows.filter((window) => !window.isDestroyed());
    }
    static getFocusedWindow() {
      return BrowserWindow.getAllWindows().find((window) => window.focused) ?? null;
    }
    async loadURL(url) {
      this._call('loadURL', [url]);
      this.webContents.url = url;
      const response = await loadThroughProtocol(url);
      // Electron rejects loadURL when the main frame fails to load.
      if (response && !response.ok) throw new Error(`ERR_HTTP_RESPONSE_CODE_FAILURE (-379) loading '${url}'`);
      if (this._destroyed) return;
      this.webContents.emit('did-finish-load');
      // browser-window.md, 'ready-to-show': the page has rendered while the window was not shown.
      if (!this.readyToShowEmitted) {
        this.readyToShowEmitted = true;
        this.emit('ready-to-show');
      }
    }
    show() {
      this._call('show', []);
      const was = this.visible;
      this.visible = true;
      if (!was) this.emit('show');
    }
    hide() {
      this._call('hide', []);
      const was = this.visible;
      this.visible = false;
      this.focused = false;
      if (was) this.emit('hide');
    }
    focus() {
      this._call('focus', []);
      this.focused = true;
      this.emit('focus');
    }
    blur() {
      this._call('blur', []);
      const was = this.focused;
      this.focused = false;
      if (was) this.emit('blur');
    }
    isVisible() {
      this._call('isVisible', []);
      return this.visible;
    }
    isFocused() {
      return !this._destroyed && this.focused;
    }
    setPosition(x, y) {
      this._call('setPosition', [x, y]);
      this.position = [x, y];
    }
    /** macOS and Linux (electron.d.ts); recorded on every platform, Windows has no workspaces. */
    setVisibleOnAllWorkspaces(visible, options) {
      this._call('setVisibleOnAllWorkspaces', [visible, options]);
      this.visibleOnAllWorkspaces = Boolean(visible);
    }
    getPosition() {
      this._call('getPosition', []);
      return [...this.position];
    }
    /**
     * Asks to close: a listener may preventDefault (the popover hides instead). The page's
     * `beforeunload` may then cancel it (web-contents.md, 'will-prevent-unload': preventDefault
     * there ignores the page and closes anyway); destroy() skips both, as in Electron.
     */
    close() {
      this._call('close', []);
      if (this._destroyed) return true;
      const event = lifecycle.preventable();
      this.emit('close', event);
      if (event.defaultPrevented) return false;
      if (this.webContents.preventsUnload) {
        const unload = lifecycle.preventable();
        this.webContents.emit('will-prevent-unload', unload);
        if (!unload.defaultPrevented) return false;
      }
      this.destroy();
      return true;
    }
    destroy() {
      if (this._destroyed) return;
      state.record('BrowserWindow', 'destroy', []);
      this._destroyed = true;
      this.visible = false;
      this.webContents._destroyed = true;
      this.emit('closed');
      lifecycle.windowClosed();
    }
  }

  return {
    BrowserWindow,
    webContents: {
      getAllWebContents: () => BrowserWindow.getAllWindows().map((window) => window.webContents),
    },
  };
}

module.exports = { createBrowserWindow };
