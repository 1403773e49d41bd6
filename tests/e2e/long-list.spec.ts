import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_CREDENTIALS } from '../../electron/main/core/demo/credentials';
import type { Harness } from './harness/harness';
import { expect, openApp, signIn, test } from './harness/fixtures';
import { manyInvites, pendingInvite } from './harness/invites';
import { SCREENSHOT_DIR } from './harness/paths';
import { THEMES } from './harness/screens';

// 5,000 pending invitations (issue 21 item 8): the heading counts them the locale's way, written
// without Intl in English (electron/shared/i18n/translate.ts), as soon as the list shows, and the
// soonest to expire comes first. (That every card of a long list arrives is lists.spec.ts's 200.)

test.describe.configure({ timeout: 90_000 });
test.use({ harnessOptions: { invites: manyInvites(5000).reverse() } });
// A trace snapshots the whole DOM at every step: with 5,000 cards that alone keeps the page busy for minutes.
test.use({ trace: 'off' });

test('the heading says 5,000 with the soonest to expire first', async ({ page, harness, pageProblems }) => {
  await signIn(harness);
  await openApp(page, harness);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (5,000)');
  const first = page.locator('[data-testid="invite-list"] > li').first().getByRole('article');
  await expect(first).toHaveAccessibleName('Organisation 1');
  // Two hours from the list's making: an urgent card's countdown (issue 22), to the minute.
  await expect(first.getByText(/^(1 hr 5\d min|2 hr) left$/)).toBeVisible();
  expect(pageProblems).toEqual([]);
});

// The rest of the 5,000 land in chunks after the first screen (src/lib/progressive-list.ts):
// every card arrives exactly once, in order, whatever changes while they land.

/** The names of the pending list's cards in DOM order, and their aria-posinset / aria-setsize. */
function pendingCards(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="invite-list"] > li')].map((li) => ({
      name: li.querySelector('h3')?.textContent ?? '',
      position: li.getAttribute('aria-posinset'),
      size: li.getAttribute('aria-setsize'),
    })),
  );
}

function expectWholeList(cards: Awaited<ReturnType<typeof pendingCards>>, names: string[]) {
  expect(cards.map((card) => card.name)).toEqual(names);
  expect(cards.every((card, n) => card.position === String(n + 1))).toBe(true);
  expect(new Set(cards.map((card) => card.size))).toEqual(new Set([String(names.length)]));
}

/** Signed in, the window open on the 5,000: the pending list's items (still landing). */
async function openLongList(page: Page, harness: Harness) {
  await signIn(harness);
  await openApp(page, harness);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (5,000)');
  return page.getByTestId('invite-list').locator('> li');
}

const organisations = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, n) => `Organisation ${from + n}`);

test('the list says 5,000 from its first render, and every card lands once, in order', async ({
  page,
  harness,
}) => {
  const items = await openLongList(page, harness);
  await expect(items.first()).toHaveAttribute('aria-setsize', '5000');
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  await expect(items).toHaveCount(5000, { timeout: 60_000 });
  expectWholeList(await pendingCards(page), organisations(1, 5000));
});

test('a new snapshot and an answer while cards land: the list ends whole, nothing twice', async ({
  page,
  harness,
}) => {
  const items = await openLongList(page, harness);
  // Mid-render: one is answered by the user, a poll brings three new ones (the soonest to
  // expire of all) and loses one.
  await page.getByRole('button', { name: 'Accept invitation to Organisation 2', exact: true }).click();
  harness.demo.removeInvite('bulk000099');
  for (const n of [1, 2, 3])
    harness.demo.addInvite(pendingInvite(`late000${n}`, `Late ${n}`, { expiresInHours: 1 }));
  await harness.core.refresh();
  expect(await items.count(), 'the change came while cards were still landing').toBeLessThan(5000);
  // Each new state is 2.2 MB to parse and group while cards land: slow on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (5,001)', {
    timeout: 30_000,
  });
  await expect(items).toHaveCount(5001, { timeout: 60_000 });
  const kept = organisations(1, 5000).filter(
    (name) => name !== 'Organisation 2' && name !== 'Organisation 100',
  );
  expectWholeList(await pendingCards(page), ['Late 1', 'Late 2', 'Late 3', ...kept]);
});

test('Tab goes from card to card past the first screenful, and reaches the last card', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await openApp(page, harness);
  const list = page.getByRole('list', { name: 'Pending invitations' });
  const details = (n: number) =>
    list.getByRole('button', { name: `Details of the invitation to Organisation ${n}`, exact: true });
  await details(5).focus();
  await page.keyboard.press('Tab');
  await expect(
    list.getByRole('button', { name: 'Accept invitation to Organisation 6', exact: true }),
  ).toBeFocused();
  await expect(list.locator('> li')).toHaveCount(5000, { timeout: 60_000 });
  await details(4999).focus();
  await page.keyboard.press('Tab');
  await expect(
    list.getByRole('button', { name: 'Accept invitation to Organisation 5000', exact: true }),
  ).toBeFocused();
  // No card is taken out of the Tab order or hidden from assistive technology.
  expect(await list.locator('[tabindex="-1"], [inert], [aria-hidden="true"] button').count()).toBe(0);
});

test.describe('two accounts, 5,000 each', () => {
  test("another account filter while cards land: that account's 5,000, each once", async ({
    page,
    harness,
  }) => {
    await signIn(harness, 'Work');
    await signIn(harness, 'Personal', DEMO_CREDENTIALS.readOnlyToken);
    await openApp(page, harness);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (10,000)');
    const items = page.getByTestId('invite-list').locator('> li');
    await page.getByRole('combobox', { name: 'Show invitations for' }).selectOption({ label: 'Personal' });
    expect(await items.count(), 'the filter changed while cards were still landing').toBeLessThan(5000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (5,000)');
    await expect(items).toHaveCount(5000, { timeout: 60_000 });
    expectWholeList(await pendingCards(page), organisations(1, 5000));
    const accounts = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="invite-list"] > li .account')].map(
        (p) => p.lastChild?.textContent,
      ),
    );
    expect(new Set(accounts)).toEqual(new Set(['Personal']));
  });
});

test('screenshots: the top of the 5,000 and the middle of the list, light and dark', async ({
  page,
  harness,
}) => {
  const items = await openLongList(page, harness);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `long-list-top-${theme}.png`) });
  }
  await expect(items).toHaveCount(5000, { timeout: 60_000 });
  const middle = page.getByRole('article', { name: 'Organisation 2500', exact: true });
  await middle.scrollIntoViewIfNeeded();
  await expect(middle).toBeInViewport();
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `long-list-middle-${theme}.png`) });
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
});
