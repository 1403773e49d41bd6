import type { PreferencesPatch } from '../../../shared/ipc-contract';
import { checkAccelerator, type AcceleratorProblem } from '../desktop/global-shortcut';
import type { ErrorText } from '../../../shared/types';
import { AppError, sentence } from '../errors';

/** The catalogue sentence for each refusal (English in `message`, the user's language on screen). */
export const ACCELERATOR_PROBLEMS = {
  empty: 'shortcut.empty',
  invalid: 'shortcut.invalid',
  'one-key': 'shortcut.oneKey',
  'needs-modifiers': 'shortcut.needsModifiers',
  reserved: 'shortcut.reserved',
} as const satisfies Record<AcceleratorProblem, ErrorText['id']>;

/**
 * What the schema cannot say: the shortcut must be one Invitray accepts (stored in its canonical
 * spelling), and quiet hours need a start and an end that differ.
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
