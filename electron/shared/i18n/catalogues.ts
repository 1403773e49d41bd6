import type { Language } from '../types';
import type { Catalogue, CatalogueSource } from './catalogue';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { ptBR } from './pt-BR';
import { ENGLISH } from './english';
import { createTranslator, type Translator } from './translate';

export { ENGLISH };

// Every catalogue, for tests and the first screen's server renderer. Main loads the one it
// speaks on demand (core/app/lazy-catalogues.ts), the renderer the active one (src/lib/i18n.ts):
// this module would put all six in their first chunk.

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  en,
  de,
  fr,
  es,
  ja,
  'pt-BR': ptBR,
};

/** Every catalogue, loaded: for tests and the first screen's renderer (the app loads lazily). */
export const everyCatalogue: CatalogueSource = {
  get: (language) => CATALOGUES[language],
  load: (language) => Promise.resolve(CATALOGUES[language]),
};

export function translatorFor(language: Language): Translator {
  return language === 'en' ? ENGLISH : createTranslator(language, CATALOGUES[language]);
}
