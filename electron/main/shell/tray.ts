import { join } from 'node:path';
import type { MenuAction, MenuItemSpec, TrayView } from '../core/tray/tray-view';
import type { Rect } from '../core/desktop/window-position';

export interface ImageLike {
  setTemplateImage(template: boolean): void;
  isEmpty(): boolean;
}

/** Electron's MenuItemConstructorOptions, the part the tray uses. */
export interface MenuTemplateItem {
  id: string;
  label?: string;
  type: 'normal' | 'separator' | 'checkbox' | 'submenu';
  enabled?: boolean;
  checked?: boolean;
  submenu?: MenuTemplateItem[];
  click?: () => void;
}

export interface TrayLike<I extends ImageLike> {
  setImage(image: I): void;
  setToolTip(text: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: unknown): void;
  popUpContextMenu(menu?: unknown): void;
  setIgnoreDoubleClickEvents(ignore: boolean): void;
  getBounds(): Rect;
  on(event: 'click' | 'right-click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayDeps<I extends ImageLike> {
  createTray: (image: I) => TrayLike<I>;
  /** nativeImage.createFromPath */
  loadImage: (path: string) => I;
  /** Menu.buildFromTemplate */
  buildMenu: (template: MenuTemplateItem[]) => unknown;
  platform: NodeJS.Platform | string;
  /** `process.resourcesPath` when packaged, the repository's resources/ in development. */
  resourcesDir: string;
  initialView: TrayView;
  /** The core's listener registration; the adapter re-renders on every view. */
  onView: (listener: (view: TrayView) => void) => () => void;
  onAction: (action: MenuAction) => unknown;
  /** Left click (macOS, Windows; Linux where the host reports an activation): open or close the popover. */
  onToggleWindow: () => void;
  log: { warn(message: string): void };
}

export interface TrayHandle {
  /** Bounds of the icon, for placing the popover; null where the platform does not say. */
  bounds(): Rect | null;
  /** The last view rendered (tests and the e2e hook read it). */
  current(): TrayView;
  /** The menu built from it (what right click or the panel shows). */
  menu(): unknown;
  destroy(): void;
}

/** The MenuItemSpec tree as Electron's template, each action wired to `onAction`. */
export function menuTemplate(
  items: readonly MenuItemSpec[],
  onAction: (action: MenuAction) => unknown,
): MenuTemplateItem[] {
  return items.map((item) => {
    const type = item.type ?? (item.submenu ? 'submenu' : 'normal');
    const out: MenuTemplateItem = { id: item.id, type };
    if (type === 'separator') return out;
    out.label = item.label;
    out.enabled = item.enabled ?? true;
    if (type === 'checkbox') out.checked = item.checked ?? false;
    if (item.submenu) out.submenu = menuTemplate(item.submenu, onAction);
    const action = item.action;
    if (action) out.click = () => void onAction(action);
    return out;
  });
}

/**
 * The tray icon. The view (icon, title, tooltip, menu) comes from the core; this only
 * renders it, completely, on every change: Linux StatusNotifier hosts pick up a new
 * menu only when it is set again, and some deliver no clicks, so there the menu must be
 * the whole interface. On macOS the menu is popped up on right click instead of being
 * attached, because an attached menu would swallow the left click that opens the window.
 */
export function registerTray<I extends ImageLike>(deps: TrayDeps<I>): TrayHandle {
  const isMac = deps.platform === 'darwin';
  let view = deps.initialView;
  let iconPath = '';
  let menu: unknown = null;

  const image = (relative: string): I => {
    const loaded = deps.loadImage(join(deps.resourcesDir, relative));
    if (loaded.isEmpty()) deps.log.warn(`Tray icon missing or unreadable: ${relative}`);
    if (isMac) loaded.setTemplateImage(true);
    return loaded;
  };

  const tray = deps.createTray(image(view.icon));
  iconPath = view.icon;

  function render(next: TrayView): void {
    view = next;
    if (next.icon !== iconPath) {
      tray.setImage(image(next.icon));
      iconPath = next.icon;
    }
    if (isMac) tray.setTitle(next.title);
    tray.setToolTip(next.tooltip);
    menu = deps.buildMenu(menuTemplate(next.menu, deps.onAction));
    if (!isMac) tray.setContextMenu(menu);
  }

  render(view);
  if (isMac) tray.setIgnoreDoubleClickEvents(true);
  // Every platform: on Linux Electron reports a StatusNotifier "Activate" (KDE, most hosts'
  // left click) as `click`; hosts that never activate (GNOME's AppIndicator extension opens
  // the menu instead) simply never emit it, and the attached menu stays the whole interface.
  tray.on('click', () => deps.onToggleWindow());
  if (isMac) tray.on('right-click', () => tray.popUpContextMenu(menu));
  const unsubscribe = deps.onView(render);

  return {
    bounds() {
      const bounds = tray.getBounds();
      return bounds.width > 0 && bounds.height > 0 ? bounds : null;
    },
    current: () => view,
    menu: () => menu,
    destroy() {
      unsubscribe();
      tray.destroy();
    },
  };
}
