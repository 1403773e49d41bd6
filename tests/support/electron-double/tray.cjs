'use strict';
// Tray, per platform: macOS has a title and template images and pops its menu itself;
// Windows and macOS report bounds and deliver clicks; Linux (StatusNotifierItem) shows the
// context menu and delivers `click` only where the host does (config.linuxTrayClicks).
const { Destroyable } = require('./destroyable.cjs');

const BOUNDS = {
  darwin: { x: 1200, y: 0, width: 22, height: 24 },
  win32: { x: 1780, y: 1040, width: 24, height: 40 },
  // StatusNotifier hosts do not tell the app where the icon is.
  linux: { x: 0, y: 0, width: 0, height: 0 },
};

function createTray(state, nativeImage, NativeImage) {
  const { platform } = state.config;

  function toImage(image) {
    if (image instanceof NativeImage) return image;
    if (typeof image === 'string') return nativeImage.createFromPath(image);
    throw new TypeError('Error processing argument at index 0, conversion failure from image');
  }

  class Tray extends Destroyable {
    constructor(image, guid) {
      super(state, 'Tray');
      this._call('constructor', [image, guid]);
      state.requireReady('Tray');
      this.image = toImage(image);
      this.images = [this.image];
      this.tooltip = '';
      this.title = '';
      this.contextMenu = null;
      this.ignoreDoubleClick = false;
      state.trays.push(this);
    }
    setImage(image) {
      this._call('setImage', [image]);
      this.image = toImage(image);
      this.images.push(this.image);
    }
    setPressedImage(image) {
      this._call('setPressedImage', [image]);
    }
    setToolTip(text) {
      this._call('setToolTip', [text]);
      this.tooltip = String(text);
    }
    /** macOS only: the text beside the icon in the menu bar; a no-op elsewhere. */
    setTitle(title) {
      this._call('setTitle', [title]);
      if (platform === 'darwin') this.title = String(title);
    }
    getTitle() {
      this._call('getTitle', []);
      return this.title;
    }
    setContextMenu(menu) {
      this._call('setContextMenu', [menu]);
      this.contextMenu = menu;
    }
    /** macOS and Windows; Linux hosts own the menu and ignore this. */
    popUpContextMenu(menu) {
      this._call('popUpContextMenu', [menu]);
    }
    closeContextMenu() {
      this._call('closeContextMenu', []);
    }
    setIgnoreDoubleClickEvents(ignore) {
      this._call('setIgnoreDoubleClickEvents', [ignore]);
      if (platform === 'darwin') this.ignoreDoubleClick = Boolean(ignore);
    }
    getBounds() {
      this._call('getBounds', []);
      return { ...(BOUNDS[platform] ?? BOUNDS.linux) };
    }
    destroy() {
      state.record('Tray', 'destroy', []);
      this._destroyed = true;
    }
  }

  /**
   * A user's left click on the icon, as this platform delivers it. Returns what happened:
   * 'click' (the app's listener ran), 'menu' (the host opened the context menu instead), or
   * 'nothing' (Linux host without clicks and no menu).
   */
  function clickTray(tray) {
    if (tray.isDestroyed()) throw new Error('clickTray: the tray was destroyed');
    const bounds = BOUNDS[platform] ?? BOUNDS.linux;
    if (platform === 'linux' && !state.config.linuxTrayClicks) return tray.contextMenu ? 'menu' : 'nothing';
    tray.emit('click', { preventDefault() {} }, bounds, { x: bounds.x + 4, y: bounds.y + 4 });
    return 'click';
  }

  function rightClickTray(tray) {
    if (platform === 'linux') return tray.contextMenu ? 'menu' : 'nothing';
    tray.emit('right-click', { preventDefault() {} }, BOUNDS[platform]);
    return 'right-click';
  }

  return { Tray, clickTray, rightClickTray };
}

module.exports = { createTray, TRAY_BOUNDS: BOUNDS };
