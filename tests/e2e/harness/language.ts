import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import type { Message } from '../../../electron/shared/i18n/types';
import type { Language } from '../../../electron/shared/types';

const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);

/**
 * The English catalogue's words that would give away an untranslated screen: each message's
 * text between its {placeholders}, where at least two words long, unless the language's own
 * catalogue says the same (a brand, an ID label).
 */
function englishGiveaways(language: Language): string[] {
  const own = Object.values(CATALOGUES[language]).flatMap(forms).join('\n');
  const pieces = Object.values(CATALOGUES.en)
    .flatMap(forms)
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => /[A-Za-z]{2,}\W+[A-Za-z]{2,}/.test(piece) && !own.includes(piece));
  return [...new Set(pieces)];
}

/** Everything a person or a screen reader meets on the page: visible text and accessible names. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const names = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap(
      (element) =>
        ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.body.innerText, ...names].join('\n');
  });
}

/** English sentences from the catalogue that are on the page although it should speak `language`. */
export async function englishOnScreen(page: Page, language: Language): Promise<string[]> {
  const text = await pageText(page);
  return englishGiveaways(language).filter((piece) => text.includes(piece));
}

/** The screen speaks `language`: no English sentence from the catalogue is on it. */
export async function expectNoEnglish(page: Page, language: Language, screen: string): Promise<void> {
  expect(await englishOnScreen(page, language), `${screen} in ${language}: English left on screen`).toEqual(
    [],
  );
}
