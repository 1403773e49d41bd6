import type { Language, LanguageSetting } from '../types';
import { LANGUAGES } from '../types';
import type { Catalogue, MessageKey } from './catalogue';

export type Params = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly language: Language;
  /** The locale numbers are written in: main's (de-CH writes 1’234 where de writes 1.234). */
  readonly locale: string;
  /** The message for `key`; a numeric `count` picks the plural form and is written the language's way. */
  t(key: MessageKey, params?: Params): string;
}

/**
 * The language to speak: the setting, or else the first of the OS's preferred languages
 * (app.getPreferredSystemLanguages(), then app.getLocale()) that Invitray has; English last.
 * Any Portuguese gets Brazilian Portuguese, the only variant there is.
 */
export function resolveLanguage(setting: LanguageSetting, systemLanguages: readonly string[]): Language {
  if (setting !== 'system') return setting;
  for (const tag of systemLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'pt') return 'pt-BR';
    const match = LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}

const PLACEHOLDER = /\{(\w+)\}/g;
/** English locales without extensions (no -u-nu-… numbering system). */
const PLAIN_ENGLISH = /^en(-[A-Za-z]{2}|-\d{3})?$/;
/**
 * English locales whose whole numbers CLDR groups by threes with a comma (5,000). Others do
 * not: en-IN writes 1,00,000, en-ZA 5 000, en-CH 5'000, en-DK 5.000; those go through Intl.
 */
const COMMA_ENGLISH = new Set(['en', 'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-NZ', 'en-IE']);

/** "5000" as "5,000", for a safe integer. */
const groupByThrees = (value: number): string => String(value).replace(/\B(?=(\d{3})+$)/g, ',');

/** `locale`: the user's locale for numbers (see localeFor in main); by default the language's own. */
export function createTranslator(
  language: Language,
  catalogue: Catalogue,
  locale: string = language,
): Translator {
  // English needs no ICU data for "1 / other": the first list of a new window stays Intl-free.
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const category = (count: number): Intl.LDMLPluralRule =>
    language === 'en'
      ? count === 1
        ? 'one'
        : 'other'
      : (rules ??= new Intl.PluralRules(language)).select(count);
  // Every English locale writes whole numbers under 1000 as plain digits, and the commonest
  // group larger ones by threes: a heading of 5,000 invitations needs no ICU data either.
  const number = (value: number): string => {
    if (language === 'en' && Number.isSafeInteger(value)) {
      if (Math.abs(value) < 1000 && PLAIN_ENGLISH.test(locale)) return String(value);
      if (COMMA_ENGLISH.has(locale)) return groupByThrees(value);
    }
    return (numbers ??= new Intl.NumberFormat(locale)).format(value);
  };

  return {
    language,
    locale,
    t(key, params = {}) {
      const message = catalogue[key] as Catalogue[MessageKey] | undefined;
      // Only the window, for a moment: its catalogue's second chunk is still on its way.
      if (message === undefined) return '';
      const count = params.count;
      const text =
        typeof message === 'string'
          ? message
          : ((typeof count === 'number' ? message[category(count)] : undefined) ?? message.other);
      return text.replace(PLACEHOLDER, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? number(value) : value;
      });
    },
  };
}
