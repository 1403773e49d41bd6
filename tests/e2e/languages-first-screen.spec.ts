import type { Language } from '../../electron/shared/types';
import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';

// The first screen loads exactly one language (issue 20 item 15): the chosen language's first
// catalogue chunk, then its second, and no other language's, checked on the requests the page
// really makes. A build that fetched all six catalogues at start would pass every other test.

const CHUNK = /\/assets\/(en|de|fr|es|ja|pt-BR)(-later)?-[\w-]{8}\.js$/;

test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')] } });

const HEADINGS: Partial<Record<Language, string>> = {
  en: 'Invitations (1)',
  de: 'Einladungen (1)',
  ja: '招待（1）',
  'pt-BR': 'Convites (1)',
};

for (const [language, heading] of Object.entries(HEADINGS) as [Language, string][]) {
  test(`${language}: the first screen fetches the ${language} catalogue's two chunks and no other language`, async ({
    page,
    harness,
  }) => {
    const chunks: string[] = [];
    page.on('request', (request) => {
      const match = CHUNK.exec(new URL(request.url()).pathname);
      if (match) chunks.push(`${match[1]}${match[2] ?? ''}`);
    });
    await signIn(harness);
    await harness.core.updatePreferences({ language });
    await openApp(page, harness);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    // The second chunk follows the first screen at once; a build fetching other languages has by then too.
    await expect.poll(() => chunks.length).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chunks).toEqual([language, `${language}-later`]);
  });
}
