import { expect, openApp, test } from './harness/fixtures';

// Main closes the hidden popover's page after a while (shell/window.ts) unless the page objects
// through beforeunload, which Electron reports as will-prevent-unload. A half-typed credential
// must object; an empty form must not, or the page would never be let go.

async function objectsToClosing(page: import('@playwright/test').Page): Promise<boolean> {
  let objected = false;
  page.on('dialog', (dialog) => {
    objected = dialog.type() === 'beforeunload';
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed() || objected).toBe(true);
  return objected;
}

test('a half-typed token keeps the page', async ({ page, harness }) => {
  await openApp(page, harness);
  await page.getByLabel('API token', { exact: true }).fill('half-typed-token');
  expect(await objectsToClosing(page)).toBe(true);
});

test('an untouched sign-in form lets the page go', async ({ page, harness }) => {
  await openApp(page, harness);
  await expect(page.getByRole('heading', { name: 'Sign in to Cloudflare' })).toBeVisible();
  await page.getByLabel('Label').click();
  expect(await objectsToClosing(page)).toBe(false);
});
