import type { Page } from '@playwright/test';

/** Aborts the first `times` requests for a chunk (all of them by default); counts every request. */
export async function failChunk(page: Page, chunk: RegExp, times = Infinity): Promise<{ requests: number }> {
  const seen = { requests: 0 };
  await page.route(chunk, async (route) => {
    seen.requests += 1;
    if (seen.requests <= times) await route.abort('failed');
    else await route.continue();
  });
  return seen;
}
