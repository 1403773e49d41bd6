import type { NotificationSpec } from './notification-spec';
import { escapeBodyMarkup } from './notification-spec';

// What a spec becomes on the freedesktop Notifications interface (the Desktop Notifications
// Specification, org.freedesktop.Notifications.Notify), which Linux desktops implement. Electron
// goes through libnotify, which offers only a "default" action; talking to the server directly
// gives the Accept and Decline buttons that macOS and Windows notifications have.

/** The action keys sent with Notify and read back from ActionInvoked. */
export const DEFAULT_ACTION_KEY = 'default';
export type FreedesktopChoice = 'click' | 'accept' | 'decline';

/** The spec's urgency byte values. */
const URGENCY_NORMAL = 1;
const URGENCY_CRITICAL = 2;
/** expire_timeout: -1 is the server's default, 0 never expires. */
const SERVER_DEFAULT_TIMEOUT = -1;
const NEVER_EXPIRES = 0;

export interface FreedesktopNotify {
  summary: string;
  /** Escaped: servers with the body-markup capability parse it. */
  body: string;
  appIcon: string;
  /** Flat pairs: key, label, key, label… */
  actions: string[];
  urgency: number;
  /** Hints beyond urgency: the desktop entry, silence. */
  desktopEntry: string;
  suppressSound: boolean;
  expireTimeout: number;
}

export interface FreedesktopOptions {
  iconPath?: string;
  /** The .desktop file's name without the suffix (package.json desktopName). */
  desktopEntry: string;
}

/**
 * The Notify arguments for a spec. A click on the body is the "default" action, labelled with
 * what it does (answering, where clicking accepts; else the title, which is what opens); the
 * spec's buttons follow in their order, with their localised labels.
 */
export function freedesktopNotify(spec: NotificationSpec, options: FreedesktopOptions): FreedesktopNotify {
  const buttons = spec.actions ?? [];
  const clickLabel =
    spec.clickAction.kind === 'accept'
      ? (buttons.find((action) => action.id === 'accept')?.label ?? spec.title)
      : spec.title;
  return {
    summary: spec.title,
    body: escapeBodyMarkup(spec.body),
    appIcon: options.iconPath ?? '',
    actions: [DEFAULT_ACTION_KEY, clickLabel, ...buttons.flatMap((action) => [action.id, action.label])],
    urgency: spec.urgent ? URGENCY_CRITICAL : URGENCY_NORMAL,
    desktopEntry: options.desktopEntry,
    suppressSound: spec.silent === true,
    expireTimeout: spec.urgent ? NEVER_EXPIRES : SERVER_DEFAULT_TIMEOUT,
  };
}

/**
 * What an ActionInvoked key means for the notification it names; null for a key that
 * notification never offered. An update or summary notification has no buttons, so an
 * "accept" or "decline" for it (a confused server) must not act as if it had: the core would
 * answer the invitation, or restart to update.
 */
export function choiceForActionKey(
  key: string,
  spec: Pick<NotificationSpec, 'actions'>,
): FreedesktopChoice | null {
  if (key === DEFAULT_ACTION_KEY) return 'click';
  const offered = (spec.actions ?? []).some((action) => action.id === key);
  if (offered && (key === 'accept' || key === 'decline')) return key;
  return null;
}

/** Servers that can show buttons say so in GetCapabilities. */
export function canShowButtons(capabilities: readonly string[]): boolean {
  return capabilities.includes('actions');
}
