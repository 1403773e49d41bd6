import type { Translator } from '../../../shared/i18n/translate';
import type { AppSnapshot } from '../../../shared/types';
import { iconFor, isUrgentState, type LinuxTraySize, type TrayIconState } from './tray-icons';
import { anyUrgent } from './urgency';
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
  /**
   * macOS menu-bar text next to the icon: the count, and URGENT_TITLE_MARK while an invitation
   * lapses within a day; '' elsewhere and when there is nothing to show.
   */
  title: string;
  tooltip: string;
  menu: MenuItemSpec[];
}

/**
 * A template image is tinted by the menu bar, so the clock mark alone is easy to miss there:
 * the title carries a warning sign too. U+FE0E asks for the text glyph, which the menu bar
 * tints like the count, not the colour emoji.
 */
export const URGENT_TITLE_MARK = '\u26a0\ufe0e';

/**
 * The error icon (another account needs the user) has no urgent variant; the sign in the title
 * still says an invitation lapses within a day, so the one problem does not hide the other.
 */
function macTitle(state: TrayIconState, pending: number, showCount: boolean, urgent: boolean): string {
  if (state === 'signed-out' || state === 'offline' || pending === 0) return '';
  const count = showCount ? String(pending) : '';
  if (!isUrgentState(state) && !(state === 'error' && urgent)) return count;
  return count ? `${URGENT_TITLE_MARK} ${count}` : URGENT_TITLE_MARK;
}

/** Everything the tray shows, derived from one snapshot. Pure: same input, same output. */
export function trayView(snapshot: AppSnapshot, options: TrayViewOptions): TrayView {
  const state = trayIconState(snapshot, options.showCountInTray, options.now);
  const pending = pendingNow(snapshot, options.now);
  return {
    state,
    icon: iconFor(state, options.platform, { linuxSize: options.linuxSize }),
    title:
      options.platform === 'darwin'
        ? macTitle(state, pending, options.showCountInTray, anyUrgent(snapshot, options.now))
        : '',
    tooltip: trayTooltip(snapshot, options.now, options.translator),
    menu: trayMenu(snapshot, options),
  };
}
