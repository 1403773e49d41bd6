import type { Translator } from '../../../shared/i18n/translate';
import type { AppSnapshot } from '../../../shared/types';
import { iconFor, type LinuxTraySize, type TrayIconState } from './tray-icons';
import { trayMenu } from './tray-menu';
import type { MenuItemSpec } from './menu-spec';
import { pendingNow, trayIconState, trayTooltip } from './tray-status';

export type { MenuAction, MenuItemSpec, InviteMenuAction, AppMenuAction } from './menu-spec';
export type { TrayIconState } from './tray-icons';

export interface TrayViewOptions {
  platform: NodeJS.Platform | string;
  now: number;
  showCountInTray: boolean;
  startAtLogin: boolean;
  updateReady?: boolean;
  updateAvailable?: string | null;
  notices?: readonly string[];
  linuxSize?: LinuxTraySize;
  /** The language of the tooltip and menu; default English. */
  translator?: Translator;
}

export interface TrayView {
  state: TrayIconState;
  /** Relative to the resources directory, e.g. "tray/tray-3.png". */
  icon: string;
  /** macOS menu-bar text next to the icon (the count); '' elsewhere and when there is nothing to count. */
  title: string;
  tooltip: string;
  menu: MenuItemSpec[];
}

/** Everything the tray shows, derived from one snapshot. Pure: same input, same output. */
export function trayView(snapshot: AppSnapshot, options: TrayViewOptions): TrayView {
  const state = trayIconState(snapshot, options.showCountInTray, options.now);
  const pending = pendingNow(snapshot, options.now);
  const showTitle =
    options.platform === 'darwin' &&
    options.showCountInTray &&
    pending > 0 &&
    state !== 'signed-out' &&
    state !== 'offline';
  return {
    state,
    icon: iconFor(state, options.platform, { linuxSize: options.linuxSize }),
    title: showTitle ? String(pending) : '',
    tooltip: trayTooltip(snapshot, options.now, options.translator),
    menu: trayMenu(snapshot, options),
  };
}
