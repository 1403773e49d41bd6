import { en } from './en';
import { createTranslator, type Translator } from './translate';

// English alone, for main's code that speaks English whatever the user's language (logs, the
// fallback): importing it loads no other catalogue (catalogues.ts holds all six).

export const ENGLISH: Translator = createTranslator('en', en);
