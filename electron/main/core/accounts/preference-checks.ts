import type { PreferencesPatch } from '../../../shared/ipc-contract';
import { checkAccelerator, type AcceleratorProblem } from '../desktop/global-shortcut';
import { AppError } from '../errors';

/** English, for the settings file's own guard; the core words them in the user's language first. */
export const ACCELERATOR_PROBLEMS: Record<AcceleratorProblem, string> = {
  empty: 'Press a combination of keys for the shortcut.',
  invalid: 'That is not a key combination a shortcut can use.',
  'one-key': 'A shortcut has exactly one key besides its modifier keys.',
  'needs-modifiers':
    'Add modifier keys (for example Ctrl+Alt+Shift): this combination would take ordinary typing from other apps.',
  reserved: 'Your system or browser already uses this combination. Choose another.',
};

/**
 * What the schema cannot say: the shortcut must be one Invitray accepts (stored in its canonical
 * spelling), and quiet hours need a start and an end that differ.
 */
export function checkPreferencePatch(patch: PreferencesPatch): PreferencesPatch {
  let checked = patch;
  if (patch.globalShortcut !== undefined) {
    const result = checkAccelerator(patch.globalShortcut);
    if (!result.ok) throw new AppError('invalid-request', ACCELERATOR_PROBLEMS[result.problem]);
    checked = { ...checked, globalShortcut: result.accelerator };
  }
  if (patch.quietHours && patch.quietHours.from === patch.quietHours.to) {
    throw new AppError('invalid-request', 'Quiet hours need different start and end times.');
  }
  return checked;
}
