import { expect, openApp, signIn, test } from './harness/fixtures';

// Quiet hours are saved as one object. Two quick edits (the start, then the end, before the
// first answer is back) must both stick: the second must not resend the old start.

test('changing the start and then the end at once keeps both', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Quiet hours', { exact: true }).check();
  await expect.poll(() => harness.core.preferences().quietHours.enabled).toBe(true);

  const from = page.getByLabel('From');
  const to = page.getByLabel('to', { exact: true });
  await expect(from).toHaveValue('22:00');
  // Both changes in one task: nothing can answer the first save before the second is sent.
  await page.evaluate(() => {
    const [fromInput, toInput] = document.querySelectorAll<HTMLInputElement>('input[type="time"]');
    if (!fromInput || !toInput) throw new Error('the quiet-hours time fields are missing');
    fromInput.value = '23:30';
    fromInput.dispatchEvent(new Event('change', { bubbles: true }));
    toInput.value = '06:45';
    toInput.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect
    .poll(() => harness.core.preferences().quietHours)
    .toEqual({ enabled: true, from: '23:30', to: '06:45' });
  await expect(from).toHaveValue('23:30');
  await expect(to).toHaveValue('06:45');
});
