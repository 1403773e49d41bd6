import type { Page } from '@playwright/test';
import type { Language } from '../../electron/shared/types';
import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';

// The first screen loads exactly one language (issue 20 item 15): the chosen language's first
// catalogue chunk, then its second, and no other language's, checked on the requests the page
// really makes. A build that fetched all six catalogues at start would pass every other test.
// A first window (no language remembered) fetches the page's language's first chunk before main
// answers (src/lib/language-hint.ts): here the page's language is the one main chooses, as it is
// for a user who left the language on "system"; the last test is the user who chose another one.

const CHUNK = /\/assets\/(en|de|fr|es|ja|pt-BR)(-later)?-[\w-]{8}\.js$/;

test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')] } });

const HEADINGS: Partial<Record<Language, string>> = {
  en: 'Invitations (1)',
  de: 'Einladungen (1)',
  ja: '招待（1）',
  'pt-BR': 'Convites (1)',
};

function catalogueRequests(page: Page): string[] {
  const chunks: string[] = [];
  page.on('request', (request) => {
    const match = CHUNK.exec(new URL(request.url()).pathname);
    if (match) chunks.push(`${match[1]}${match[2] ?? ''}`);
  });
  return chunks;
}

for (const [language, heading] of Object.entries(HEADINGS) as [Language, string][]) {
  test.describe(`a ${language} page`, () => {
    test.use({ locale: language });
    test(`${language}: the first screen fetches the ${language} catalogue's two chunks and no other language`, async ({
      page,
      harness,
    }) => {
      const chunks = catalogueRequests(page);
      await signIn(harness);
      await harness.core.updatePreferences({ language });
      await openApp(page, harness);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // The second chunk follows the first screen at once; a build fetching other languages has by then too.
      await expect.poll(() => chunks.length).toBeGreaterThanOrEqual(2);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(chunks).toEqual([language, `${language}-later`]);
    });
  });
}

test('Settings chose German on an English page: only German is fetched, as main names it in the page', async ({
  page,
  harness,
}) => {
  const chunks = catalogueRequests(page);
  await signIn(harness);
  await harness.core.updatePreferences({ language: 'de' });
  await openApp(page, harness);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladungen (1)');
  await expect.poll(() => chunks.length).toBeGreaterThanOrEqual(2);
  await new Promise((resolve) => setTimeout(resolve, 300));
  // Before main served the language with the page, the page's own English was guessed first.
  expect(chunks).toEqual(['de', 'de-later']);
});
