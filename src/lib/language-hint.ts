import { resolveLanguage } from '../../electron/shared/i18n/translate';
import type { Language } from '../../electron/shared/types';
import { LANGUAGES } from '../../electron/shared/types';

// A window learns its language from main (app.info) and only then fetches that language's
// catalogue chunk: two round trips one after the other before the first list can be written.
// The language the window last spoke is kept here, so the next window (re-created after the
// popover was closed a while, or after a restart) fetches its chunk while app.info is on its
// way. Main still decides: a hint that has become wrong (the language was changed since) costs
// one small unused chunk. Only a language name is stored, nothing the user typed.
// A window with no hint (the very first one, or storage denied) guesses from the page's own
// languages, which Chromium takes from the OS as main's "system" setting does: the guess is
// wrong only when Settings chose another language, and then costs the same one small chunk.

const KEY = 'invitray.language';

type HintStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or undefined where the page may not use it (storage disabled, an opaque origin). */
function pageStorage(): HintStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Reading localStorage throws a SecurityError where storage is denied: then there is no hint.
    return undefined;
  }
}

/** The language the previous window spoke, if it is one Invitray still has. */
export function languageHint(storage: HintStorage | undefined = pageStorage()): Language | null {
  const stored = storage?.getItem(KEY);
  return LANGUAGES.find((language) => language === stored) ?? null;
}

/** The language whose first chunk to fetch before main names one: the hint, else the page's languages' guess. */
export function likelyLanguage(
  storage: HintStorage | undefined = pageStorage(),
  pageLanguages: readonly string[] = globalThis.navigator?.languages ?? [],
): Language {
  return languageHint(storage) ?? resolveLanguage('system', pageLanguages);
}

/** Keeps the language main chose, for the next window's hint. */
export function rememberLanguage(language: Language, storage: HintStorage | undefined = pageStorage()): void {
  try {
    if (storage?.getItem(KEY) !== language) storage?.setItem(KEY, language);
  } catch {
    // A full or read-only storage only costs the next window its head start.
    return;
  }
}
