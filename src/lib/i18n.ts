import type { Catalogue } from '../../electron/shared/i18n/catalogue';
import type { Language } from '../../electron/shared/types';

// The window loads only the catalogue of the language main chose (app.info): each is its own
// chunk, so five unused languages never weigh on the first screen. The build cuts each in two
// (scripts/window-catalogues.ts): what the invitation list needs, loaded first, and the rest
// (`?later`), loaded right after; the two together are the window's whole catalogue.
type Part = Partial<Catalogue>;
export type ChunkLoaders = Record<'first' | 'later', Record<Language, () => Promise<Part>>>;

const CHUNKS: ChunkLoaders = {
  first: {
    en: () => import('../../electron/shared/i18n/en').then((m) => m.en),
    de: () => import('../../electron/shared/i18n/de').then((m) => m.de),
    fr: () => import('../../electron/shared/i18n/fr').then((m) => m.fr),
    es: () => import('../../electron/shared/i18n/es').then((m) => m.es),
    ja: () => import('../../electron/shared/i18n/ja').then((m) => m.ja),
    'pt-BR': () => import('../../electron/shared/i18n/pt-BR').then((m) => m.ptBR),
  },
  later: {
    en: () => import('../../electron/shared/i18n/en.ts?later').then((m) => m.en),
    de: () => import('../../electron/shared/i18n/de.ts?later').then((m) => m.de),
    fr: () => import('../../electron/shared/i18n/fr.ts?later').then((m) => m.fr),
    es: () => import('../../electron/shared/i18n/es.ts?later').then((m) => m.es),
    ja: () => import('../../electron/shared/i18n/ja.ts?later').then((m) => m.ja),
    'pt-BR': () => import('../../electron/shared/i18n/pt-BR.ts?later').then((m) => m.ptBR),
  },
};

/**
 * Starts fetching `language`'s first chunk before main has named the window's language
 * (src/lib/language-hint.ts), so loadCatalogue finds the module loaded or on its way.
 */
export function prefetchFirstChunk(language: Language, loaders: ChunkLoaders = CHUNKS): void {
  loaders.first[language]().catch(() => {
    // Not reported here: loadCatalogue asks again for the language main names, retries and reports.
  });
}

/** Names of the languages in themselves, for the Settings menu: never translated. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
  'pt-BR': 'Português (Brasil)',
};

/** Where the window reports a catalogue it could not load (the console: there is no IPC log channel). */
export interface CatalogueLog {
  warn(message: string): void;
  error(message: string): void;
}

/** What was loaded: `language` is English when the wanted language's chunk failed. */
export interface LoadedCatalogue {
  readonly language: Language;
  readonly whole: boolean;
  readonly catalogue: Catalogue;
}

export const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One chunk, tried twice: a failed read (a file replaced by an update, a busy disk) may not recur. */
async function loadChunk(
  loaders: ChunkLoaders,
  part: 'first' | 'later',
  language: Language,
  log: CatalogueLog,
) {
  try {
    return await loaders[part][language]();
  } catch (error) {
    log.warn(
      `Invitray could not load the ${language} catalogue's ${part} chunk (${reason(error)}); trying again.`,
    );
    return loaders[part][language]();
  }
}

async function loadIn(loaders: ChunkLoaders, language: Language, whole: boolean, log: CatalogueLog) {
  const [first, later] = await Promise.all([
    loadChunk(loaders, 'first', language, log),
    whole ? loadChunk(loaders, 'later', language, log) : {},
  ]);
  return { language, whole, catalogue: { ...first, ...later } as Catalogue };
}

/**
 * The first chunk (`whole` false: enough for the invitation list) or both chunks of `language`'s
 * window catalogue. Each chunk is retried once; if it still fails the window speaks English
 * rather than stay blank. Rejects only when English cannot be loaded either.
 */
export async function loadCatalogue(
  language: Language,
  whole: boolean,
  log: CatalogueLog,
  loaders: ChunkLoaders = CHUNKS,
): Promise<LoadedCatalogue> {
  try {
    return await loadIn(loaders, language, whole, log);
  } catch (error) {
    if (language === 'en') throw error;
    log.error(
      `Invitray could not load the ${language} catalogue (${reason(error)}); speaking English instead.`,
    );
    return loadCatalogue('en', whole, log, loaders);
  }
}
