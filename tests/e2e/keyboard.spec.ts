import { expect, openApp, requests, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';

test.use({
  harnessOptions: {
    invites: [
      pendingInvite('acme0001', 'Acme Corp', { expiresInHours: 5 }),
      pendingInvite('globex02', 'Globex'),
    ],
  },
});

test('keyboard only: Tab order, Enter and Space, visible focus, Escape', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);

  // Header first, then the status row, then the first card's actions.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Refresh now' })).toBeFocused();
  await page.keyboard.press('Tab');
  const accept = page.getByRole('button', { name: 'Accept invitation to Acme Corp' });
  await expect(accept).toBeFocused();
  const outline = await accept.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline, 'focused buttons show a focus ring').not.toBe('none');

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const details = page.getByRole('button', { name: 'Details of the invitation to Acme Corp' });
  await expect(details).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Acme Corp', level: 1 })).toBeFocused();

  // Escape steps back to the list, then closes the popover.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Invitations (2)' })).toBeFocused();
  expect(harness.recorded.hideWindow).toBe(0);
  await page.keyboard.press('Escape');
  await expect.poll(() => harness.recorded.hideWindow).toBe(1);

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(accept).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => requests(harness, 'PATCH').map((r) => r.body)).toEqual([{ status: 'accepted' }]);
});

test('reduced motion turns animations off', async ({ page, harness }) => {
  await signIn(harness);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, harness);
  const name = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.animation = 'probe 1s infinite';
    document.body.append(probe);
    return getComputedStyle(probe).animationName;
  });
  expect(name).toBe('none');
});

test('the page gets the same validation as main: a hostile call is refused before any request', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await openApp(page, harness);
  const before = harness.demo.requestLog().length;
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        invitray: { invites: { respond(p: unknown): Promise<{ ok: boolean; error?: { kind: string } }> } };
      }
    ).invitray.invites.respond({ profileId: '../../etc', inviteId: '<script>', response: 'accepted' }),
  );
  expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
  expect(harness.demo.requestLog().length).toBe(before);
});
