import type { Catalogue } from '../../electron/shared/i18n/catalogue';
import { createTranslator, type Translator } from '../../electron/shared/i18n/translate';
import type { Language } from '../../electron/shared/types';

// The window loads only the catalogue of the language main chose (app.info): each is its own
// chunk, so five unused languages never weigh on the first screen.
const LOADERS: Record<Language, () => Promise<Catalogue>> = {
  en: () => import('../../electron/shared/i18n/en').then((m) => m.en),
  de: () => import('../../electron/shared/i18n/de').then((m) => m.de),
  fr: () => import('../../electron/shared/i18n/fr').then((m) => m.fr),
  es: () => import('../../electron/shared/i18n/es').then((m) => m.es),
  ja: () => import('../../electron/shared/i18n/ja').then((m) => m.ja),
  'pt-BR': () => import('../../electron/shared/i18n/pt-BR').then((m) => m.ptBR),
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

export async function loadTranslator(language: Language): Promise<Translator> {
  return createTranslator(language, await LOADERS[language]());
}
