import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import { createTranslator } from '../../../electron/shared/i18n/translate';
import { manualCopyHintKey } from '../../../src/lib/shortcuts';

describe('copy hint', () => {
  const hint = (language: 'en' | 'de' | 'ja', platform: string | undefined) =>
    createTranslator(language, CATALOGUES[language]).t(manualCopyHintKey(platform));

  it('names ⌘C on macOS and Ctrl+C on Windows and Linux', () => {
    expect(hint('en', 'darwin')).toBe('Selected: press ⌘C to copy');
    expect(hint('en', 'win32')).toBe('Selected: press Ctrl+C to copy');
    expect(hint('en', 'linux')).toBe('Selected: press Ctrl+C to copy');
    // Before app info has arrived: the common case rather than nothing.
    expect(hint('en', undefined)).toBe('Selected: press Ctrl+C to copy');
  });

  it('says it in the window’s language, with the key as that language’s keyboards label it', () => {
    expect(hint('de', 'linux')).toBe('Markiert: zum Kopieren Strg+C drücken');
    expect(hint('de', 'darwin')).toBe('Markiert: zum Kopieren ⌘C drücken');
    expect(hint('ja', 'win32')).toBe('選択しました。Ctrl+C を押してコピーしてください');
  });
});
