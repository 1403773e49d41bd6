import type { MessageKey } from './catalogue';

/**
 * Catalogue entries only main shows (the tray menu and tooltip, notifications and their
 * times). The window's build leaves them out of its catalogue chunks (scripts/window-catalogues.ts)
 * to keep the first screen within its 33.5 KB budget, so the window may not ask for them.
 */
export const MAIN_ONLY_PREFIXES = ['tray.', 'notify.', 'time.'] as const;

type MainOnlyKey = Extract<MessageKey, `${(typeof MAIN_ONLY_PREFIXES)[number]}${string}`>;

/** The keys the window may translate. */
export type WindowMessageKey = Exclude<MessageKey, MainOnlyKey>;

/**
 * Window messages the first screen (the invitation list, nothing wrong) never shows: errors,
 * notices, sign-in, accounts, details and Settings. They are the catalogue's second chunk,
 * loaded right after the first one, so the first screen stays within its 33.5 KB budget.
 */
export const LATER_PREFIXES = [
  'error.',
  'problem.',
  'banner.',
  'notice.',
  'signin.',
  'account.',
  'accounts.',
  'copy.',
  'details.',
  'prefs.',
  'settings.',
  'shortcut.',
  // Recently answered follows an answer, never a fresh window's first paint (InvitesScreen
  // shows it once the whole catalogue is there).
  'recent.',
  'member.',
] as const;

/** Which chunk of a window catalogue a key is in. */
export function windowPart(key: string): 'main-only' | 'first' | 'later' {
  if (MAIN_ONLY_PREFIXES.some((prefix) => key.startsWith(prefix))) return 'main-only';
  return LATER_PREFIXES.some((prefix) => key.startsWith(prefix)) ? 'later' : 'first';
}
