import type { Language } from '../types';
import type { Catalogue } from './catalogue';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { ptBR } from './pt-BR';
import { createTranslator, type Translator } from './translate';

// Every catalogue, for main (tray, notifications) and tests. The renderer loads only the
// active one (src/lib/i18n.ts): this module would put all six in its first chunk.

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  en,
  de,
  fr,
  es,
  ja,
  'pt-BR': ptBR,
};

export const ENGLISH: Translator = createTranslator('en', en);

export function translatorFor(language: Language): Translator {
  return language === 'en' ? ENGLISH : createTranslator(language, CATALOGUES[language]);
}
