'use strict';
// Menu.buildFromTemplate with Electron's template checks, and MenuItem.click().
const TYPES = ['normal', 'separator', 'submenu', 'checkbox', 'radio', 'header', 'palette'];

class MenuItem {
  constructor(options, state) {
    const template = options ?? {};
    if (typeof template !== 'object') throw new TypeError('Invalid template for MenuItem');
    if (template.label === undefined && template.role === undefined && template.type === undefined)
      throw new Error('Invalid template for MenuItem: must have at least one of label, role or type');
    if (template.type !== undefined && !TYPES.includes(template.type))
      throw new Error(`Unknown menu item type: ${template.type}`);
    this.id = template.id;
    this.label = template.label ?? '';
    this.role = template.role;
    this.type = template.type ?? (template.submenu ? 'submenu' : 'normal');
    this.enabled = template.enabled ?? true;
    this.visible = template.visible ?? true;
    this.checked = template.checked ?? false;
    this.submenu = template.submenu
      ? template.submenu instanceof Menu
        ? template.submenu
        : Menu._build(template.submenu, state)
      : undefined;
    if (this.type === 'submenu' && !this.submenu)
      throw new Error('Invalid template for MenuItem: submenu type needs a submenu');
    this._click = template.click;
    this._state = state;
  }
  /** What a user's click does: a disabled item does nothing; a checkbox toggles first. */
  click(event, focusedWindow, focusedWebContents) {
    this._state.record('MenuItem', 'click', [this.id]);
    if (!this.enabled) return false;
    if (this.type === 'checkbox') this.checked = !this.checked;
    this._click?.(this, focusedWindow, event ?? {}, focusedWebContents);
    return true;
  }
}

class Menu {
  constructor(state) {
    this.items = [];
    this._state = state;
  }
  static _build(template, state) {
    if (!Array.isArray(template))
      throw new TypeError('Invalid template for Menu: Menu template must be an array');
    const menu = new Menu(state);
    for (const item of template) menu.items.push(item instanceof MenuItem ? item : new MenuItem(item, state));
    return menu;
  }
  getMenuItemById(id) {
    for (const item of this.items) {
      if (item.id === id) return item;
      const found = item.submenu?.getMenuItemById(id);
      if (found) return found;
    }
    return null;
  }
  append(item) {
    this.items.push(item);
  }
  popup(options) {
    this._state.record('Menu', 'popup', [options]);
  }
  closePopup() {
    this._state.record('Menu', 'closePopup', []);
  }
}

function createMenu(state) {
  class BoundMenu extends Menu {
    constructor() {
      super(state);
    }
    static buildFromTemplate(template) {
      state.record('Menu', 'buildFromTemplate', [template]);
      state.requireReady('Menu.buildFromTemplate()');
      const menu = Menu._build(template, state);
      state.menus.push(menu);
      return menu;
    }
    static setApplicationMenu(menu) {
      state.record('Menu', 'setApplicationMenu', [menu]);
    }
  }
  class BoundMenuItem extends MenuItem {
    constructor(options) {
      super(options, state);
    }
  }
  return { Menu: BoundMenu, MenuItem: BoundMenuItem };
}

module.exports = { createMenu, Menu, MenuItem };
