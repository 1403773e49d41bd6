import { translatorFor } from '../../../shared/i18n/catalogues';
import { resolveLanguage, type Translator } from '../../../shared/i18n/translate';
import { preferencesPatchSchema } from '../../../shared/ipc-contract';
import type { Preferences } from '../../../shared/types';
import { ACCELERATOR_PROBLEMS } from '../accounts/preference-checks';
import { checkAccelerator } from '../desktop/global-shortcut';
import { AppError, sentence } from '../errors';

/**
 * The language the tray, notifications and window speak: the Settings override, else the OS's
 * (the shell passes app.getPreferredSystemLanguages() and app.getLocale()). One translator per
 * language, kept while the language stays.
 */
export function createLanguageSource(systemLanguages: readonly string[], preferences: () => Preferences) {
  let current: Translator | null = null;
  return (): Translator => {
    const language = resolveLanguage(preferences().language, systemLanguages);
    if (current?.language !== language) current = translatorFor(language);
    return current;
  };
}

/**
 * Refusals the settings file would also make, made first so their message is in the user's
 * language too (the file's own guard speaks English, for the CLI and logs).
 */
export function explainRefusedPreferences(input: unknown, { t }: Translator): void {
  const parsed = preferencesPatchSchema.safeParse(input);
  // A malformed patch is the settings repository's to refuse, with the schema's details.
  if (!parsed.success) return;
  const patch = parsed.data;
  if (typeof patch.globalShortcut === 'string') {
    const result = checkAccelerator(patch.globalShortcut);
    if (!result.ok) {
      const text = sentence(ACCELERATOR_PROBLEMS[result.problem]);
      throw new AppError('invalid-request', t(text.id), { text: [text] });
    }
  }
  const quiet = patch.quietHours;
  if (quiet && quiet.from === quiet.to) {
    throw new AppError('invalid-request', t('prefs.quietSame'), { text: [sentence('prefs.quietSame')] });
  }
}
