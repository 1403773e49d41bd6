import type { CatalogueSource } from '../../../shared/i18n/catalogue';
import { createTranslator, resolveLanguage, type Translator } from '../../../shared/i18n/translate';
import { preferencesPatchSchema } from '../../../shared/ipc-contract';
import type { Language, LanguageSetting, Preferences } from '../../../shared/types';
import { ACCELERATOR_PROBLEMS } from '../accounts/preference-checks';
import { checkAccelerator } from '../desktop/global-shortcut';
import { AppError, sentence } from '../errors';

/**
 * The language the tray, notifications and window speak: the Settings override, else the OS's
 * (the shell passes app.getPreferredSystemLanguages() and app.getLocale()). Its numbers follow
 * the OS's locale for that language (localeFor). One translator per language, kept while it stays.
 * Its catalogue is loaded before it is asked for (loadLanguage: at boot, and before Settings
 * switches); one that could not be loaded is spoken in English.
 */
export function createLanguageSource(
  systemLanguages: readonly string[],
  preferences: () => Preferences,
  catalogues: CatalogueSource,
) {
  let current: Translator | null = null;
  return (): Translator => {
    const wanted = resolveLanguage(preferences().language, systemLanguages);
    const catalogue = catalogues.get(wanted);
    const language = catalogue ? wanted : 'en';
    if (current?.language !== language)
      current = createTranslator(
        language,
        catalogue ?? catalogues.get('en')!,
        localeFor(language, systemLanguages),
      );
    return current;
  };
}

/** Loads the catalogue `setting` resolves to, so the language source speaks it from now on. */
export function loadLanguage(
  catalogues: CatalogueSource,
  setting: LanguageSetting,
  systemLanguages: readonly string[],
): Promise<unknown> {
  return catalogues.load(resolveLanguage(setting, systemLanguages));
}

/**
 * The locale for dates and numbers: the first of the OS's languages that is a variant of the
 * language Invitray speaks (German on an Austrian system keeps de-AT's dates), else the language.
 * OS tags come as en_US on some Linux desktops; a tag Intl cannot read is skipped.
 */
export function localeFor(language: Language, systemLanguages: readonly string[]): string {
  const base = language.split('-')[0]?.toLowerCase();
  for (const tag of systemLanguages) {
    const locale = canonicalLocale(tag.replaceAll('_', '-'));
    if (locale !== null && locale.split('-')[0]?.toLowerCase() === base) return locale;
  }
  return language;
}

function canonicalLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch (error) {
    // A RangeError: not a BCP 47 tag (an OS may report "C" or "C.UTF-8").
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * Refusals the settings file would also make, made first so their message is in the user's
 * language too (the file's own guard speaks English, for the CLI and logs), plus the shortcut
 * rules of this `platform` (keyboard layouts, what the OS keeps), which only the core knows.
 */
export function explainRefusedPreferences(input: unknown, { t }: Translator, platform: string): void {
  const parsed = preferencesPatchSchema.safeParse(input);
  // A malformed patch is the settings repository's to refuse, with the schema's details.
  if (!parsed.success) return;
  const patch = parsed.data;
  if (typeof patch.globalShortcut === 'string') {
    const result = checkAccelerator(patch.globalShortcut, platform);
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
