import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import type { Catalogue, MessageKey } from '../../../electron/shared/i18n/catalogue';
import { en } from '../../../electron/shared/i18n/en';
import { createTranslator, resolveLanguage } from '../../../electron/shared/i18n/translate';
import type { Message } from '../../../electron/shared/i18n/types';
import { LANGUAGES, type Language } from '../../../electron/shared/types';

const TRANSLATED = LANGUAGES.filter((language) => language !== 'en');

/**
 * Values a translation may share with English because they are the same word there
 * (or a brand, a number format): everything else equal to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Partial<Record<Language, readonly MessageKey[]>> = {
  de: ['card.details', 'details.organisation', 'details.status'],
  fr: [
    'invites.title',
    'invites.titleCount',
    'details.fallbackTitle',
    'details.organisation',
    'prefs.minutes',
  ],
  es: ['tray.roles', 'notify.roles', 'card.roles', 'details.roles'],
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);
const keys = Object.keys(en).sort();

describe.each(TRANSLATED)('catalogue %s', (language) => {
  const catalogue: Catalogue = CATALOGUES[language];

  it('has exactly English’s keys, each a string or plural forms like English', () => {
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const key of keys as MessageKey[]) {
      expect(typeof catalogue[key], key).toBe(typeof en[key]);
    }
  });

  it('keeps English’s placeholders in every form, and no other braces', () => {
    for (const key of keys as MessageKey[]) {
      const english = placeholders(forms(en[key]).at(-1) ?? '');
      for (const form of forms(catalogue[key])) {
        const own = placeholders(form);
        expect(own, `${language} ${key}: ${form}`).toEqual(english);
        expect(form.replace(/\{\w+\}/g, ''), `${language} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('has a plural form for every category the language uses for 0, 1, 2, 5, 21', () => {
    const rules = new Intl.PluralRules(language);
    for (const key of keys as MessageKey[]) {
      const message = catalogue[key];
      if (typeof message === 'string') continue;
      for (const count of [0, 1, 2, 5, 21]) {
        expect(message[rules.select(count)], `${language} ${key} for ${count}`).toBeDefined();
      }
    }
  });

  it('translates everything: no value equals English unless listed as the same word', () => {
    const allowed = new Set(SAME_AS_ENGLISH[language] ?? []);
    const same = (keys as MessageKey[]).filter(
      (key) => JSON.stringify(catalogue[key]) === JSON.stringify(en[key]) && !allowed.has(key),
    );
    expect(same).toEqual([]);
    // The allow-list holds only values that really are identical (no stale entries).
    for (const key of allowed) expect(JSON.stringify(catalogue[key]), key).toBe(JSON.stringify(en[key]));
  });
});

describe('plurals through Intl.PluralRules', () => {
  const pending = (language: Language) => {
    const { t } = createTranslator(language, CATALOGUES[language]);
    return [0, 1, 2, 5, 21].map((count) => t('tray.pending', { count }));
  };

  it('writes each language’s forms for 0, 1, 2, 5 and 21', () => {
    expect(pending('en')).toEqual([
      '0 pending invitations',
      '1 pending invitation',
      '2 pending invitations',
      '5 pending invitations',
      '21 pending invitations',
    ]);
    // French and Brazilian Portuguese count 0 as singular.
    expect(pending('fr')).toEqual([
      '0 invitation en attente',
      '1 invitation en attente',
      '2 invitations en attente',
      '5 invitations en attente',
      '21 invitations en attente',
    ]);
    expect(pending('pt-BR')).toEqual([
      '0 convite pendente',
      '1 convite pendente',
      '2 convites pendentes',
      '5 convites pendentes',
      '21 convites pendentes',
    ]);
    expect(pending('de')[1]).toBe('1 offene Einladung');
    expect(pending('de')[4]).toBe('21 offene Einladungen');
    expect(pending('es')[0]).toBe('0 invitaciones pendientes');
    expect(pending('ja')).toEqual([0, 1, 2, 5, 21].map((n) => `保留中の招待 ${n} 件`));
  });

  it('writes numbers the language’s way', () => {
    const { t } = createTranslator('de', CATALOGUES.de);
    expect(t('tray.pending', { count: 1234 })).toBe('1.234 offene Einladungen');
  });
});

describe('which language', () => {
  it('follows the OS’s preferred languages, any Portuguese as Brazilian, English last', () => {
    expect(resolveLanguage('system', ['de-AT', 'en-US'])).toBe('de');
    expect(resolveLanguage('system', ['nl-NL', 'fr-CA'])).toBe('fr');
    expect(resolveLanguage('system', ['pt-PT'])).toBe('pt-BR');
    expect(resolveLanguage('system', ['ja'])).toBe('ja');
    expect(resolveLanguage('system', ['es_419'])).toBe('es');
    expect(resolveLanguage('system', ['zh-CN', 'ko'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
  });

  it('lets the Settings override win', () => {
    expect(resolveLanguage('ja', ['de-DE'])).toBe('ja');
    expect(resolveLanguage('en', ['fr-FR'])).toBe('en');
  });
});
