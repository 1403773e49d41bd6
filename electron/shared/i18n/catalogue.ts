import type { en, MessageKey } from './en';
import type { Language } from '../types';
import type { Plural } from './types';

export type { MessageKey } from './en';

/**
 * A language's catalogue: exactly English's keys (a missing or extra one is a type error),
 * a plain string where English has one and plural forms where English counts.
 */
export type Catalogue = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : Plural };

/**
 * Where main gets a language's catalogue. The app loads each one on first need (English is
 * always there), so the boot compiles only the language it speaks; tests and the first screen's
 * renderer use every catalogue at once (catalogues.ts: everyCatalogue).
 */
export interface CatalogueSource {
  /** The catalogue if it is loaded; English always is. */
  get(language: Language): Catalogue | undefined;
  /** Loads it once; resolves with it. */
  load(language: Language): Promise<Catalogue>;
}
