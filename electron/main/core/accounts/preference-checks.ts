import type { PreferencesPatch } from '../../../shared/ipc-contract';
import { checkAccelerator } from '../desktop/global-shortcut';
import { SHORTCUT_PROBLEM_TEXT } from '../../../shared/types';
import { AppError, sentence } from '../errors';

/** The catalogue sentence for each refusal (English in `message`, the user's language on screen). */
export const ACCELERATOR_PROBLEMS = SHORTCUT_PROBLEM_TEXT;

/**
 * What the schema cannot say: the shortcut must be one Invitray accepts on any platform (stored in
 * its canonical spelling; the core adds its platform's rules before it writes), and quiet hours
 * need a start and an end that differ.
 */
export function checkPreferencePatch(patch: PreferencesPatch): PreferencesPatch {
  let checked = patch;
  if (patch.globalShortcut !== undefined) {
    const result = checkAccelerator(patch.globalShortcut);
    if (!result.ok) throw new AppError('invalid-request', sentence(ACCELERATOR_PROBLEMS[result.problem]));
    checked = { ...checked, globalShortcut: result.accelerator };
  }
  if (patch.quietHours && patch.quietHours.from === patch.quietHours.to) {
    throw new AppError('invalid-request', sentence('prefs.quietSame'));
  }
  return checked;
}
