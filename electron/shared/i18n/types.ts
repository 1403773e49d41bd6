// Messages are keyed strings with {placeholders}; counts pick a CLDR plural form through
// Intl.PluralRules. Each language has one catalogue of exactly English's keys (catalogue.ts).

/** Plural forms by CLDR category; `other` is the one every language has. */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | Plural;
