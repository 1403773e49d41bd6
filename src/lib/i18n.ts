import type { Catalogue } from '../../electron/shared/i18n/catalogue';
import { createTranslator, type Translator } from '../../electron/shared/i18n/translate';
import type { Language } from '../../electron/shared/types';

// The window loads only the catalogue of the language main chose (app.info): each is its own
// chunk, so five unused languages never weigh on the first screen. The build cuts each in two
// (scripts/window-catalogues.ts): what the invitation list needs, loaded first, and the rest
// (`?later`), loaded right after; the two together are the window's whole catalogue.
type Part = Partial<Catalogue>;
const FIRST: Record<Language, () => Promise<Part>> = {
  en: () => import('../../electron/shared/i18n/en').then((m) => m.en),
  de: () => import('../../electron/shared/i18n/de').then((m) => m.de),
  fr: () => import('../../electron/shared/i18n/fr').then((m) => m.fr),
  es: () => import('../../electron/shared/i18n/es').then((m) => m.es),
  ja: () => import('../../electron/shared/i18n/ja').then((m) => m.ja),
  'pt-BR': () => import('../../electron/shared/i18n/pt-BR').then((m) => m.ptBR),
};
const LATER: Record<Language, () => Promise<Part>> = {
  en: () => import('../../electron/shared/i18n/en.ts?later').then((m) => m.en),
  de: () => import('../../electron/shared/i18n/de.ts?later').then((m) => m.de),
  fr: () => import('../../electron/shared/i18n/fr.ts?later').then((m) => m.fr),
  es: () => import('../../electron/shared/i18n/es.ts?later').then((m) => m.es),
  ja: () => import('../../electron/shared/i18n/ja.ts?later').then((m) => m.ja),
  'pt-BR': () => import('../../electron/shared/i18n/pt-BR.ts?later').then((m) => m.ptBR),
};

/** Names of the languages in themselves, for the Settings menu: never translated. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
  'pt-BR': 'Português (Brasil)',
};

/** The first chunk's translator: enough for the invitation list. */
export async function loadTranslator(language: Language): Promise<Translator> {
  return createTranslator(language, (await FIRST[language]()) as Catalogue);
}

/** The whole window catalogue: the first chunk (already loaded, so cached) and the later one. */
export async function loadFullTranslator(language: Language): Promise<Translator> {
  const [first, later] = await Promise.all([FIRST[language](), LATER[language]()]);
  return createTranslator(language, { ...first, ...later } as Catalogue);
}
