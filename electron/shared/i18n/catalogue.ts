import type { en, MessageKey } from './en';
import type { Plural } from './types';

export type { MessageKey } from './en';

/**
 * A language's catalogue: exactly English's keys (a missing or extra one is a type error),
 * a plain string where English has one and plural forms where English counts.
 */
export type Catalogue = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : Plural };
