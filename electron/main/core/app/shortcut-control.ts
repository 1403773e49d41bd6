import type { Preferences, ShortcutProblem, ShortcutStatus } from '../../../shared/types';
import {
  DEFAULT_GLOBAL_SHORTCUT,
  checkAccelerator,
  shortcutStatus,
  type ShortcutOutcome,
} from '../desktop/global-shortcut';
import type { CoreLog } from './types';

/**
 * Asks the OS for the global shortcut ('' releases it) and returns whether it was taken.
 * The shell's adapter must never throw: a refusal (another app holds the combination) is
 * false, a desktop without global keys for apps 'unavailable', an accelerator Electron cannot
 * parse 'invalid'.
 */
export type ApplyGlobalShortcut = (accelerator: string) => ShortcutOutcome | 'invalid';

/** The accelerator to hold now: '' while the user has the shortcut turned off. */
export function activeShortcut(preferences: Preferences): string {
  return preferences.globalShortcutEnabled ? preferences.globalShortcut : '';
}

/** A stored shortcut Invitray will not use, and why. */
export type ReplacedShortcut = NonNullable<ShortcutStatus['replaced']>;

/**
 * The shortcut read from the settings file goes through the same check as one pressed in
 * Settings (checkAccelerator with the platform): the file can be edited by hand ("Shift+A" would
 * take capital A from every app), or hold a combination a later version refuses. Returns the
 * value to store instead ('' none): the canonical spelling of an accepted one, else the default,
 * with the reason.
 */
export function settleStoredShortcut(
  stored: string,
  platform: string,
): { store?: string; replaced?: ReplacedShortcut } {
  const check = checkAccelerator(stored, platform);
  if (check.ok) return check.accelerator === stored ? {} : { store: check.accelerator };
  // Settings and the log quote it: a hand-edited file may hold any length.
  const quoted = stored.length > 64 ? `${stored.slice(0, 64)}…` : stored;
  return { store: DEFAULT_GLOBAL_SHORTCUT, replaced: { accelerator: quoted, problem: check.problem } };
}

export interface ShortcutControl {
  /** Registers `accelerator` unless it is already the one in place; returns how it stands. */
  apply(accelerator: string): ShortcutStatus;
  status(): ShortcutStatus;
  /** The user chose a shortcut: the note about a replaced one no longer applies. */
  forgetReplaced(): void;
}

/**
 * Keeps the OS registration in step with the preference; without an adapter (CLI, tests) it stays
 * off. `replaced` is what settleStoredShortcut found at start. A combination reaches the OS only
 * after checkAccelerator accepts it for `platform`, so a refusal is never blamed on another app;
 * should Electron still reject one, the default takes its place the same way.
 */
export function createShortcutControl(
  apply: ApplyGlobalShortcut | undefined,
  log: CoreLog,
  platform: string,
  replacedAtStart?: ReplacedShortcut,
): ShortcutControl {
  let current: ShortcutStatus = { accelerator: '', state: 'off' };
  // What the preference asked for: `current` may hold the default in its place.
  let requested = '';
  let replaced = replacedAtStart;
  const withNote = (status: ShortcutStatus): ShortcutStatus => (replaced ? { ...status, replaced } : status);

  function register(accelerator: string, adapter: ApplyGlobalShortcut): ShortcutStatus {
    const check = accelerator === '' ? null : checkAccelerator(accelerator, platform);
    if (check && !check.ok) return fallBack(accelerator, check.problem, adapter);
    const outcome = adapter(accelerator);
    if (outcome === 'invalid') return fallBack(accelerator, 'invalid', adapter);
    return shortcutStatus(accelerator, outcome);
  }

  function fallBack(
    accelerator: string,
    problem: ShortcutProblem,
    adapter: ApplyGlobalShortcut,
  ): ShortcutStatus {
    log.warn(
      `The global shortcut ${accelerator} cannot be used (${problem}); Invitray uses ${DEFAULT_GLOBAL_SHORTCUT}.`,
    );
    replaced = { accelerator, problem };
    if (accelerator === DEFAULT_GLOBAL_SHORTCUT) return { accelerator: '', state: 'off' };
    return register(DEFAULT_GLOBAL_SHORTCUT, adapter);
  }

  return {
    apply(accelerator) {
      if (!apply) return withNote(current);
      const settled = current.state === 'registered' || current.state === 'off';
      if (accelerator === requested && settled) return withNote(current);
      requested = accelerator;
      current = register(accelerator, apply);
      if (current.state === 'refused') {
        log.warn(`Another app holds the global shortcut ${current.accelerator}; Settings says so.`);
      } else if (current.state === 'unavailable') {
        log.warn(`This desktop gives apps no global shortcuts (${current.accelerator}); Settings says so.`);
      }
      return withNote(current);
    },
    status: () => withNote(current),
    forgetReplaced() {
      replaced = undefined;
    },
  };
}
