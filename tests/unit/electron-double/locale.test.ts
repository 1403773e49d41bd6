// The OS's languages as the double reports them: configurable per run, and getLocale() and
// getSystemLocale() only after ready, as electron.d.ts says.
import { describe, expect, test } from 'vitest';
import { makeDouble } from './make-double';

describe('languages and locales', () => {
  test('getLocale and getSystemLocale throw before ready; the preferred languages do not', () => {
    const { app, __double } = makeDouble({ preferredSystemLanguages: ['de-DE', 'en-US'] }, false);
    expect(() => app.getLocale()).toThrow('app.getLocale() cannot be used before the app is ready');
    expect(() => app.getSystemLocale()).toThrow(/before the app is ready/);
    expect(app.getPreferredSystemLanguages()).toEqual(['de-DE', 'en-US']);
    __double.markReady();
    expect(app.getLocale()).toBe('de');
    expect(app.getSystemLocale()).toBe('de-DE');
  });

  test.each([
    [['en-US'], 'en-US'],
    [['ja-JP'], 'ja'],
    [['pt-BR', 'pt'], 'pt-BR'],
    [['fr-CA'], 'fr'],
    [['en-GB'], 'en-GB'],
  ])('preferred %j gives the app locale %s', (preferred, locale) => {
    expect(makeDouble({ preferredSystemLanguages: preferred }).app.getLocale()).toBe(locale);
  });

  test('each can be set on its own; the list is a copy', () => {
    const { app } = makeDouble({
      preferredSystemLanguages: ['fr-FR'],
      locale: 'en-US',
      systemLocale: 'fi-FI',
    });
    expect([app.getLocale(), app.getSystemLocale()]).toEqual(['en-US', 'fi-FI']);
    app.getPreferredSystemLanguages().push('xx');
    expect(app.getPreferredSystemLanguages()).toEqual(['fr-FR']);
  });

  test('a malformed language list is refused', () => {
    expect(() => makeDouble({ preferredSystemLanguages: 'de' as never })).toThrow(/array of language tags/);
  });
});
