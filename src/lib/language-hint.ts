import type { Language } from '../../electron/shared/types';
import { LANGUAGES } from '../../electron/shared/types';

// A window learns its language from main (app.info) and only then fetches that language's
// catalogue chunk: two round trips one after the other before the first list can be written.
// The language the window last spoke is kept here, so the next window (re-created after the
// popover was closed a while, or after a restart) fetches its chunk while app.info is on its
// way. Main still decides: a hint that has become wrong (the language was changed since) costs
// one small unused chunk. Only a language name is stored, nothing the user typed.

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

/** Keeps the language main chose, for the next window's hint. */
export function rememberLanguage(language: Language, storage: HintStorage | undefined = pageStorage()): void {
  try {
    if (storage?.getItem(KEY) !== language) storage?.setItem(KEY, language);
  } catch {
    // A full or read-only storage only costs the next window its head start.
    return;
  }
}
