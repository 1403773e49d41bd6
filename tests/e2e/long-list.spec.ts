import { expect, openApp, signIn, test } from './harness/fixtures';
import { manyInvites } from './harness/invites';

// 5,000 pending invitations (issue 21 item 8): the heading counts them the locale's way, written
// without Intl in English (electron/shared/i18n/translate.ts), as soon as the list shows, and the
// soonest to expire comes first. (That every card of a long list arrives is lists.spec.ts's 200.)

test.describe.configure({ timeout: 90_000 });
test.use({ harnessOptions: { invites: manyInvites(5000).reverse() } });

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
