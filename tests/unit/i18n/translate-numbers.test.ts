import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { createTranslator } from '../../../electron/shared/i18n/translate';
import type { Catalogue } from '../../../electron/shared/i18n/catalogue';

// The heading of a long list ("Invitations (5,000)") is written without Intl in the commonest
// English locales, so a new window's first screen loads no ICU data; it must read exactly as Intl
// would have written it, and every other locale still goes through Intl.

const COUNTS = [0, 1, 7, 999, 1000, 5000, 12_345, 999_999, 1_234_567, -5000, 2 ** 40];
const heading = (locale: string, count: number) =>
  createTranslator('en', en as Catalogue, locale).t('invites.titleCount', { count });

afterEach(() => vi.restoreAllMocks());

describe('English counts without Intl', () => {
  for (const locale of ['en', 'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-NZ', 'en-IE']) {
    it(`${locale}: as Intl writes them, and no NumberFormat is made`, () => {
      const expected = COUNTS.map((count) => `Invitations (${new Intl.NumberFormat(locale).format(count)})`);
      const made = vi.spyOn(Intl, 'NumberFormat');
      expect(COUNTS.map((count) => heading(locale, count))).toEqual(expected);
      expect(made).not.toHaveBeenCalled();
    });
  }

  for (const locale of ['en-IN', 'en-ZA', 'en-CH', 'en-DK', 'en-001', 'en-US-u-nu-arab']) {
    it(`${locale}: thousands go through Intl, which groups them its own way`, () => {
      expect(heading(locale, 1_234_567)).toBe(
        `Invitations (${new Intl.NumberFormat(locale).format(1_234_567)})`,
      );
    });
  }

  it('fractions go through Intl', () => {
    expect(heading('en-US', 1234.5)).toBe('Invitations (1,234.5)');
  });
});
