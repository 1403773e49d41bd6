import type { Preferences, ShortcutStatus } from '../../../shared/types';
import { shortcutStatus, type ShortcutOutcome } from '../desktop/global-shortcut';
import type { CoreLog } from './types';

/**
 * Asks the OS for the global shortcut ('' releases it) and returns whether it was taken.
 * The shell's adapter must never throw: a refusal (another app holds the combination) is
 * false, a desktop without global keys for apps 'unavailable'.
 */
export type ApplyGlobalShortcut = (accelerator: string) => ShortcutOutcome;

/** The accelerator to hold now: '' while the user has the shortcut turned off. */
export function activeShortcut(preferences: Preferences): string {
  return preferences.globalShortcutEnabled ? preferences.globalShortcut : '';
}

export interface ShortcutControl {
  /** Registers `accelerator` unless it is already the one in place; returns how it stands. */
  apply(accelerator: string): ShortcutStatus;
  status(): ShortcutStatus;
}

/** Keeps the OS registration in step with the preference; without an adapter (CLI, tests) it stays off. */
export function createShortcutControl(apply: ApplyGlobalShortcut | undefined, log: CoreLog): ShortcutControl {
  let current: ShortcutStatus = { accelerator: '', state: 'off' };
  return {
    apply(accelerator) {
      if (!apply) return current;
      const settled = current.state === 'registered' || current.state === 'off';
      if (accelerator === current.accelerator && settled) return current;
      current = shortcutStatus(accelerator, apply(accelerator));
      if (current.state === 'refused') {
        log.warn(`Another app holds the global shortcut ${accelerator}; Settings says so.`);
      } else if (current.state === 'unavailable') {
        log.warn(`This desktop gives apps no global shortcuts (${accelerator}); Settings says so.`);
      }
      return current;
    },
    status: () => current,
  };
}
