import { describe, expect, it } from 'vitest';
import { languageHint, likelyLanguage, rememberLanguage } from '../../../src/lib/language-hint';

/** A Storage with only what the hint uses; `failWrites` acts as a full or read-only storage. */
function memoryStorage(initial: Record<string, string> = {}, failWrites = false) {
  const items = new Map(Object.entries(initial));
  let writes = 0;
  return {
    items,
    writes: () => writes,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (failWrites) throw new DOMException('quota exceeded', 'QuotaExceededError');
      writes += 1;
      items.set(key, value);
    },
  };
}

describe('the language the previous window spoke', () => {
  it('is none the first time', () => {
    expect(languageHint(memoryStorage())).toBeNull();
    expect(languageHint(undefined)).toBeNull();
  });

  it('is the one main chose last, and is written only when it changes', () => {
    const storage = memoryStorage();
    rememberLanguage('pt-BR', storage);
    rememberLanguage('pt-BR', storage);
    expect(languageHint(storage)).toBe('pt-BR');
    expect(storage.writes()).toBe(1);
    rememberLanguage('ja', storage);
    expect(languageHint(storage)).toBe('ja');
  });

  it('is ignored when it is not a language Invitray has (an old version, a hand edit)', () => {
    expect(languageHint(memoryStorage({ 'invitray.language': 'pt' }))).toBeNull();
    expect(languageHint(memoryStorage({ 'invitray.language': '../../evil' }))).toBeNull();
  });

  it('a storage that refuses writes costs only the hint', () => {
    const storage = memoryStorage({ 'invitray.language': 'de' }, true);
    expect(() => rememberLanguage('fr', storage)).not.toThrow();
    expect(languageHint(storage)).toBe('de');
  });
});

describe('the language whose chunk a window fetches before main names one', () => {
  it("is the previous window's, whatever the page's languages", () => {
    expect(likelyLanguage(memoryStorage({ 'invitray.language': 'ja' }), ['de-AT', 'en'])).toBe('ja');
  });

  it('without a hint, is the first of the page\'s languages Invitray has, as main resolves "system"', () => {
    expect(likelyLanguage(memoryStorage(), ['de-AT', 'en'])).toBe('de');
    expect(likelyLanguage(undefined, ['pt-PT'])).toBe('pt-BR');
    expect(likelyLanguage(memoryStorage(), ['sv-SE', 'fr-CA'])).toBe('fr');
    expect(likelyLanguage(memoryStorage({ 'invitray.language': 'pt' }), ['sv'])).toBe('en');
    expect(likelyLanguage(memoryStorage(), [])).toBe('en');
  });
});
