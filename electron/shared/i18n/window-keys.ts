import type { MessageKey } from './catalogue';

/**
 * Catalogue entries only main shows (the tray menu and tooltip, notifications and their
 * times). The window's build leaves them out of its catalogue chunks (scripts/window-catalogues.ts)
 * to keep the first screen within its 32 KB budget, so the window may not ask for them.
 */
export const MAIN_ONLY_PREFIXES = ['tray.', 'notify.', 'time.'] as const;

type MainOnlyKey = Extract<MessageKey, `${(typeof MAIN_ONLY_PREFIXES)[number]}${string}`>;

/** The keys the window may translate. */
export type WindowMessageKey = Exclude<MessageKey, MainOnlyKey>;
