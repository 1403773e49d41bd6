import type { Page, Route } from '@playwright/test';
import { expect, openApp, signIn, test } from './harness/fixtures';
import type { Harness } from './harness/harness';
import { pendingInvite } from './harness/invites';

// What the first screen waits for, and what waits for it (issue 21 item 8). Two costs used
// to sit on the way to the first list: Intl's first use (ICU data, tens to hundreds of ms in a
// new renderer) started as soon as the snapshot arrived, even with the catalogue still on its
// way; and the catalogue chunk was asked for only once main's answer named the language.

const EN_FIRST_CHUNK = /\/assets\/en-[\w-]{8}\.js$/;
const CHUNK = /\/assets\/(en|de|fr|es|ja|pt-BR)(-later)?-[\w-]{8}\.js$/;

test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')] } });

/** Runs in the page before its scripts: notes whether the list was in the DOM when Intl was first used. */
function watchFirstIntl(): void {
  const page = window as unknown as { __intlFirst?: { listShown: boolean } };
  const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
  for (const name of ['RelativeTimeFormat', 'DateTimeFormat', 'NumberFormat', 'PluralRules', 'Collator']) {
    intl[name] = new Proxy(intl[name]!, {
      construct(target, args, newTarget) {
        // The app's own list, not the one main served with the page (inert, drawn on the server).
        page.__intlFirst ??= {
          listShown: document.querySelector('#app [data-testid="invite-list"] li') !== null,
        };
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
  }
}

/** Resolves after the page has painted a frame and run the task after it, twice over. */
const framesPassed = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
      ),
  );

test('Intl is first used after the first list is in the page, even when the snapshot comes before the catalogue', async ({
  page,
  harness,
  pageProblems,
}) => {
  await signIn(harness);
  await page.addInitScript(watchFirstIntl);
  // The catalogue is held until the snapshot has arrived and the page has painted since.
  const snapshot = page.waitForResponse((response) => response.url().includes('/ipc/invites%3Alist'));
  await page.route(EN_FIRST_CHUNK, async (route: Route) => {
    await snapshot;
    await framesPassed(page);
    await route.continue();
  });
  await openApp(page, harness);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (1)');
  // The times get their full-date tooltips once Intl is loaded: after the list, not before.
  await expect(page.getByRole('article', { name: 'Acme Corp' }).locator('time').first()).toHaveAttribute(
    'title',
    /\d/,
  );
  expect(await page.evaluate(() => (window as { __intlFirst?: unknown }).__intlFirst)).toEqual({
    listShown: true,
  });
  expect(pageProblems).toEqual([]);
});

/** The first window, in English: it leaves the language it spoke for the next one. */
async function openFirstWindow(page: Page, harness: Harness): Promise<void> {
  await signIn(harness);
  await openApp(page, harness);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (1)');
}

test('a window opened again fetches its catalogue while main is still answering which language', async ({
  page,
  harness,
}) => {
  await openFirstWindow(page, harness);

  // The next window: main's answer naming the language is held until the catalogue has been
  // asked for (or 5 s have passed, as they would for a page that waits for that answer).
  let chunkAsked: () => void = () => undefined;
  const chunk = new Promise<void>((resolve) => (chunkAsked = resolve));
  page.on('request', (request) => {
    if (EN_FIRST_CHUNK.test(new URL(request.url()).pathname)) chunkAsked();
  });
  let askedBeforeAnswer: boolean | undefined;
  await page.route(/\/ipc\/app%3Ainfo$/, async (route: Route) => {
    askedBeforeAnswer = await Promise.race([
      chunk.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
    ]);
    await route.continue();
  });
  await page.reload();
  // Beyond the 5 s a page that waits for the answer is held, so that page fails on the line after.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (1)', { timeout: 15_000 });
  expect(askedBeforeAnswer).toBe(true);
});

test('a language changed since the last window: the new one is spoken, and only its chunks are fetched', async ({
  page,
  harness,
}) => {
  // The first window's own later chunk, fetched once its first chunk speaks, must not land in
  // the second window's list below: wait for it before listening.
  const firstWindowLater = page.waitForResponse((response) =>
    /\/assets\/en-later-[\w-]{8}\.js$/.test(new URL(response.url()).pathname),
  );
  await openFirstWindow(page, harness);
  await firstWindowLater;

  const chunks: string[] = [];
  page.on('request', (request) => {
    const match = CHUNK.exec(new URL(request.url()).pathname);
    if (match) chunks.push(`${match[1]}${match[2] ?? ''}`);
  });
  await harness.core.updatePreferences({ language: 'de' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladungen (1)');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect.poll(() => chunks).toContain('de-later');
  // Main names the language in the page it serves (electron/shared/first-screen.ts): the English
  // the last window spoke is no longer guessed and fetched for nothing.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(chunks.sort()).toEqual(['de', 'de-later']);
});
