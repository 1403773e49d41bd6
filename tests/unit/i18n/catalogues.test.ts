import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import type { Catalogue, MessageKey } from '../../../electron/shared/i18n/catalogue';
import { en } from '../../../electron/shared/i18n/en';
import { createTranslator, resolveLanguage } from '../../../electron/shared/i18n/translate';
import type { Message } from '../../../electron/shared/i18n/types';
import { LANGUAGES, type Language } from '../../../electron/shared/types';

const TRANSLATED = LANGUAGES.filter((language) => language !== 'en');

/**
 * Values a translation may share with English, each with the reason: the same word in that
 * language. Everything else equal to English is an untranslated string. (Values with no
 * letters outside their placeholders, like ', ' or '{names}.', have nothing to translate.)
 */
const SAME_AS_ENGLISH: Partial<Record<Language, Partial<Record<MessageKey, string>>>> = {
  de: {
    'card.details': 'German „Details“',
    'details.organisation': 'German „Organisation“',
    'details.status': 'German „Status“',
    'member.area.dns': 'DNS, a protocol name',
    'member.area.ssl': 'SSL/TLS, protocol names',
    'member.area.waf': 'Firewall (WAF), the product name',
  },
  fr: {
    'invites.title': 'French « Invitations »',
    'invites.titleCount': 'French « Invitations »',
    'details.fallbackTitle': 'French « Invitation »',
    'details.organisation': 'French « Organisation »',
    'member.area.dns': 'DNS, a protocol name',
    'member.area.ssl': 'SSL/TLS, protocol names',
    'member.area.zones': 'French « Zones »',
  },
  es: {
    'tray.roles': 'Spanish «Roles»',
    'notify.roles': 'Spanish «Roles»',
    'card.roles': 'Spanish «Roles»',
    'details.roles': 'Spanish «Roles»',
    'recent.roles': 'Spanish «Roles»',
    'member.area.dns': 'DNS, a protocol name',
    'member.area.ssl': 'SSL/TLS, protocol names',
    'member.area.waf': 'Firewall (WAF), the product name',
  },
  ja: {
    'member.area.dns': 'DNS, a protocol name',
    'member.area.ssl': 'SSL/TLS, protocol names',
  },
  'pt-BR': {
    'member.area.dns': 'DNS, a protocol name',
    'member.area.ssl': 'SSL/TLS, protocol names',
    'member.area.waf': 'Firewall (WAF), the product name',
    'member.area.logs': 'Brazilian Portuguese «Logs»',
  },
};

/**
 * Plural `one` forms that say their count in words, each with the reason. French counts 0 as
 * `one` too, so only a message whose count is never 0 may do this.
 */
const ONE_IN_WORDS: Partial<Record<Language, Partial<Record<MessageKey, string>>>> = {
  fr: { 'prefs.minutes': '« chaque minute », not « toutes les 1 minute »: poll intervals start at 1' },
};

/** English words no other catalogue has any business using (a half-translated value). */
const ENGLISH_WORDS =
  /\b(the|you|your|with|and|or|click|pending|invitations? to|failed|couldn't|settings|please|now)\b/i;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);
const wordless = (message: Message) =>
  forms(message).every((form) => !/\p{L}/u.test(form.replace(/\{\w+\}/g, '')));
const keys = Object.keys(en).sort();

describe.each(LANGUAGES)('catalogue %s', (language) => {
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
      const message = catalogue[key];
      for (const form of forms(message)) {
        const own = placeholders(form);
        const inWords =
          typeof message !== 'string' && form === message.one && ONE_IN_WORDS[language]?.[key] !== undefined;
        expect(own, `${language} ${key}: ${form}`).toEqual(
          inWords ? english.filter((p) => p !== 'count') : english,
        );
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
      // A form for a category the language never uses is dead text nobody reviews.
      const used = new Set(rules.resolvedOptions().pluralCategories);
      for (const category of Object.keys(message))
        expect(used.has(category as never), `${key} ${category}`).toBe(true);
    }
  });

  it('has no empty message and no stray whitespace', () => {
    for (const key of keys as MessageKey[]) {
      if (wordless(en[key])) continue; // separators like ', ' are all whitespace and punctuation
      for (const form of forms(catalogue[key])) {
        expect(form.trim(), `${language} ${key}`).not.toBe('');
        // Leading space only where English has one (the demo-mode suffix); never trailing, never doubled.
        if (!forms(en[key]).some((english) => english.startsWith(' ')))
          expect(form, key).toBe(form.trimStart());
        expect(form, key).toBe(form.trimEnd());
        expect(form, key).not.toMatch(/ {2}/);
      }
    }
  });
});

describe.each(TRANSLATED)('translation %s', (language) => {
  const catalogue: Catalogue = CATALOGUES[language];

  it('translates everything: no value equals English unless it is the same word there', () => {
    const allowed = SAME_AS_ENGLISH[language] ?? {};
    const same = (keys as MessageKey[]).filter(
      (key) =>
        JSON.stringify(catalogue[key]) === JSON.stringify(en[key]) && !(key in allowed) && !wordless(en[key]),
    );
    expect(same).toEqual([]);
    // The allow-list holds only values that really are identical (no stale entries).
    for (const key of Object.keys(allowed) as MessageKey[])
      expect(JSON.stringify(catalogue[key]), key).toBe(JSON.stringify(en[key]));
  });

  it('leaves no English words inside a translated message', () => {
    const mixed = (keys as MessageKey[]).flatMap((key) =>
      forms(catalogue[key])
        .filter((form) => ENGLISH_WORDS.test(form.replace(/\{\w+\}/g, '')))
        .map((form) => `${key}: ${form}`),
    );
    expect(mixed).toEqual([]);
  });

  it('keeps the catalogue’s own punctuation style', () => {
    const rules: RegExp[] = [
      // Typographic apostrophes and one-character ellipses throughout.
      /'|\.\.\./,
      // French: a narrow no-break space before : ; ? ! (never a plain space, never none).
      ...(language === 'fr' ? [/[^\u202f\d][:;?!](\s|$)/u] : []),
      // Japanese: full-width ： ？ ！ （ ） next to Japanese text, and 。 、 rather than . ,
      ...(language === 'ja'
        ? [/[:?!]\s|[?!]$|\((?!\w)|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][.,]/u]
        : []),
    ];
    const offenders = (keys as MessageKey[]).flatMap((key) =>
      forms(catalogue[key])
        .filter((form) => rules.some((rule) => rule.test(form)))
        .map((form) => `${key}: ${form}`),
    );
    expect(offenders).toEqual([]);
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
